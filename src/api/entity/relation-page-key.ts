/**
 * The key of one page of an entity's relations, as Entity.relations asks the entityRelations DataLoader
 * for it: built in one place so that entity-prefetch.ts primes exactly the keys the resolvers look up.
 * Throws BAD_USER_INPUT for a bad `first`, cursor or predicate.
 */
import type { RelationDirection, Slice } from '../../graph/read';
import { DEFAULT_PAGE_SIZE } from '../common/complexity';
import { pageRequest, sliceOf, type PageRequest } from '../common/pagination';
import { orDefault } from '../common/validate';
import type { RelationPageArgs } from '../loaders';
import { Direction } from '../relation/direction.enum';
import { normalizePredicate } from '../relation/relation.service';

const DIRECTIONS: Readonly<Record<Direction, RelationDirection>> = {
  [Direction.OUTGOING]: 'OUT',
  [Direction.INCOMING]: 'IN',
  [Direction.BOTH]: 'BOTH',
};

/** What a request reads of a page of relations beyond their keys: the facts and the count. */
export interface PageReads {
  readonly facts: boolean;
  readonly totalCount: boolean;
}

export interface RelationPageKey {
  readonly page: PageRequest;
  readonly args: RelationPageArgs;
  readonly slice: Slice;
}

/** Arguments as GraphQL gives them (null or absent: the field's default). */
export function relationPageKey(
  direction: unknown,
  predicate: unknown,
  first: unknown,
  after: unknown,
  reads: PageReads,
): RelationPageKey {
  const page = pageRequest(
    'relations',
    orDefault(first as number | null, DEFAULT_PAGE_SIZE),
    after as string | null,
  );
  const args = {
    direction: DIRECTIONS[orDefault(direction as Direction | null, Direction.BOTH)],
    predicate: normalizePredicate(predicate as string | null | undefined),
    facts: reads.facts,
    totalCount: reads.totalCount,
  };
  return { page, args, slice: sliceOf(page) };
}
