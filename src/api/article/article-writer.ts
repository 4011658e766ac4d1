/**
 * What the mutations need from the graph writer (src/graph/ingest.ts): ingest one article (extract, then
 * write idempotently) and delete one (retracting its facts). An interface, so tests can count calls.
 */
import type { GraphDatabase } from '../../graph/database';
import type { Extractor } from '../../graph/extractor';
import { deleteArticle, ingestArticle } from '../../graph/ingest';

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

/**
 * The real writer on a database. `extract` is the analyzer the server was started with (NEWSGRAPH_ANALYZER,
 * wired by the CLI); without one, the in-process fast extractor, whose model loads on the first ingest.
 */
export function graphArticleWriter(db: GraphDatabase, extract?: Extractor): ArticleWriter {
  return {
    ingestArticle: (input) => ingestArticle(db, input, extract === undefined ? {} : { extract }),
    deleteArticle: (id) => deleteArticle(db, id),
  };
}
