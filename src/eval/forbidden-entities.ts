/**
 * Things that must never become named entities: pronouns, day names, fragments (a name that starts or
 * ends with a function word, or with stray punctuation), and whatever the gold fixture lists. Dates,
 * amounts and quantities are exempt: "Monday" is a fine DATE. Only names and aliases are checked, not
 * mention texts, because a coreference mention "he" of a person is legitimate.
 */
import type { ExtractedEntity } from '../extract/types';
import type { EntityType } from '../vocabulary';
import { normalizeName } from './normalize';

const EXEMPT_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['DATE', 'MONEY', 'QUANTITY']);

export const PRONOUNS: ReadonlySet<string> = new Set(
  (
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself ' +
    'she her hers herself it its itself they them their theirs themselves who whom whose this that these those'
  ).split(' '),
);

export const DAY_NAMES: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** A name made only of these words is a time expression, not an entity ("Sunday night"). */
const DAY_WORDS: ReadonlySet<string> = new Set([
  ...DAY_NAMES,
  ...'night morning evening afternoon last next this'.split(' '),
]);

/** Words a real name does not start or end with ("the" may start one: The Hague). */
const EDGE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an and or but of in on at to for with by from as than said says'.split(' '),
);

export interface ForbiddenEntity {
  readonly entity: ExtractedEntity;
  readonly form: string;
  readonly reason: 'pronoun' | 'day name' | 'fragment' | 'listed in gold';
}

/** "US" and "U.S." are the country, not the pronoun "us". */
function isAcronym(form: string): boolean {
  return /^[A-Z]{2,}$/.test(form.replace(/\./g, ''));
}

function isFragment(form: string): boolean {
  const trimmed = form.trim();
  if (/^[^\p{L}\p{N}]|[^\p{L}\p{N}.)]$/u.test(trimmed)) return true;
  const words = trimmed.toLowerCase().split(/\s+/);
  return EDGE_FUNCTION_WORDS.has(words[0] ?? '') || EDGE_FUNCTION_WORDS.has(words[words.length - 1] ?? '');
}

export function reasonToForbid(form: string, listed: ReadonlySet<string>): ForbiddenEntity['reason'] | null {
  const normal = normalizeName(form);
  if (listed.has(normal)) return 'listed in gold';
  if (PRONOUNS.has(normal) && !isAcronym(form)) return 'pronoun';
  const words = normal.split(' ');
  if (words.some((word) => DAY_NAMES.has(word)) && words.every((word) => DAY_WORDS.has(word)))
    return 'day name';
  if (isFragment(form)) return 'fragment';
  return null;
}

export function findForbiddenEntities(
  predicted: readonly ExtractedEntity[],
  mustNotBeEntities: readonly string[],
): ForbiddenEntity[] {
  const listed = new Set(mustNotBeEntities.map(normalizeName));
  const found: ForbiddenEntity[] = [];
  for (const entity of predicted) {
    if (EXEMPT_TYPES.has(entity.type)) continue;
    for (const form of [entity.name, ...entity.aliases]) {
      const reason = reasonToForbid(form, listed);
      if (reason !== null) {
        found.push({ entity, form, reason });
        break;
      }
    }
  }
  return found;
}
