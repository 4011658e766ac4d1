import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { listComplexity } from '../common/complexity';
import { orDefault } from '../common/validate';
import type { ApiContext } from '../context';
import { EntitySearchHit } from './search.type';

const DEFAULT_HITS = 10;

@Resolver()
export class SearchResolver {
  @Query(() => [EntitySearchHit], {
    complexity: listComplexity(DEFAULT_HITS),
    description:
      'Full-text search over entity names and aliases, typo-tolerant ("Lukashenka" finds Lukashenko, ' +
      '"Kiev" finds Kyiv), best first. Any text is safe: only its words are searched.',
  })
  searchEntities(
    @Arg('query') query: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_HITS }) first: number | null,
    @Ctx() { services }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntitySearchHit[]> {
    return services.search.searchEntities(query, orDefault(first, DEFAULT_HITS), info);
  }
}
