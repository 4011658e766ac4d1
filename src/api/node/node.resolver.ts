import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../common/node.interface';
import type { ApiContext } from '../context';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'The Entity, Article or Relation with this id; null when there is none.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() { services }: ApiContext) {
    return services.nodes.node(id);
  }
}
