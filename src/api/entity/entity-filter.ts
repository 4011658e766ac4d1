/**
 * Query.entities' arguments checked and turned into what the graph reader takes: the filter (types,
 * name prefix, mention range…) and the keyset position its cursors carry, [value, nameKey, id] of the
 * last entity seen in the order's sort. Everything a client can get wrong is BAD_USER_INPUT here.
 */
import type { EntityFilter, EntityOrderKey, EntityPageRow, EntityPosition } from '../../graph/read';
import { sortPropertyOf } from '../../graph/read';
import type { EntityType } from '../../vocabulary';
import { optionalText } from '../common/validate';
import { BadUserInputError } from '../errors';
import type { EntityWhere } from './entity.input';

/** More than any list of the (eleven) entity types needs, even with repeats. */
const MAX_TYPES = 50;

export function entityFilter(where: EntityWhere | null | undefined): EntityFilter {
  const minMentions = mentionBound(where?.minMentions, 'minMentions');
  const maxMentions = mentionBound(where?.maxMentions, 'maxMentions');
  if (minMentions !== null && maxMentions !== null && minMentions > maxMentions) {
    throw new BadUserInputError(
      `"minMentions" (${minMentions}) is greater than "maxMentions" (${maxMentions}).`,
      'minMentions',
    );
  }
  const prefix = optionalText(where?.namePrefix, 'where.namePrefix', 200);
  const contains = optionalText(where?.nameContains, 'where.nameContains', 200);
  // Names and aliases are kept one per line for the text index (entities-count-by-name.cypher): a line
  // break would match across two of them, and no name has one.
  if (contains !== null && /[\r\n]/.test(contains)) {
    throw new BadUserInputError('"nameContains" cannot contain a line break.', 'where.nameContains');
  }
  return {
    types: typesOf(where?.type ?? null, where?.types ?? null),
    namePrefix: prefix === null ? null : prefix.toLowerCase(),
    nameContains: contains,
    articleId: optionalText(where?.articleId, 'where.articleId', 500),
    minMentions,
    maxMentions,
  };
}

/** `type` and `types` together: the entity must match both (an empty list matches nothing). */
function typesOf(type: EntityType | null, types: readonly EntityType[] | null): string[] | null {
  if (types !== null && types.length > MAX_TYPES) {
    throw new BadUserInputError(`"types" lists more than ${MAX_TYPES} types.`, 'types');
  }
  if (type === null) return types === null ? null : [...new Set(types)];
  if (types === null) return [type];
  return types.includes(type) ? [type] : [];
}

function mentionBound(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) {
    throw new BadUserInputError(`"${argument}" must be a whole number, 0 or more, got ${value}.`, argument);
  }
  return value;
}

/** The cursor's sort key for a row of a page in this order. */
export function positionKey(row: EntityPageRow): string {
  return JSON.stringify([row.value, row.nameKey, row.id]);
}

/** The position a cursor's key names; BAD_USER_INPUT for a key of another shape (an older cursor). */
export function positionOf(order: EntityOrderKey, key: string | null): EntityPosition | null {
  if (key === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    parsed = null;
  }
  const numeric = sortPropertyOf(order) === 'mentionCount';
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    (numeric ? Number.isInteger(parsed[0]) : typeof parsed[0] === 'string') &&
    typeof parsed[1] === 'string' &&
    typeof parsed[2] === 'string'
  ) {
    return { value: parsed[0] as string | number, nameKey: parsed[1], id: parsed[2] };
  }
  throw new BadUserInputError(
    '"after" is not a cursor of this listing (it may predate an upgrade): start again without it.',
    'after',
  );
}
