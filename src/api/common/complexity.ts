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

/** A `first` over MAX_FIRST counts as MAX_FIRST here: the resolver refuses it with BAD_USER_INPUT. */
function pageSize(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(value, MAX_FIRST)
    : fallback;
}
