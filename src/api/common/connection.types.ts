/**
 * Relay cursor connections, written once: Edge(Node) and Connection(Edge, noun) return abstract
 * type-graphql classes that each listing extends with its own GraphQL name (EntityEdge, EntityConnection…),
 * as type-graphql's own generic-types example does (an abstract class with @ObjectType: in type-graphql 2
 * a type no resolver reaches is not emitted, so the bases never appear in the schema). Every type here and
 * every subclass declares `simpleResolvers: true` (see src/api/schema.ts).
 */
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'Where a page of a connection ends (Relay cursor connections).',
})
export class PageInfo {
  @Field({ description: 'Whether another page follows: ask for it with after: endCursor.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge; null on an empty page.' })
  endCursor!: string | null;
}

export const CURSOR_DESCRIPTION = 'Pass it as after: to get the items that follow this one.';

/** An edge of a connection of `node()`s; extend it as `@ObjectType({ simpleResolvers: true }) class EntityEdge extends Edge(() => Entity) {}`. */
export function Edge<TNode extends object>(node: () => ClassType<TNode>) {
  @ObjectType({ simpleResolvers: true })
  abstract class EdgeType {
    @Field({ description: CURSOR_DESCRIPTION })
    cursor!: string;

    @Field(node)
    node!: TNode;
  }
  return EdgeType;
}

/**
 * A page of a listing: its edges, where it ends, and how many `noun` ("entities") the whole listing has.
 * Extend it as `@ObjectType({ simpleResolvers: true, description }) class EntityConnection extends Connection(() => EntityEdge, 'entities') {}`.
 */
export function Connection<TEdge extends object>(edge: () => ClassType<TEdge>, noun: string) {
  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionType {
    @Field(() => [edge()])
    edges!: TEdge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${noun} the whole listing has, over all pages.` })
    totalCount!: number;
  }
  return ConnectionType;
}
