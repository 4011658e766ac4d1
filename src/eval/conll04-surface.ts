/**
 * Surface readers for the corenlp analyzer's CoNLL04 mapping: relations CoNLL04 annotates between two
 * names by the words between them, which the syntax extractor (a news extractor) does not emit as facts.
 * Developed on the train split only (the counts are train's gold relations):
 * - "Town , State" → Located_In (128 of 247 Located_In are two places with a comma between);
 *   "Place in Place" → Located_In.
 * - "Place Org" ("Havana radio", 99 OrgBased_In with nothing between), "Org ( Place )", "Org in/of Place"
 *   → OrgBased_In.
 * - "Person of (the) Org", "Person , Org" is not read (an apposition is as often a list); "Org spokesman
 *   Person" (an office word between) → Work_For.
 * - "Person of Place" → Live_In.
 * And entity conventions: a month or clock abbreviation typed Org is a date (Other); a demonym
 * ("American", "Haitian") is not a place (CoNLL04 leaves them out, or marks them Other); CoNLL04 rarely
 * marks a bare year (21 of the 152 the engine finds on train), a bare weekday (12 of 60) or a head count
 * ("14 people", 0 of 9), so those are left out; numbers and times are widened to CoNLL04's tokens.
 */
import { gazetteer } from '../extract/gazetteer';
import type { ConllEntity, ConllRecord, ConllRelation, ConllRelationType } from './conll04-record';

const MONTHS =
  /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|^(January|February|March|April|June|July|August|September|October|November|December)$/;
const CLOCK = /^(GMT|EST|EDT|CST|CDT|PST|PDT|MST|MDT|UTC)$/;
const DEMONYM = /^[A-Z][a-z]+(an|ian|ese|ish|i)$/;
const KILL_WORD =
  /\b(kill|kills|killed|killing|assassinate|assassinated|assassinating|murder|murdered|murdering|shot|shoot|shooting|slew|slaying)\b/;
const KILLER_NOUN = /^(?:'s )?(?:assassin|killer|murderer|slayer) ?,?$/;
const KILLER_OF = /^, (?:the |his |her )?(?:assassin|killer|murderer|slayer) of$/;
const BIRTH = /^(born|died) (in|near)$/;
const YEAR = /^(1\d{3}|20\d\d)$/;
const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const HEADCOUNT = /^[\d,. ]+ (people|persons|men|women|children)$/;
const OFFICE_WORDS = new Set([
  'spokesman',
  'spokeswoman',
  'correspondent',
  'attorney',
  'director',
  'president',
  'chairman',
  'chief',
  'secretary',
  'official',
  'leader',
  'member',
]);

/** "Haitian", not "Pakistan", "Iran" or "Nairobi", which end like one: a known place is no demonym. */
function isDemonym(word: string): boolean {
  const places = gazetteer();
  if (places.demonymOf(word) !== undefined) return true;
  return DEMONYM.test(word) && places.place(word) === undefined;
}

/** Retypes or drops entities by the conventions above; returns the kept entities and their old indexes. */
export function surfaceEntities(tokens: readonly string[], entities: readonly ConllEntity[]): ConllEntity[] {
  const widened: ConllEntity[] = [];
  const consumed = new Set<number>();
  for (const entity of entities) {
    const text = tokens.slice(entity.start, entity.end).join(' ');
    let { start, end } = entity;
    let type = entity.type;
    if (type === 'Org' && (MONTHS.test(text) || CLOCK.test(text))) type = 'Other';
    if (type === 'Other') {
      // "150 , 000 hectares": CoNLL04 split the thousands at the comma; the engine saw "000 hectares".
      while (start >= 2 && tokens[start - 1] === ',' && /^\d{1,3}$/.test(tokens[start - 2] as string)) {
        if (!/^\d{3}\b/.test(tokens[start] as string)) break;
        start -= 2;
      }
      // "2100 GMT": the time zone belongs to the time.
      if (end < tokens.length && CLOCK.test(tokens[end] as string) && !CLOCK.test(text)) consumed.add(end++);
      // "2100 GMT 11 Feb 94" as one date (the NER without SUTime): CoNLL04's time ends at its zone.
      const zone = tokens.slice(start, end).findIndex((token) => CLOCK.test(token));
      if (zone > 0 && start + zone + 1 < end) end = start + zone + 1;
    }
    // "Fargo , N.D ." at a sentence's end: CoNLL04 gave the abbreviation's dot its own token and keeps it.
    if (type === 'Loc' && end === tokens.length - 1 && tokens[end] === '.' && /\.[A-Za-z]+$/.test(text))
      end++;
    widened.push({ type, start, end });
  }
  const kept: ConllEntity[] = [];
  for (const entity of widened) {
    const text = tokens.slice(entity.start, entity.end).join(' ');
    if (entity.end - entity.start === 1 && consumed.has(entity.start)) continue;
    // CoNLL04 annotates names: "the agency", "his country" are not entities (on train 0 of 17 are gold).
    if (entity.type !== 'Other' && /^[a-z]/.test(text)) continue;
    if (entity.type === 'Loc' && entity.end - entity.start === 1 && isDemonym(text)) continue;
    if (entity.type === 'Other' && (YEAR.test(text) || WEEKDAY.test(text) || HEADCOUNT.test(text))) continue;
    kept.push(entity);
  }
  return dedupe(kept);
}

function dedupe(entities: readonly ConllEntity[]): ConllEntity[] {
  const seen = new Set<string>();
  return entities.filter((e) => {
    const key = `${e.start}:${e.end}:${e.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function between(tokens: readonly string[], a: ConllEntity, b: ConllEntity): string {
  return tokens.slice(a.end, b.start).join(' ');
}

/**
 * Two places the gazetteer knows that cannot be a town and its region ("Russia , Japan", "Guadalajara ,
 * Monterrey"): a country first, or two cities. A list, not a place in a place.
 */
function knownApart(tokens: readonly string[], a: ConllEntity, b: ConllEntity): boolean {
  const g = gazetteer();
  const inner = g.place(tokens.slice(a.start, a.end).join(' '));
  const outer = g.place(tokens.slice(b.start, b.end).join(' '));
  if (inner === undefined || outer === undefined) return false;
  // Town names repeat across regions, so only a country first or two cities say "list".
  return inner.type === 'COUNTRY' || (inner.type === 'CITY' && outer.type === 'CITY');
}

/** The relations the words between two adjacent-enough names show. */
export function surfaceRelations(
  tokens: readonly string[],
  entities: readonly ConllEntity[],
): ConllRelation[] {
  const order = entities
    .map((entity, index) => ({ entity, index }))
    .sort((x, y) => x.entity.start - y.entity.start);
  const found: ConllRelation[] = [];
  const add = (type: ConllRelationType, head: number, tail: number) => found.push({ type, head, tail });
  for (let i = 0; i + 1 < order.length; i++) {
    const first = order[i] as { entity: ConllEntity; index: number };
    const second = order[i + 1] as { entity: ConllEntity; index: number };
    const a = first.entity;
    const b = second.entity;
    if (b.start < a.end) continue;
    const gap = between(tokens, a, b);
    const lower = gap.toLowerCase();
    if (a.type === 'Loc' && b.type === 'Loc' && (gap === ',' || lower === 'in')) {
      if (!knownApart(tokens, a, b)) add('Located_In', first.index, second.index);
    } else if (a.type === 'Loc' && b.type === 'Org' && (gap === '' || gap === '('))
      add('OrgBased_In', second.index, first.index);
    else if (a.type === 'Org' && b.type === 'Loc' && ['(', 'in', 'of'].includes(lower))
      add('OrgBased_In', first.index, second.index);
    else if (a.type === 'Peop' && b.type === 'Org' && (lower === 'of' || lower === 'of the'))
      add('Work_For', first.index, second.index);
    else if (a.type === 'Org' && b.type === 'Peop' && OFFICE_WORDS.has(lower))
      add('Work_For', second.index, first.index);
    else if (a.type === 'Peop' && b.type === 'Loc' && lower === 'of')
      add('Live_In', first.index, second.index);
  }
  const people = order.filter(({ entity }) => entity.type === 'Peop');
  for (let i = 0; i + 1 < people.length; i++) {
    const first = people[i] as { entity: ConllEntity; index: number };
    const second = people[i + 1] as { entity: ConllEntity; index: number };
    if (second.entity.start < first.entity.end || second.entity.start - first.entity.end > 8) continue;
    const lower = between(tokens, first.entity, second.entity).toLowerCase();
    if (KILLER_NOUN.test(lower)) add('Kill', second.index, first.index);
    else if (KILLER_OF.test(lower)) add('Kill', first.index, second.index);
    else {
      const verb = KILL_WORD.exec(lower);
      if (verb === null) continue;
      const passive = lower.slice(verb.index).includes(' by');
      if (passive) add('Kill', second.index, first.index);
      else add('Kill', first.index, second.index);
    }
  }
  return found;
}

/**
 * "born in Town , State": CoNLL04 writes the birthplace as one span (on train 53 of the 65 places
 * written as one "Town , State" span follow "born in/near"); the two places become one.
 */
export function joinBirthplaces(tokens: readonly string[], entities: readonly ConllEntity[]): ConllEntity[] {
  const locs = entities.filter((e) => e.type === 'Loc').sort((x, y) => x.start - y.start);
  const joined: ConllEntity[] = [];
  const gone = new Set<ConllEntity>();
  for (let i = 0; i + 1 < locs.length; i++) {
    const town = locs[i] as ConllEntity;
    const state = locs[i + 1] as ConllEntity;
    if (
      town.start < 2 ||
      !BIRTH.test(
        tokens
          .slice(town.start - 2, town.start)
          .join(' ')
          .toLowerCase(),
      )
    )
      continue;
    if (tokens.slice(town.end, state.start).join(' ') !== ',') continue;
    joined.push({ type: 'Loc', start: town.start, end: state.end });
    gone.add(town).add(state);
  }
  return [...entities.filter((e) => !gone.has(e)), ...joined];
}

/**
 * "Havana Radio Reloj Network", "Institute of Zoology of Kunming": CoNLL04 writes an organisation named
 * with its seat as the organisation and the place, OrgBased_In. An Org span of three or more tokens whose
 * first token is a capital city in the gazetteer is split in two (on train, 27 such splits find the gold
 * organisation; with any place the gazetteer knows, 45 more destroyed a gold one: "U.S. Coast Guard ...").
 */
export function splitOrgPlaces(
  tokens: readonly string[],
  entities: readonly ConllEntity[],
): { entities: ConllEntity[]; seats: [ConllEntity, ConllEntity][] } {
  const places = gazetteer();
  const out: ConllEntity[] = [];
  const seats: [ConllEntity, ConllEntity][] = [];
  for (const entity of entities) {
    const length = entity.end - entity.start;
    if (entity.type !== 'Org' || length < 3) {
      out.push(entity);
      continue;
    }
    const first = tokens[entity.start] as string;
    const place = places.place(first);
    if (place !== undefined && place.type === 'CITY' && place.capital) {
      const seat: ConllEntity = { type: 'Loc', start: entity.start, end: entity.start + 1 };
      const org: ConllEntity = { type: 'Org', start: entity.start + 1, end: entity.end };
      out.push(org, seat);
      seats.push([org, seat]);
    } else out.push(entity);
  }
  return { entities: out, seats };
}

/** The record with the surface conventions applied and the surface relations added (no duplicates). */
export function applySurface(record: ConllRecord): ConllRecord {
  const split = splitOrgPlaces(record.tokens, surfaceEntities(record.tokens, record.entities));
  const entities = dedupe(joinBirthplaces(record.tokens, split.entities));
  const remap = new Map<number, number>();
  record.entities.forEach((entity, index) => {
    const same = entities.findIndex((e) => e.start === entity.start && e.end === entity.end);
    const kept =
      same >= 0
        ? same
        : entities.findIndex(
            (e) =>
              e.type === entity.type &&
              (entity.type === 'Loc'
                ? e.start <= entity.start && e.end >= entity.end
                : e.start >= entity.start && e.end <= entity.end),
          );
    if (kept >= 0) remap.set(index, kept);
  });
  const relations: ConllRelation[] = [];
  const keys = new Set<string>();
  const push = (relation: ConllRelation) => {
    const key = `${relation.type}:${relation.head}:${relation.tail}`;
    if (relation.head === relation.tail || keys.has(key)) return;
    keys.add(key);
    relations.push(relation);
  };
  for (const relation of record.relations) {
    const head = remap.get(relation.head);
    const tail = remap.get(relation.tail);
    if (head !== undefined && tail !== undefined) push({ ...relation, head, tail });
  }
  for (const relation of surfaceRelations(record.tokens, entities)) push(relation);
  const indexOf = (x: ConllEntity) =>
    entities.findIndex((e) => e.start === x.start && e.end === x.end && e.type === x.type);
  for (const [org, place] of split.seats) {
    const head = indexOf(org);
    const tail = indexOf(place);
    if (head >= 0 && tail >= 0) push({ type: 'OrgBased_In', head, tail });
  }
  // A residence or seat in a place Located_In another holds for that one too (conll04-predict.ts).
  for (const relation of [...relations]) {
    if (relation.type !== 'Live_In' && relation.type !== 'OrgBased_In') continue;
    for (const container of [...relations])
      if (container.type === 'Located_In' && container.head === relation.tail)
        push({ type: relation.type, head: relation.head, tail: container.tail });
  }
  return { ...record, entities, relations };
}
