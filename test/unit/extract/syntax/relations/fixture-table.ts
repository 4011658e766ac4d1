/**
 * Test support: a plain EntityTable from a recorded annotation's NER mentions and coreference chains,
 * so the relation stage's tests do not depend on the entity stage. One entity per distinct mention text;
 * pronouns and descriptions in a chain join the chain's named entity.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { EntityType } from '../../../../../src/vocabulary';
import type { EntityTable, SyntaxEntity, SyntaxMention } from '../../../../../src/extract/syntax/model';
import type { Annotation } from '../../../../../src/nlp/annotation';

const TYPES: Readonly<Record<string, EntityType>> = {
  PERSON: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  LOCATION: 'LOCATION',
  MISC: 'CONCEPT',
  MONEY: 'MONEY',
  DATE: 'DATE',
};

interface MutableEntity {
  index: number;
  name: string;
  type: EntityType;
  aliases: string[];
  attributes: Record<string, never>;
  mentions: SyntaxMention[];
}

export interface Fixture {
  readonly text: string;
  readonly annotation: Annotation;
  readonly table: EntityTable;
}

export function loadFixture(name: string): Fixture {
  const dir = path.join(__dirname, '../../../../fixtures/annotations/syntax');
  const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const annotation = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Annotation;
  return { text, annotation, table: tableOf(annotation) };
}

export function tableOf(annotation: Annotation): EntityTable {
  const entities: MutableEntity[] = [];
  const byName = new Map<string, number>();
  const at = new Map<string, number>();
  for (const sentence of annotation.sentences) {
    const head = new Map<number, number>();
    for (const d of sentence.basicDependencies ?? []) head.set(d.dependent, d.governor);
    for (const m of sentence.entitymentions ?? []) {
      const type = TYPES[m.ner];
      const first = m.tokenBegin + 1;
      const last = m.tokenEnd;
      if (!type || (first === last && sentence.tokens[first - 1]!.pos.startsWith('PRP'))) continue;
      let headToken = last;
      for (let t = first; t <= last; t++) {
        const g = head.get(t) ?? 0;
        if (g < first || g > last) {
          headToken = t;
          break;
        }
      }
      let index = byName.get(m.text);
      if (index === undefined) {
        index = entities.length;
        entities.push({ index, name: m.text, type, aliases: [], attributes: {}, mentions: [] });
        byName.set(m.text, index);
      }
      const confidence = m.nerConfidences?.[m.ner];
      entities[index]!.mentions.push({
        sentence: sentence.index,
        first,
        last,
        head: headToken,
        source: 'ner',
        ...(confidence !== undefined && confidence >= 0 ? { nerConfidence: confidence } : {}),
      });
      for (let t = first; t <= last; t++) at.set(`${sentence.index}:${t}`, index);
    }
  }
  for (const chain of Object.values(annotation.corefs ?? {})) {
    const named = chain.map((m) => at.get(`${m.sentNum - 1}:${m.headIndex}`)).find((i) => i !== undefined);
    if (named === undefined) continue;
    for (const m of chain) {
      const key = `${m.sentNum - 1}:${m.headIndex}`;
      if (at.has(key)) continue;
      entities[named]!.mentions.push({
        sentence: m.sentNum - 1,
        first: m.startIndex,
        last: m.endIndex - 1,
        head: m.headIndex,
        source: 'coref',
      });
      at.set(key, named);
    }
  }
  return {
    entities,
    entityAt: (ref) => {
      const index = at.get(`${ref.sentence}:${ref.token}`);
      return index === undefined ? undefined : (entities[index] as SyntaxEntity);
    },
  };
}
