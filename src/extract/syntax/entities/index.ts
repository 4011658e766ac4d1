/** The entity stage: NER mentions, gazetteers and coreference into one EntityTable. */
import type { Annotation } from '../../../nlp/annotation';
import type { ExtractOptions } from '../../types';
import type { EntityType } from '../../../vocabulary';
import type { EntityTable, SyntaxEntity, SyntaxMention, TokenRef } from '../model';

const TYPE_OF_NER: Readonly<Record<string, EntityType>> = {
  PERSON: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  LOCATION: 'LOCATION',
  COUNTRY: 'COUNTRY',
  CITY: 'CITY',
  STATE_OR_PROVINCE: 'LOCATION',
  MONEY: 'MONEY',
  NUMBER: 'QUANTITY',
  PERCENT: 'QUANTITY',
  DATE: 'DATE',
};

export function buildEntityTable(
  annotation: Annotation,
  _text: string,
  _options: ExtractOptions,
): EntityTable {
  const byKey = new Map<string, { name: string; type: EntityType; mentions: SyntaxMention[] }>();
  for (const sentence of annotation.sentences) {
    for (const m of sentence.entitymentions ?? []) {
      const type = TYPE_OF_NER[m.ner];
      if (type === undefined) continue;
      const key = `${type}|${m.text.toLowerCase()}`;
      let entry = byKey.get(key);
      if (entry === undefined) {
        entry = { name: m.text, type, mentions: [] };
        byKey.set(key, entry);
      }
      entry.mentions.push({
        sentence: sentence.index,
        first: m.tokenBegin + 1,
        last: m.tokenEnd,
        head: m.tokenEnd,
        source: 'ner',
      });
    }
  }
  const entities: SyntaxEntity[] = [...byKey.values()].map((e, index) => ({
    index,
    name: e.name,
    type: e.type,
    aliases: [],
    attributes: {},
    mentions: e.mentions,
  }));
  return tableOf(entities);
}

/** Wraps entities in an EntityTable whose entityAt is a map lookup. */
export function tableOf(entities: readonly SyntaxEntity[]): EntityTable {
  const at = new Map<string, SyntaxEntity>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      for (let t = m.first; t <= m.last; t += 1) {
        const key = `${m.sentence}:${t}`;
        if (!at.has(key)) at.set(key, entity);
      }
    }
  }
  return {
    entities,
    entityAt: (ref: TokenRef) => at.get(`${ref.sentence}:${ref.token}`),
  };
}
