/**
 * The entity stage: NER mentions (widened to whole words, typed by context and the gazetteers), proper-
 * noun chains the NER missed, normalized money, quantities and dates, titles as attributes, and groups
 * joined by short forms and coreference, into one EntityTable.
 */
import type { Annotation } from '../../../nlp/annotation';
import type { AttributeValue, ExtractOptions } from '../../types';
import type { EntityTable, SyntaxEntity, SyntaxMention, TokenRef } from '../model';
import { viewOf } from './document';
import type { Draft } from './drafts';
import { groupDrafts, nameKey, type Group } from './groups';
import { missionEntities } from './missions';
import { nameDrafts } from './names';
import { numericDrafts } from './numeric';
import { readTitles } from './titles';

/** What assemble needs beyond the table: where each mention's title starts, in characters. */
export interface BuiltTable extends EntityTable {
  titleStartOf(mention: SyntaxMention): number | undefined;
}

export function buildEntityTable(annotation: Annotation, text: string, options: ExtractOptions): BuiltTable {
  const doc = viewOf(annotation, text);
  const numeric = numericDrafts(doc, options.date ?? null);
  // "2100 GMT": the zone the NER reads as a name belongs to the clock time.
  const clocks = numeric.filter((d) => d.key?.startsWith('time:') === true);
  const names = nameDrafts(doc).filter(
    (d) => !clocks.some((c) => c.sentence === d.sentence && c.first <= d.first && d.last <= c.last),
  );
  const covered = new Set<string>();
  for (const d of names) for (let t = d.first; t <= d.last; t += 1) covered.add(`${d.sentence}:${t}`);
  const numbers = numeric.filter((d) => !covered.has(`${d.sentence}:${d.head}`));
  readTitles(doc, names, covered);
  const drafts = [...names, ...numbers].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups = groupDrafts(doc, drafts);
  const titleStarts = new Map<SyntaxMention, number>();
  const entities = groups
    .map((group) => ({ group, first: Math.min(...group.drafts.map((d) => d.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ group }, index) => entityOf(group, index, titleStarts));
  // Embassies need the table (their owner is often a pronoun coreference resolved): read after it.
  const missions = missionEntities(doc, tableOf(entities), entities.length);
  return tableOf([...entities, ...missions], (m) => titleStarts.get(m));
}

function canonicalName(group: Group): string {
  const fixed = group.drafts.find((d) => d.key !== undefined && d.idKey !== undefined && d.type !== 'DATE');
  if (fixed !== undefined) return fixed.name;
  let best = group.drafts[0]!;
  const length = (d: Draft): number => nameKey(d.name).split(' ').length;
  for (const d of group.drafts) {
    if (d.source === 'phrase' && best.source !== 'phrase') continue;
    if (length(d) > length(best) || (best.source === 'phrase' && d.source !== 'phrase')) best = d;
  }
  return best.name;
}

function entityOf(group: Group, index: number, titleStarts: Map<SyntaxMention, number>): SyntaxEntity {
  const name = canonicalName(group);
  const aliases = new Set<string>();
  const attributes: Record<string, AttributeValue> = {};
  const mentions: SyntaxMention[] = [];
  for (const d of [...group.drafts].sort((a, b) => a.start - b.start)) {
    if (d.name !== name) aliases.add(d.name);
    for (const [k, v] of Object.entries(d.attributes)) {
      if (k === 'text') {
        if (typeof v === 'string' && v !== name) aliases.add(v);
      } else if (!(k in attributes)) attributes[k] = v;
    }
    if (d.title !== undefined && !('title' in attributes)) attributes.title = d.title;
    for (const description of d.descriptions ?? [])
      if (nameKey(description) !== nameKey(name)) aliases.add(description);
    if (d.idKey !== undefined && !('idKey' in attributes)) attributes.idKey = d.idKey;
    if (d.place?.country != null && !('countryCode' in attributes)) attributes.countryCode = d.place.country;
    const mention: SyntaxMention = {
      sentence: d.sentence,
      first: d.first,
      last: d.last,
      head: d.head,
      source: d.source === 'coref' ? 'coref' : d.source,
      ...(d.nerConfidence === undefined ? {} : { nerConfidence: d.nerConfidence }),
    };
    if (d.titleStart !== undefined) titleStarts.set(mention, d.titleStart);
    mentions.push(mention);
  }
  for (const c of group.coref) {
    if (c.description !== undefined && nameKey(c.description) !== nameKey(name)) aliases.add(c.description);
    mentions.push({ sentence: c.sentence, first: c.first, last: c.last, head: c.head, source: 'coref' });
  }
  aliases.delete(name);
  return {
    index,
    name,
    type: group.type,
    aliases: [...aliases],
    attributes,
    mentions: mentions.sort((a, b) => a.sentence - b.sentence || a.first - b.first),
  };
}

/** Wraps entities in an EntityTable; names own their tokens before pronouns and descriptions do. */
export function tableOf(
  entities: readonly SyntaxEntity[],
  titleStartOf: (m: SyntaxMention) => number | undefined = () => undefined,
): BuiltTable {
  const at = new Map<string, SyntaxEntity>();
  for (const pass of [false, true]) {
    for (const entity of entities) {
      for (const m of entity.mentions) {
        if ((m.source === 'coref') !== pass) continue;
        for (let t = m.first; t <= m.last; t += 1) {
          const key = `${m.sentence}:${t}`;
          if (!at.has(key)) at.set(key, entity);
        }
      }
    }
  }
  return {
    entities,
    entityAt: (ref: TokenRef) => at.get(`${ref.sentence}:${ref.token}`),
    titleStartOf,
  };
}
