import type { Config } from '../../config';
import { hasReservedIdPrefix } from '../../graph/article-input';
import type { GraphReader } from '../../graph/read';
import { connectionOf, pageRequest, sliceOf, type ConnectionValue } from '../common/pagination';
import { optionalText } from '../common/validate';
import type { Entity } from '../entity/entity.type';
import { BadUserInputError, NotFoundError } from '../errors';
import type { Loaders } from '../loaders';
import type { Relation } from '../relation/relation.type';
import { toRelation } from '../values';
import type { ArticleInput } from './article.input';
import { type Article, type DeleteResult, type IngestResult, IngestStatus } from './article.type';
import type { IngestJobReport } from '../../ingest/queue/producer';
import type { ArticleQueue, ArticleWriteInput, ArticleWriter } from './article-writer';

const INGEST_STATUS = {
  new: IngestStatus.NEW,
  unchanged: IngestStatus.UNCHANGED,
  replaced: IngestStatus.REPLACED,
};

export class ArticleService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
    private readonly writer: ArticleWriter,
    private readonly config: Config,
  ) {}

  byId(id: string): Promise<Article | null> {
    return this.loaders.article.load(id);
  }

  /** The article of a fact: at once when a compiled statement read it (see PrimedLoader), else loaded. */
  ofFact(id: string): Article | Promise<Article> {
    return this.loaders.article.present(id, `article ${id} of a fact is gone`);
  }

  /** The text of an article read without it (see Article.text). */
  textOf(id: string): Promise<string> {
    return this.loaders.articleText.load(id);
  }

  async list(first: number, after: string | null | undefined): Promise<ConnectionValue<Article>> {
    const page = pageRequest('articles', first, after);
    const rows = await this.reader.articlesPage(sliceOf(page));
    return connectionOf(
      'articles',
      page,
      rows,
      (row) => row.key,
      (row) => this.loaders.article.load(row.id),
      () => this.reader.articlesCount(),
    );
  }

  async entitiesOf(
    article: Article,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionValue<Entity>> {
    const page = pageRequest('article-entities', first, after);
    const { items, totalCount } = await this.loaders.articleEntities.load({
      parentId: article.id,
      args: null,
      slice: sliceOf(page),
    });
    return connectionOf(
      'article-entities',
      page,
      items,
      (row) => row.key,
      (row) => this.loaders.entity.load(row.id),
      totalCount,
    );
  }

  async relationsOf(
    article: Article,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionValue<Relation>> {
    const page = pageRequest('relations', first, after);
    const { items, totalCount } = await this.loaders.articleRelations.load({
      parentId: article.id,
      args: null,
      slice: sliceOf(page),
    });
    return connectionOf('relations', page, items, (row) => row.key, toRelation, totalCount);
  }

  async ingest(input: ArticleInput): Promise<IngestResult> {
    const outcome = await this.writer.ingestArticle(this.validate(input));
    this.loaders.article.clear(outcome.articleId);
    this.loaders.articleText.clear(outcome.articleId);
    return {
      articleId: outcome.articleId,
      status: INGEST_STATUS[outcome.status],
      entities: outcome.entities,
      relations: outcome.relations,
    };
  }

  /** Enqueues the article for a worker (the server's queue, NEWSGRAPH_REDIS_URL); returns at once. */
  async enqueue(input: ArticleInput): Promise<IngestResult> {
    const queue = this.requireQueue();
    const queued = await queue.enqueue(this.validate(input));
    return {
      articleId: queued.articleId,
      status: IngestStatus.QUEUED,
      entities: 0,
      relations: 0,
      jobId: queued.jobId,
    };
  }

  /** An ingest job's report; null when the queue knows no such job. */
  async job(id: string): Promise<IngestJobReport | null> {
    const jobId = optionalText(id, 'id', 200);
    if (jobId === null) throw new BadUserInputError('"id" must not be empty.', 'id');
    return this.requireQueue().job(jobId);
  }

  private requireQueue(): ArticleQueue {
    if (this.writer.queue === undefined) {
      throw new BadUserInputError(
        'This server has no ingest queue (NEWSGRAPH_REDIS_URL is unset): ingest without async.',
        'async',
      );
    }
    return this.writer.queue;
  }

  async delete(id: string): Promise<DeleteResult> {
    const articleId = optionalText(id, 'id', 500);
    if (articleId === null) throw new BadUserInputError('"id" must not be empty.', 'id');
    const outcome = await this.writer.deleteArticle(articleId);
    if (!outcome.deleted) throw new NotFoundError(`No article has the id "${articleId}".`);
    this.loaders.article.clear(articleId);
    this.loaders.articleText.clear(articleId);
    return { articleId, ...outcome };
  }

  private validate(input: ArticleInput): ArticleWriteInput {
    const maxBytes = this.config.ingest.maxArticleBytes;
    if (input.text.trim() === '') throw new BadUserInputError('"input.text" is empty.', 'input.text');
    const bytes = Buffer.byteLength(input.text, 'utf8');
    if (bytes > maxBytes) {
      throw new BadUserInputError(
        `"input.text" is ${bytes} bytes; the limit is ${maxBytes} (NEWSGRAPH_MAX_ARTICLE_BYTES).`,
        'input.text',
      );
    }
    const id = optionalText(input.id, 'input.id', 200);
    if (id !== null && hasReservedIdPrefix(id)) {
      throw new BadUserInputError(
        `"input.id" must not start with an entity type or "rel:" (got "${id}"): those prefixes name entities and relations.`,
        'input.id',
      );
    }
    const date = optionalText(input.date, 'input.date', 10);
    if (date !== null && !isIsoDate(date)) {
      throw new BadUserInputError(`"input.date" must be a date as YYYY-MM-DD, got "${date}".`, 'input.date');
    }
    const url = optionalText(input.url, 'input.url', 2000);
    if (url !== null && !/^https?:\/\/\S+$/i.test(url)) {
      throw new BadUserInputError(`"input.url" must be an http(s) URL, got "${url}".`, 'input.url');
    }
    return withoutNulls({
      id,
      title: optionalText(input.title, 'input.title', 1000),
      text: input.text,
      date,
      url,
      source: optionalText(input.source, 'input.source', 200),
    });
  }
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function withoutNulls(input: { text: string } & Record<string, string | null>): ArticleWriteInput {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null),
  ) as unknown as ArticleWriteInput;
}
