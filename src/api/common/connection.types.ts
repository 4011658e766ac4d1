import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a connection ends (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether another page follows: ask for it with after: endCursor.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge; null on an empty page.' })
  endCursor!: string | null;
}

export const CURSOR_DESCRIPTION = 'Pass it as after: to get the items that follow this one.';
