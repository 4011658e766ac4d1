/**
 * Complexity costs for graphql-query-complexity (read from the fields' extensions): a list costs its
 * page size times what each item costs, so nested connections multiply as they do in the database.
 */
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_FIRST } from '../limits/limits';

export const DEFAULT_PAGE_SIZE = 20;

/** For a connection field with a `first` argument. */
export const connectionComplexity: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + pageSize(args.first, DEFAULT_PAGE_SIZE) * childComplexity;

/** For a list with its own size argument (searchEntities' first). */
export function listComplexity(defaultSize: number): ComplexityEstimator {
  return ({ args, childComplexity }) => 1 + pageSize(args.first, defaultSize) * childComplexity;
}

/** For a list without a size argument whose items are usually few (evidence, path hops). */
export function fixedListComplexity(assumedSize: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + assumedSize * childComplexity;
}

/**
 * An article's text by how much of it is asked for: 1 per 10,000 characters of maxLength; without
 * maxLength as if TEXT_ASSUMED_LENGTH (a long news article; a longer one is bounded by the response's
 * byte ceiling, NEWSGRAPH_MAX_RESPONSE_BYTES).
 */
export const TEXT_ASSUMED_LENGTH = 50_000;
export const textComplexity: ComplexityEstimator = ({ args }) => {
  const asked = args.maxLength;
  const length =
    typeof asked === 'number' && Number.isFinite(asked) && asked >= 0 ? asked : TEXT_ASSUMED_LENGTH;
  return 1 + Math.ceil(length / 10_000);
};

/** A list of short strings (aliases): 1 per 10 items asked for. */
export function scalarListComplexity(defaultSize: number): ComplexityEstimator {
  return ({ args }) => 1 + Math.ceil(pageSize(args.first, defaultSize) / 10);
}

/** A `first` over MAX_FIRST counts as MAX_FIRST here: the resolver refuses it with BAD_USER_INPUT. */
function pageSize(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(value, MAX_FIRST)
    : fallback;
}
