/**
 * What the mutations need from the graph writer (src/graph/ingest.ts): ingest one article (extract, then
 * write idempotently) and delete one (retracting its facts). An interface, so tests can count calls.
 */
import type { GraphDatabase } from '../../graph/database';

export interface ArticleWriteInput {
  readonly id?: string;
  readonly title?: string;
  readonly text: string;
  readonly date?: string;
  readonly url?: string;
  readonly source?: string;
}

export interface IngestOutcomeValue {
  readonly articleId: string;
  readonly status: 'new' | 'unchanged' | 'replaced';
  readonly entities: number;
  readonly relations: number;
}

export interface DeleteOutcomeValue {
  readonly deleted: boolean;
  readonly relationsRemoved: number;
  readonly entitiesRemoved: number;
}

export interface ArticleWriter {
  ingestArticle(input: ArticleWriteInput): Promise<IngestOutcomeValue>;
  deleteArticle(id: string): Promise<DeleteOutcomeValue>;
}

/** The real writer on a database. */
export function graphArticleWriter(db: GraphDatabase): ArticleWriter {
  // Loaded on first use: the extractor's models are large and only mutations need them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = () => require('../../graph/ingest') as WriterModule;
  return {
    ingestArticle: async (input) => load().ingestArticle(db, input),
    deleteArticle: async (id) => load().deleteArticle(db, id),
  };
}

interface WriterModule {
  ingestArticle(db: GraphDatabase, input: ArticleWriteInput): Promise<IngestOutcomeValue>;
  deleteArticle(db: GraphDatabase, id: string): Promise<DeleteOutcomeValue>;
}
