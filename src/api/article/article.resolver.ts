import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionComplexity, textComplexity } from '../common/complexity';
import { sliceText } from '../common/list-slice';
import { orDefault } from '../common/validate';
import { PageArgs, pageSizeOf } from '../common/page.args';
import type { ApiContext } from '../context';
import { EntityConnection } from '../entity/entity.type';
import { RelationConnection } from '../relation/relation.type';
import { ArticleInput } from './article.input';
import { Article, ArticleConnection, DeleteResult, IngestResult, IngestStatus } from './article.type';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'The article with this id; null when there is none.' })
  article(@Arg('id', () => ID) id: string, @Ctx() { services }: ApiContext): Promise<Article | null> {
    return services.articles.byId(id);
  }

  @FieldResolver(() => String, {
    complexity: textComplexity,
    description:
      'The text; evidence offsets point into it. Whole by default; `offset` and `maxLength` (UTF-16 code ' +
      'units) ask for a part, and a smaller maxLength makes the query cost less.',
  })
  async text(
    @Root() article: Article,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0 }) offset: number | null,
    @Arg('maxLength', () => Int, { nullable: true }) maxLength: number | null,
    @Ctx() { services }: ApiContext,
  ): Promise<string> {
    const text = article.text ?? (await services.articles.textOf(article.id));
    return sliceText(text, orDefault(offset, 0), maxLength ?? null);
  }

  @Query(() => ArticleConnection, {
    complexity: connectionComplexity,
    description: 'Articles, newest first.',
  })
  articles(@Args(() => PageArgs) page: PageArgs, @Ctx() { services }: ApiContext) {
    return services.articles.list(pageSizeOf(page), page.after);
  }

  @FieldResolver(() => EntityConnection, {
    complexity: connectionComplexity,
    description: 'Entities the article mentions, by name.',
  })
  entities(@Root() article: Article, @Args(() => PageArgs) page: PageArgs, @Ctx() { services }: ApiContext) {
    return services.articles.entitiesOf(article, pageSizeOf(page), page.after);
  }

  @FieldResolver(() => RelationConnection, {
    complexity: connectionComplexity,
    description:
      'Relations with evidence in this article (their evidence from every article, a page at a time).',
  })
  relations(@Root() article: Article, @Args(() => PageArgs) page: PageArgs, @Ctx() { services }: ApiContext) {
    return services.articles.relationsOf(article, pageSizeOf(page), page.after);
  }

  @Authorized()
  @Mutation(() => IngestResult, {
    complexity: 50,
    description:
      'Extracts entities and facts from the article and adds them to the graph. Idempotent: the same ' +
      'article again (same text, metadata and extractor version) changes nothing. Needs Authorization: Bearer <NEWSGRAPH_API_KEY>.',
  })
  ingestArticle(
    @Arg('input', () => ArticleInput) input: ArticleInput,
    @Arg('async', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        'Enqueue the article for a worker and return at once (status QUEUED, a jobId for ingestJob). Needs a server with an ingest queue (NEWSGRAPH_REDIS_URL).',
    })
    queued: boolean | null,
    @Ctx() { services }: ApiContext,
  ) {
    return queued === true ? services.articles.enqueue(input) : services.articles.ingest(input);
  }

  @Authorized()
  @Mutation(() => DeleteResult, {
    complexity: 50,
    description:
      'Deletes the article and retracts the facts read from it (entities no other article mentions go ' +
      'too). NOT_FOUND when there is no such article. Needs Authorization: Bearer <NEWSGRAPH_API_KEY>.',
  })
  deleteArticle(@Arg('id', () => ID) id: string, @Ctx() { services }: ApiContext) {
    return services.articles.delete(id);
  }
}

@Resolver(() => IngestResult)
export class IngestResultResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The article as stored.' })
  article(@Root() result: IngestResult, @Ctx() { services }: ApiContext): Promise<Article | null> {
    if (result.status === IngestStatus.QUEUED) return Promise.resolve(null); // not written yet
    return services.articles.byId(result.articleId);
  }
}
