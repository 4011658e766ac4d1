import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../article/article.type';
import { connectionComplexity, listComplexity } from '../common/complexity';
import { sliceList } from '../common/list-slice';
import { orDefault } from '../common/validate';
import { PageArgs, pageSizeOf } from '../common/page.args';
import type { ApiContext } from '../context';
import { Entity } from '../entity/entity.type';
import { RelationWhere } from './relation.input';
import { Evidence, PredicateCount, Relation, RelationConnection } from './relation.type';

const DEFAULT_EVIDENCE_PAGE = 5;

@Resolver(() => Relation)
export class RelationResolver {
  @Query(() => RelationConnection, {
    complexity: connectionComplexity,
    description: 'Relations, filtered and paged, by predicate, subject id, object id.',
  })
  relations(
    @Arg('where', () => RelationWhere, { nullable: true }) where: RelationWhere | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { services }: ApiContext,
  ) {
    return services.relations.list(where, pageSizeOf(page), page.after);
  }

  @Query(() => [PredicateCount], { description: 'The predicates in use, most relations first.' })
  predicates(@Ctx() { services }: ApiContext): Promise<PredicateCount[]> {
    return services.relations.predicates();
  }

  @FieldResolver(() => [Evidence], {
    complexity: listComplexity(DEFAULT_EVIDENCE_PAGE),
    description:
      'The sentences that state it, in reading order (by article, sentence, offset): at most `first` ' +
      '(0 to 100) from `offset`; evidenceCount says how many there are.',
  })
  evidence(
    @Root() relation: Relation,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_EVIDENCE_PAGE }) first: number | null,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0 }) offset: number | null,
  ): Evidence[] {
    return sliceList(relation.evidence, orDefault(first, DEFAULT_EVIDENCE_PAGE), orDefault(offset, 0));
  }

  @FieldResolver(() => Int, { description: 'How many sentences state it, over all articles.' })
  evidenceCount(@Root() relation: Relation): number {
    return relation.evidence.length;
  }

  @FieldResolver(() => Entity)
  subject(@Root() relation: Relation, @Ctx() { services }: ApiContext): Entity | Promise<Entity> {
    return services.relations.subjectOf(relation);
  }

  @FieldResolver(() => Entity)
  object(@Root() relation: Relation, @Ctx() { services }: ApiContext): Entity | Promise<Entity> {
    return services.relations.objectOf(relation);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { description: 'The article the sentence is from.' })
  article(@Root() evidence: Evidence, @Ctx() { services }: ApiContext): Article | Promise<Article> {
    return services.articles.ofFact(evidence.articleId);
  }
}
