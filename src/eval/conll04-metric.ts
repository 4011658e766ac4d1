/**
 * Strict micro P/R/F1 as the published CoNLL04 figures are computed: an entity counts when its token span
 * and type are exact; a relation counts when its type and both argument spans and types are exact.
 * Each record is compared as sets, so a duplicate prediction cannot score twice.
 */
import type { ConllEntity, ConllRecord } from './conll04-record';
import { prf, sumCounts, type Counts, type Prf } from './metrics';

export interface Conll04Scores {
  readonly entities: Prf;
  readonly relations: Prf;
}

function entityKey(entity: ConllEntity): string {
  return `${entity.start},${entity.end},${entity.type}`;
}

function entityKeys(record: ConllRecord): Set<string> {
  return new Set(record.entities.map(entityKey));
}

function relationKeys(record: ConllRecord): Set<string> {
  const argument = (index: number) => {
    const entity = record.entities[index];
    return entity === undefined ? '?' : entityKey(entity);
  };
  return new Set(record.relations.map((r) => `${r.type}|${argument(r.head)}|${argument(r.tail)}`));
}

function compare(gold: Set<string>, predicted: Set<string>): Counts {
  const tp = [...predicted].filter((key) => gold.has(key)).length;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

export function scoreConll04(gold: readonly ConllRecord[], predicted: readonly ConllRecord[]): Conll04Scores {
  if (gold.length !== predicted.length) {
    throw new Error(`scoreConll04: ${gold.length} gold records but ${predicted.length} predictions`);
  }
  const entityCounts = gold.map((record, i) =>
    compare(entityKeys(record), entityKeys(predicted[i] as ConllRecord)),
  );
  const relationCounts = gold.map((record, i) =>
    compare(relationKeys(record), relationKeys(predicted[i] as ConllRecord)),
  );
  return { entities: prf(sumCounts(entityCounts)), relations: prf(sumCounts(relationCounts)) };
}
