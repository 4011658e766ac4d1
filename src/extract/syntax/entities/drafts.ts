/** What the entity stage knows about one mention before mentions are grouped into entities. */
import type { EntityType } from '../../../vocabulary';
import type { Place } from '../../gazetteer';
import type { AttributeValue } from '../../types';

export type DraftSource = 'ner' | 'gazetteer' | 'phrase' | 'coref';

export interface Draft {
  readonly sentence: number;
  /** 1-based token range, inclusive. */
  first: number;
  last: number;
  head: number;
  /** Character span of the name in the text. */
  start: number;
  end: number;
  /** The name as reported (references decoded). */
  name: string;
  type: EntityType;
  source: DraftSource;
  /** The NER label the mention came from ("PERSON", "MISC"...), "" for a phrase. */
  readonly ner: string;
  readonly nerConfidence?: number;
  /** The gazetteer place the name denotes, when typed as a place. */
  place?: Place;
  /** Fixed identity for grouping (numbers, dates, places): mentions with one key are one entity. */
  key?: string;
  /** Key for the output id, replacing the slug of the name ("gbp-64500000"). */
  idKey?: string;
  attributes: Record<string, AttributeValue>;
  /** A title before the name: where it starts (character offset) and what it says. */
  titleStart?: number;
  title?: string;
  /** The name key of a name this one spells out or abbreviates ("Party of the Democratic Revolution" and
   * its "PRD" in "the PRD (Party of the Democratic Revolution)"): the two are one entity. */
  sameAs?: string;
  /** Descriptions in apposition ("Nordwind, the Welsh firm"): aliases of the entity. */
  descriptions?: string[];
  /** Cues read from the tree. */
  orgCues: number;
  strongOrg: boolean;
  clubCues: number;
  /** Index of the group the draft ends in. */
  group: number;
}
