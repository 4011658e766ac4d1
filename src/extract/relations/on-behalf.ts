/**
 * A head of state acts for the state: "President Joe Biden announced sanctions against Belarusian entities"
 * also says the United States sanctions Belarus. The leader's country is the one a title or a verb says
 * he leads; failing that, for a national title with no country named, the article's home country (the one
 * its unqualified national institutions belong to: "the White House", "the State Department").
 */
import { NATIONAL_INSTITUTIONS } from '../lexicon/organizations';
import type { EntityDraft, MentionDraft } from '../model';
import type { AnalysedText } from '../nlp/document';
import type { RelationDraft } from './model';

/** Acts of a state that its head of state performs for it (shared with the syntax extractor). */
export const STATE_ACTS: ReadonlySet<string> = new Set([
  'SANCTIONS',
  'INVADES',
  'ATTACKS',
  'RECOGNIZES',
  'DEPLOYS',
  'CLOSES',
  'SUSPENDS',
  'THREATENS',
]);
/** Titles of a head of state or government. */
export const NATIONAL_TITLES: ReadonlySet<string> = new Set([
  'president',
  'prime minister',
  'chancellor',
  'premier',
  'king',
  'queen',
  'emperor',
]);
const ON_BEHALF_WEIGHT = 0.8;

export function actsOnBehalf(
  analysed: AnalysedText,
  mentions: readonly MentionDraft[],
  entities: readonly EntityDraft[],
  drafts: readonly RelationDraft[],
): RelationDraft[] {
  const countryOf = leaderCountries(entities, drafts, homeCountry(analysed, mentions, entities));
  const added: RelationDraft[] = [];
  for (const draft of drafts) {
    const country = countryOf.get(draft.subject.entity);
    if (country === undefined || !STATE_ACTS.has(draft.predicate) || country === draft.object.entity)
      continue;
    added.push({
      ...draft,
      subject: { entity: country, span: draft.subject.span, via: 'metonymy' },
      construction: 'on-behalf',
      base: draft.base * ON_BEHALF_WEIGHT,
    });
  }
  return added;
}

function leaderCountries(
  entities: readonly EntityDraft[],
  drafts: readonly RelationDraft[],
  home: number | undefined,
): Map<number, number> {
  const countries = new Map<number, number>();
  for (const draft of drafts) {
    if (draft.predicate === 'LEADS' && entities[draft.object.entity]?.type === 'COUNTRY')
      countries.set(draft.subject.entity, draft.object.entity);
  }
  if (home === undefined) return countries;
  for (const entity of entities) {
    const title = String(entity.attributes.title ?? '').toLowerCase();
    if (entity.type === 'PERSON' && NATIONAL_TITLES.has(title) && !countries.has(entity.index))
      countries.set(entity.index, home);
  }
  return countries;
}

/** Nouns after a country's name that make it the article's own ("US officials"). */
export const OFFICIAL_NOUNS: ReadonlySet<string> = new Set([
  'official',
  'government',
  'administration',
  'intelligence',
  'citizen',
  'diplomat',
  'embassy',
  'officials',
  'citizens',
  'diplomats',
]);

/**
 * The article's home country: the one whose officials and government it names without saying more ("US
 * officials", "the US government"), and whose unqualified departments it cites ("the State Department").
 * Seats of government are left out: an article names a foreign Kremlin as often as its own.
 */
function homeCountry(
  analysed: AnalysedText,
  mentions: readonly MentionDraft[],
  entities: readonly EntityDraft[],
): number | undefined {
  const votes = new Map<number, number>();
  const vote = (entity: number | undefined, weight: number) => {
    if (entity !== undefined && entity >= 0) votes.set(entity, (votes.get(entity) ?? 0) + weight);
  };
  const byCode = new Map(
    entities.filter((e) => e.type === 'COUNTRY' && e.key !== null).map((e) => [e.key as string, e.index]),
  );
  for (const entity of entities) {
    const code = NATIONAL_INSTITUTIONS[entity.name];
    if (code !== undefined && /Department|Ministry|Congress|Pentagon/.test(entity.name))
      vote(byCode.get(`country:${code}`), 2 * entity.mentions.length);
  }
  for (const mention of mentions) {
    if (mention.type !== 'COUNTRY' || mention.attributes.demonym === true) continue;
    const next = analysed.tokens[mention.last];
    if (next !== undefined && OFFICIAL_NOUNS.has(next.lower)) vote(mention.entity, 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = ranked[0];
  if (top === undefined || top[1] < 2 || (ranked[1] !== undefined && ranked[1][1] === top[1]))
    return undefined;
  return top[0];
}
