import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Anything with a global id. Entity ids look like `person:anthony-blinken`, relation ids start with
 * `rel:`, article ids are whatever the article was ingested with (the API refuses ones that look like
 * the other two, so Query.node never has to guess).
 */
@InterfaceType({
  description: 'An object with a global id, fetchable with Query.node.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
