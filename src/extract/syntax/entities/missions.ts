/**
 * Embassies and consulates as FACILITY entities, named as news names them, by owner and city: "the US
 * embassy in Moscow", "its embassy in Minsk" (the pronoun resolved), "Britain's consulate in Erbil". An
 * embassy "in" a country is the one in its capital, so "the US embassy in Belarus" and "its embassy in
 * Minsk" (its = the United States) are one facility. The owner is a country: a compound or possessive
 * name, a nationality ("the Canadian embassy"), or a possessive pronoun that coreference resolved to one. Without an owner and a place the
 * noun stays a phrase ("the embassy").
 *
 * The fast extractor reads the same facilities from token windows (src/extract/entities/facilities.ts);
 * this reads them from the basic tree and the entity table, after coreference.
 */
import type { EntityType } from '../../../vocabulary';
import { MISSION_NOUNS } from '../../entities/facilities';
import { gazetteer } from '../../gazetteer';
import { mentionAt, type EntityTable, type SyntaxEntity, type SyntaxMention } from '../model';
import type { DocumentView, SentenceView } from './document';

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'COUNTRY']);

/** What a mission noun's tree gives: its owner and the place it stands in, as table entities. */
interface MissionReading {
  readonly owner: SyntaxEntity;
  readonly place: SyntaxEntity;
  readonly placeLast: number;
}

/** The mission a noun names, when its tree gives it a country as owner and a city or country as place. */
function readMission(view: SentenceView, noun: number, table: EntityTable): MissionReading | undefined {
  const token = view.tokens[noun - 1];
  if (token === undefined || token.pos !== 'NN' || !MISSION_NOUNS.has(token.lemma.toLowerCase()))
    return undefined;
  if (token.word !== token.word.toLowerCase()) return undefined;
  const at = (t: number) => table.entityAt({ sentence: view.index, token: t });
  let owner: SyntaxEntity | undefined;
  let place: SyntaxEntity | undefined;
  let placeLast = noun;
  for (const d of view.dependents[noun] ?? []) {
    const relation = view.relation[d] ?? '';
    if (d < noun && (relation === 'compound' || relation === 'nmod:poss' || relation === 'amod')) {
      const entity = at(d);
      if (entity?.type === 'COUNTRY') owner = entity;
    } else if (d > noun && relation.startsWith('nmod') && place === undefined) {
      const marker = (view.dependents[d] ?? []).find((m) => view.relation[m] === 'case');
      const preposition = marker === undefined ? '' : (view.tokens[marker - 1]?.word.toLowerCase() ?? '');
      if (preposition !== 'in' && preposition !== 'to') continue;
      const entity = at(d);
      if (entity === undefined || !PLACE_TYPES.has(entity.type)) continue;
      place = entity;
      placeLast = mentionAt(entity, view.index, d)?.last ?? d;
    }
  }
  // "close the US embassy in Belarus": the parser often hangs the place on the verb (an attachment it
  // cannot decide); a place right after "embassy in" is the embassy's.
  if (place === undefined && /^(in|to)$/i.test(view.tokens[noun]?.word ?? '')) {
    const entity = at(noun + 2);
    const mention = entity === undefined ? undefined : mentionAt(entity, view.index, noun + 2);
    if (entity !== undefined && PLACE_TYPES.has(entity.type) && mention?.first === noun + 2) {
      place = entity;
      placeLast = mention.last;
    }
  }
  if (owner === undefined || place === undefined || owner.index === place.index) return undefined;
  return { owner, place, placeLast };
}

/** The facility entities of every mission noun in the document, numbered from `firstIndex` on. */
export function missionEntities(doc: DocumentView, table: EntityTable, firstIndex: number): SyntaxEntity[] {
  const byKey = new Map<string, { name: string; kind: string; mentions: SyntaxMention[] }>();
  for (const view of doc.sentences) {
    for (let noun = 1; noun <= view.tokens.length; noun += 1) {
      const reading = readMission(view, noun, table);
      if (reading === undefined) continue;
      const kind = view.tokens[noun - 1]!.lemma.toLowerCase();
      const city = cityOf(reading.place);
      const key = `${kind}:${reading.owner.name}:${city}`;
      let facility = byKey.get(key);
      if (facility === undefined) {
        facility = {
          name: `${ownerForm(reading.owner)} ${kind} in ${city}`,
          kind,
          mentions: [],
        };
        byKey.set(key, facility);
      }
      facility.mentions.push({
        sentence: view.index,
        // From the noun on: the owner's name keeps its own mention (a token belongs to one entity).
        first: noun,
        last: reading.placeLast,
        head: noun,
        source: 'phrase',
      });
    }
  }
  return [...byKey.values()].map((facility, i) => ({
    index: firstIndex + i,
    name: facility.name,
    type: 'FACILITY',
    aliases: [],
    attributes: { kind: facility.kind },
    mentions: facility.mentions,
  }));
}

/** A country's short form ("US", "UK"), as news names its embassies and offices, if it has one. */
export function shortName(country: SyntaxEntity): string | undefined {
  const short = [country.name, ...country.aliases].find((a) => /^[A-Z]{2,4}$/.test(a.replace(/\./g, '')));
  return short?.replace(/\./g, '');
}

/** "US embassy", "Canada's embassy", "United States' embassy" (no short form). */
function ownerForm(owner: SyntaxEntity): string {
  const short = shortName(owner);
  if (short !== undefined) return short;
  return owner.name.endsWith('s') ? `${owner.name}'` : `${owner.name}'s`;
}

/** The city a mission stands in: the place itself, or a country's capital. */
function cityOf(place: SyntaxEntity): string {
  if (place.type !== 'COUNTRY') return place.name;
  const country = gazetteer().place(place.name);
  const capital = country === undefined ? undefined : gazetteer().capitalOf(country);
  return capital?.name ?? place.name;
}
