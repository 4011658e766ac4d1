import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { fixedListComplexity } from '../common/complexity';
import { orDefault } from '../common/validate';
import type { ApiContext } from '../context';
import { MAX_PATH_HOPS } from '../limits/limits';
import { Relation } from '../relation/relation.type';

const DEFAULT_HOPS = 4;

@Resolver()
export class PathResolver {
  @Query(() => [Relation], {
    complexity: fixedListComplexity(MAX_PATH_HOPS),
    description:
      'The relations along the shortest chain of facts between two entities (each fact in either ' +
      `direction), in order from "from"; empty when there is none within maxHops (1 to ${MAX_PATH_HOPS}). ` +
      'NOT_FOUND when either entity does not exist.',
  })
  path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: DEFAULT_HOPS }) maxHops: number | null,
    @Ctx() { services }: ApiContext,
  ): Promise<Relation[]> {
    return services.paths.path(from, to, orDefault(maxHops, DEFAULT_HOPS));
  }
}
