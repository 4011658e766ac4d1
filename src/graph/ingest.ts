/**
 * Ingest one article: check it, skip it when its text is unchanged, extract, then write it in ONE write
 * transaction (writer.ts). deleteArticle retracts an article with everything only it supported.
 */
import { AppError, ErrorCode } from '../errors';
import { checkArticle, checkedArticleId, type ArticleInput, type CheckedArticle } from './article-input';
import { prepareArticle, type PreparedArticle } from './article-rows';
import { cypher } from './cypher';
import type { GraphDatabase } from './database';
import { defaultExtractor, type Extractor } from './extractor';
import { refreshPredicateCounts, retract, runner, sweepRetracted } from './write-steps';
import { unchangedOutcome, writeArticles, type IngestOutcome, type IngestStatus } from './writer';

export type { ArticleInput } from './article-input';
export type { IngestOutcome, IngestStatus } from './writer';

export interface IngestOptions {
  /** Largest text accepted, in UTF-8 bytes; default 1,000,000 (Config.ingest.maxArticleBytes). */
  maxArticleBytes?: number;
  /** Check and extract, report what would be written, write nothing. */
  dryRun?: boolean;
  /** The extractor; default src/extract's extract(). Tests pass hand-made Extractions. */
  extract?: Extractor;
}

export async function ingestArticle(
  db: GraphDatabase,
  input: ArticleInput,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const article = checkArticle(input, options.maxArticleBytes, options.extract?.version);
  const storedHash = await storedContentHash(db, article.id);
  if (storedHash === article.contentHash) return unchangedOutcome(article.id);
  const prepared = await extractArticle(article, options.extract);
  if (options.dryRun === true) return plannedOutcome(prepared, storedHash === null ? 'new' : 'replaced');
  const [outcome] = await writeArticles(db, [prepared]);
  return outcome as IngestOutcome;
}

/** Checks and extracts: what the writer needs, without touching the database. */
export async function extractArticle(article: CheckedArticle, extract?: Extractor): Promise<PreparedArticle> {
  const extractor = extract ?? (await defaultExtractor());
  const extraction = await extractor(article.text, {
    id: article.id,
    ...(article.title === null ? {} : { title: article.title }),
    ...(article.publishedAt === null ? {} : { date: article.publishedAt }),
  });
  return prepareArticle(article, extraction);
}

export async function storedContentHash(db: GraphDatabase, id: string): Promise<string | null> {
  const [row] = await db.read<{ contentHash: string | null }>(cypher('write/article-hash'), { id }, 'ingest');
  return row?.contentHash ?? null;
}

/** A dry run counts what the extraction holds; resolution against the stored graph is not run. */
function plannedOutcome(prepared: PreparedArticle, status: IngestStatus): IngestOutcome {
  return {
    articleId: prepared.article.id,
    status,
    entities: prepared.candidates.length,
    relations: prepared.facts.length,
    skippedRelations: prepared.skippedRelations,
  };
}

export interface DeleteOutcome {
  deleted: boolean;
  relationsRemoved: number;
  entitiesRemoved: number;
}

/**
 * Removes the article, its MENTIONS and its facts, and every entity no article mentions any more, in one
 * transaction. Facts other articles support are theirs and stay.
 */
export async function deleteArticle(db: GraphDatabase, id: string): Promise<DeleteOutcome> {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'delete-article needs an article id');
  }
  id = checkedArticleId(id);
  return db.writeTransaction(async (tx) => {
    const run = runner(db, tx);
    const locked = await run('lock-article', { id });
    if (locked.length === 0) return { deleted: false, relationsRemoved: 0, entitiesRemoved: 0 };
    const { entityIds, relationsRemoved, predicates } = await retract(run, [id]);
    const [deleted] = await run<{ deleted: number }>('delete-article', { id });
    const entitiesRemoved = await sweepRetracted(run, entityIds);
    await refreshPredicateCounts(run, predicates);
    return { deleted: (deleted?.deleted ?? 0) > 0, relationsRemoved, entitiesRemoved };
  }, 'delete-article');
}
