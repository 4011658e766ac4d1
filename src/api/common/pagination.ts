/** Relay-style connections over keyset pages: fetch first + 1 rows, the extra one says hasNextPage. */
import { BadUserInputError } from '../errors';
import { MAX_FIRST } from '../limits/limits';
import { decodeCursor, encodeCursor } from './cursor';

export interface PageRequest {
  readonly first: number;
  /** The sort key of the last item seen, decoded from the `after` cursor. */
  readonly after: string | null;
}

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

export interface PageInfoValue {
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface ConnectionValue<T> {
  readonly edges: readonly Edge<T>[];
  readonly pageInfo: PageInfoValue;
  /** A promise when counting is a query of its own, run only if the client asks for totalCount. */
  readonly totalCount: number | Promise<number>;
}

/** Validates `first` (0..MAX_FIRST) and decodes `after`; both failures are BAD_USER_INPUT. */
export function pageRequest(kind: string, first: number, after: string | null | undefined): PageRequest {
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST) {
    throw new BadUserInputError(
      `"first" must be a whole number from 0 to ${MAX_FIRST}, got ${first}. Page through larger results with "after".`,
      'first',
    );
  }
  return { first, after: decodeCursor(kind, after) };
}

/** The slice to ask the database for: one row more than the page, to know whether another follows. */
export function sliceOf(page: PageRequest): { after: string | null; limit: number } {
  return { after: page.after, limit: page.first + 1 };
}

/**
 * Builds a connection from rows fetched with sliceOf(page). `toNode` may be async (hydration through a
 * DataLoader) and give null for a row deleted in between, which is left out; `totalCount` is either known
 * or a thunk, called only when the field is read.
 */
export async function connectionOf<Row, T>(
  kind: string,
  page: PageRequest,
  rows: readonly Row[],
  keyOf: (row: Row) => string,
  toNode: (row: Row) => T | null | Promise<T | null>,
  totalCount: number | (() => Promise<number>),
): Promise<ConnectionValue<T>> {
  const visible = rows.slice(0, page.first);
  const found = visible.map(toNode);
  // Nodes a compiled statement already read come as values: no promise per row then.
  const nodes = found.some((node) => node instanceof Promise)
    ? await Promise.all(found)
    : (found as (T | null)[]);
  const edges: Edge<T>[] = [];
  visible.forEach((row, index) => {
    const node = nodes[index];
    if (node !== null && node !== undefined) edges.push({ cursor: encodeCursor(kind, keyOf(row)), node });
  });
  const last = edges[edges.length - 1];
  const pageInfo = { hasNextPage: rows.length > page.first, endCursor: last?.cursor ?? null };
  if (typeof totalCount === 'number') return { edges, pageInfo, totalCount };
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo,
    get totalCount() {
      counted ??= totalCount();
      return counted;
    },
  };
}
