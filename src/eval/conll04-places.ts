/**
 * CoNLL04 writes a birthplace as one location, town and state together: "born in Kinderhook, N.Y." is
 * one Loc span "Kinderhook , N.Y." (on train 55 of 55 such places after "born in/near"; elsewhere
 * "Tupelo, Miss." is two). The extractor reads the town, the state and the town LOCATED_IN the state;
 * for BORN_IN this finds the joined span that the mapping puts in their place.
 */
import type { CharRange, Extraction } from '../extract/types';

/** The joined "Town, State" span for each of its parts, keyed by "start:end". */
export type JoinedPlaces = ReadonlyMap<string, CharRange>;

const key = (range: CharRange) => `${range.start}:${range.end}`;

export function joinedBirthplaces(text: string, extraction: Extraction): JoinedPlaces {
  const birthplaces = new Set<string>();
  for (const relation of extraction.relations) {
    if (relation.predicate !== 'BORN_IN') continue;
    for (const evidence of relation.evidence) if (evidence.object) birthplaces.add(key(evidence.object));
  }
  const joined = new Map<string, CharRange>();
  for (const relation of extraction.relations) {
    if (relation.predicate !== 'LOCATED_IN') continue;
    for (const { subject, object } of relation.evidence) {
      if (subject === undefined || object === undefined || !birthplaces.has(key(subject))) continue;
      if (!/^\s*,\s*$/.test(text.slice(subject.end, object.start))) continue;
      const span = { start: subject.start, end: object.end };
      joined.set(key(subject), span);
      joined.set(key(object), span);
    }
  }
  return joined;
}

export function joinedPlace(places: JoinedPlaces, range: CharRange): CharRange {
  return places.get(key(range)) ?? range;
}
