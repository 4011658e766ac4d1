/**
 * The write path: a batch of prepared articles in ONE managed write transaction (the driver retries it on
 * transient errors such as deadlocks, re-running everything below from the start). Order of locks:
 * articles, then keys, then entities, each sorted, so concurrent batches rarely deadlock and never lose a
 * write. Every statement UNWINDs a list parameter; no value is ever part of the Cypher text.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors';
import { factRows, mentionRows, type PreparedArticle } from './article-rows';
import { cypher } from './cypher';
import type { GraphDatabase } from './database';
import { planResolution, type KnownEntity, type ResolutionPlan } from './resolution';

export type IngestStatus = 'new' | 'unchanged' | 'replaced';

export interface IngestOutcome {
  articleId: string;
  status: IngestStatus;
  /** Entities the article links to (its MENTIONS); 0 when unchanged. */
  entities: number;
  /** Fact relationships written for the article; 0 when unchanged. */
  relations: number;
  /** Entity nodes this article created (the others joined existing ones). */
  entitiesCreated?: number;
  /** Extracted relations left out: an invalid predicate or no evidence. */
  skippedRelations?: number;
}

type Run = <T extends Record<string, unknown>>(name: string, params: Record<string, unknown>) => Promise<T[]>;

export async function writeArticles(
  db: GraphDatabase,
  batch: readonly PreparedArticle[],
  now: () => Date = () => new Date(),
): Promise<IngestOutcome[]> {
  assertDistinctIds(batch);
  const sorted = [...batch].sort((a, b) => compare(a.article.id, b.article.id));
  const outcomes = await db.writeTransaction(
    (tx) => writeInTransaction(runner(db, tx), sorted, now()),
    'ingest',
  );
  const byId = new Map(outcomes.map((outcome) => [outcome.articleId, outcome]));
  return batch.map((prepared) => byId.get(prepared.article.id) as IngestOutcome);
}

export function unchangedOutcome(articleId: string): IngestOutcome {
  return {
    articleId,
    status: 'unchanged',
    entities: 0,
    relations: 0,
    entitiesCreated: 0,
    skippedRelations: 0,
  };
}

function runner(db: GraphDatabase, tx: ManagedTransaction): Run {
  return (name, params) => db.run(tx, cypher(`write/${name}`), params);
}

async function writeInTransaction(
  run: Run,
  batch: readonly PreparedArticle[],
  now: Date,
): Promise<IngestOutcome[]> {
  const locked = await run<{ id: string; previousHash: string | null }>('lock-articles', {
    articles: batch.map((prepared) => ({ id: prepared.article.id })),
  });
  const previous = new Map(locked.map((row) => [row.id, row.previousHash]));
  const statusOf = (prepared: PreparedArticle): IngestStatus => {
    const hash = previous.get(prepared.article.id) ?? null;
    if (hash === null) return 'new';
    return hash === prepared.article.contentHash ? 'unchanged' : 'replaced';
  };
  const changed = batch.filter((prepared) => statusOf(prepared) !== 'unchanged');
  if (changed.length === 0) return batch.map((prepared) => unchangedOutcome(prepared.article.id));
  const replaced = changed.filter((prepared) => statusOf(prepared) === 'replaced');
  const retracted = await retract(
    run,
    replaced.map((prepared) => prepared.article.id),
  );
  const plan = await resolve(run, changed);
  const entityIdOf = (ref: string) => plan.entityIdByRef.get(ref) as string;
  const counts = await writeLinks(run, changed, entityIdOf, now);
  if (retracted.length > 0) await run('delete-orphans', { entityIds: retracted });
  const created = creationsByArticle(changed, plan);
  return batch.map((prepared) => {
    const status = statusOf(prepared);
    const count = counts.get(prepared.article.id);
    return {
      articleId: prepared.article.id,
      status,
      entities: count?.entities ?? 0,
      relations: count?.relations ?? 0,
      entitiesCreated: created.get(prepared.article.id) ?? 0,
      skippedRelations: status === 'unchanged' ? 0 : prepared.skippedRelations,
    };
  });
}

/** Removes the facts and MENTIONS of replaced articles; returns the entities they mentioned. */
async function retract(run: Run, articleIds: readonly string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const rows = await run<{ entityIds: string[] }>('retract-articles', { articleIds });
  return [...new Set(rows.flatMap((row) => row.entityIds))].sort(compare);
}

async function resolve(run: Run, batch: readonly PreparedArticle[]): Promise<ResolutionPlan> {
  const candidates = batch.flatMap((prepared) => prepared.candidates);
  const keys = [...new Set(candidates.flatMap((candidate) => candidate.keys))].sort(compare);
  const owners = new Map<string, KnownEntity | null>();
  if (keys.length > 0) {
    const rows = await run<{ key: string; entityId: string | null; name: string; type: string }>(
      'lock-keys',
      { keys },
    );
    for (const row of rows) {
      owners.set(
        row.key,
        row.entityId === null ? null : { id: row.entityId, name: row.name, type: row.type },
      );
    }
  }
  const plan = planResolution(candidates, owners);
  if (plan.creates.length > 0) await run('create-entities', { entities: plan.creates });
  if (plan.updates.length > 0) await run('update-entities', { entities: byId(plan.updates) });
  if (plan.claims.length > 0) await run('claim-keys', { claims: plan.claims });
  return plan;
}

async function writeLinks(
  run: Run,
  batch: readonly PreparedArticle[],
  entityIdOf: (ref: string) => string,
  now: Date,
): Promise<Map<string, { entities: number; relations: number }>> {
  const counts = new Map<string, { entities: number; relations: number }>();
  const mentions = batch.flatMap((prepared) => mentionRows(prepared, entityIdOf));
  const facts = batch.flatMap((prepared) => {
    const rows = factRows(prepared, entityIdOf);
    counts.set(prepared.article.id, { entities: 0, relations: rows.length });
    return rows;
  });
  for (const mention of mentions) {
    const count = counts.get(mention.articleId);
    if (count !== undefined) count.entities += 1;
  }
  const ingestedAt = now.toISOString();
  await run('set-articles', { articles: batch.map((prepared) => articleRow(prepared, ingestedAt)) });
  // Sorted, so concurrent transactions lock shared entities in one order: fewer deadlocks to retry.
  mentions.sort((a, b) => compare(a.entityId, b.entityId));
  if (mentions.length > 0) await run('create-mentions', { mentions });
  if (facts.length > 0) await run('create-facts', { facts });
  return counts;
}

function articleRow(prepared: PreparedArticle, ingestedAt: string) {
  const { id, title, source, url, publishedAt, contentHash, text } = prepared.article;
  return { id, properties: { title, source, url, publishedAt, ingestedAt, contentHash, text } };
}

/** Each entity created is counted for the first article of the batch that named it. */
function creationsByArticle(batch: readonly PreparedArticle[], plan: ResolutionPlan): Map<string, number> {
  const uncounted = new Set(plan.creates.map((row) => row.id));
  const counts = new Map<string, number>();
  for (const prepared of batch) {
    for (const candidate of prepared.candidates) {
      const id = plan.entityIdByRef.get(candidate.ref);
      if (id === undefined || !uncounted.delete(id)) continue;
      counts.set(prepared.article.id, (counts.get(prepared.article.id) ?? 0) + 1);
    }
  }
  return counts;
}

function assertDistinctIds(batch: readonly PreparedArticle[]): void {
  const seen = new Set<string>();
  for (const { article } of batch) {
    if (seen.has(article.id)) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `article id "${article.id}" appears twice in one batch`);
    }
    seen.add(article.id);
  }
}

function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
