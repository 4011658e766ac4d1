/**
 * The write path: a batch of prepared articles in ONE managed write transaction, which the driver retries
 * on transient errors (deadlocks), and this module on a WriteConflict (another transaction claimed a key
 * or deleted an entity this one relied on), re-running everything from the start. Locks: articles first
 * (sorted by id), then entities; keys are claimed optimistically. Every statement UNWINDs a list
 * parameter; no value is ever part of the Cypher text. The steps: lock articles and read key owners,
 * retract replaced articles, write the resolution plan (entities, keys, MENTIONS, facts), merge the
 * entities an article showed to be one, delete orphans, settle every entity touched (settle.ts), and
 * recount the relations of the predicates touched (Query.predicates reads those counts):
 * what the graph holds is then a function of the set of articles, not of their order or timing.
 */
import { AppError, ErrorCode } from '../errors';
import type { PreparedArticle } from './article-rows';
import type { GraphDatabase } from './database';
import { unchangedOutcome, type IngestOutcome } from './ingest-types';
import {
  compare,
  contributionsByEntity,
  creationsByArticle,
  findOwners,
  lockArticles,
  mergeEntities,
  plan,
  refreshPredicateCounts,
  retract,
  runner,
  sweepRetracted,
  WriteConflict,
  writePlan,
  type Run,
} from './write-steps';

export type { IngestOutcome, IngestStatus } from './ingest-types';
export { unchangedOutcome } from './ingest-types';

const MAX_ATTEMPTS = 10;
/**
 * A node deleted by a concurrent transaction while this one waited for its lock, or an entity id taken by
 * a concurrent transaction (a new entity, or a rename: settle.ts) first.
 */
const CONCURRENTLY_DELETED =
  /EntityNotFound|has been deleted|Unable to load NODE|already exists with label `Entity`/;

export async function writeArticles(
  db: GraphDatabase,
  batch: readonly PreparedArticle[],
  now: () => Date = () => new Date(),
): Promise<IngestOutcome[]> {
  assertDistinctIds(batch);
  const sorted = [...batch].sort((a, b) => compare(a.article.id, b.article.id));
  for (let attempt = 1; ; attempt += 1) {
    try {
      const outcomes = await db.writeTransaction(
        (tx) => writeInTransaction(runner(db, tx), sorted, now()),
        'ingest',
      );
      const byId = new Map(outcomes.map((outcome) => [outcome.articleId, outcome]));
      return batch.map((prepared) => byId.get(prepared.article.id) as IngestOutcome);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

function isConflict(error: unknown): boolean {
  if (error instanceof WriteConflict) return true;
  const { code = '', message = '' } = error as { code?: string; message?: string };
  return CONCURRENTLY_DELETED.test(`${code} ${message}`);
}

async function writeInTransaction(
  run: Run,
  batch: readonly PreparedArticle[],
  now: Date,
): Promise<IngestOutcome[]> {
  const ingestedAt = now.toISOString();
  const [statuses, owners] = await Promise.all([
    lockArticles(run, batch, ingestedAt),
    findOwners(run, batch),
  ]);
  const changed = batch.filter(({ article }) => statuses.get(article.id) !== 'unchanged');
  if (changed.length === 0) return batch.map(({ article }) => unchangedOutcome(article.id));
  const replaced = changed.filter(({ article }) => statuses.get(article.id) === 'replaced');
  const retraction = await retract(
    run,
    replaced.map(({ article }) => article.id),
  );
  const resolution = plan(changed, owners);
  const { counts, existing } = await writePlan(run, changed, replaced, resolution, ingestedAt);
  await mergeEntities(run, resolution.merges);
  // Entities this transaction wrote to are settled in full; the others only when an article adds to them.
  const written = [
    ...resolution.creates.map((row) => row.id),
    ...resolution.updates.map((row) => row.id),
    ...resolution.merges.map((merge) => merge.into),
  ];
  await sweepRetracted(run, retraction.entityIds, written, contributionsByEntity(changed, resolution));
  await refreshPredicateCounts(
    run,
    [
      ...retraction.predicates,
      ...changed.flatMap((prepared) => prepared.facts.map((fact) => fact.predicate)),
    ],
    resolution.merges.map((merge) => merge.into),
  );
  const created = creationsByArticle(changed, resolution, existing);
  return batch.map(({ article, skippedRelations }) => {
    const status = statuses.get(article.id) ?? 'new';
    if (status === 'unchanged') return unchangedOutcome(article.id);
    const count = counts.get(article.id);
    return {
      articleId: article.id,
      status,
      entities: count?.entities ?? 0,
      relations: count?.relations ?? 0,
      entitiesCreated: created.get(article.id) ?? 0,
      skippedRelations,
    };
  });
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
