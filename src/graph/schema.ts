/**
 * Constraints and indexes from cypher/schema.cypher. Schema statements cannot share a transaction with
 * each other or with data writes, so each runs in its own; all are IF NOT EXISTS, so this is safe to run
 * at every start, also from two processes at once.
 */
import { int } from 'neo4j-driver';
import type { GraphDatabase } from './database';
import { cypher, statementsOf } from './cypher';
import { refreshPredicateCounts, runner } from './write-steps';

const INDEX_WAIT_SECONDS = 60;

/** Two processes creating the same constraint at once: the loser sees one of these; the schema is there. */
const ALREADY_THERE = /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/;

export async function applySchema(db: GraphDatabase): Promise<void> {
  for (const statement of statementsOf(cypher('schema'))) {
    try {
      await db.write(statement, {}, 'schema');
    } catch (error) {
      if (!ALREADY_THERE.test((error as { code?: string }).code ?? '')) throw error;
    }
  }
  // New indexes populate in the background; wait so the first search after start sees every entity.
  await db.read(cypher('write/await-indexes'), { seconds: INDEX_WAIT_SECONDS }, 'schema');
  await backfillAnalytics(db);
  await countUncountedPredicates(db);
}

/**
 * A graph written before the write path kept relation counts per predicate (PredicateCount) gets them
 * once, here; afterwards every write keeps them, and this finds nothing to do.
 */
async function countUncountedPredicates(db: GraphDatabase): Promise<void> {
  await db.writeTransaction(async (tx) => {
    const run = runner(db, tx);
    const [row] = await run<{ predicates: string[] }>('fact-predicates-in-use', {});
    await refreshPredicateCounts(run, row?.predicates ?? []);
  }, 'schema');
}

const BACKFILL_BATCH = 1000;

/**
 * A graph written before the write path kept the analysts' figures (entity-stats.cypher,
 * article-facts.cypher), the articles' listing keys and the facts' publication days gets them once;
 * later starts find nothing to do.
 * Batched, so a large graph is not one huge transaction.
 */
export async function backfillAnalytics(db: GraphDatabase): Promise<void> {
  const limit = int(BACKFILL_BATCH);
  for (;;) {
    const rows = await db.read<{ id: string }>(cypher('write/unstatted-entities'), { limit }, 'schema');
    if (rows.length === 0) break;
    await db.write(cypher('write/entity-stats'), { entityIds: rows.map((row) => row.id) }, 'schema');
  }
  await untilNoneUpdated(db, 'write/backfill-article-list-keys');
  await untilNoneUpdated(db, 'write/backfill-article-facts');
}

/** Runs a batched backfill statement (params $limit, column `updated`) until a batch updates nothing. */
async function untilNoneUpdated(db: GraphDatabase, statement: string): Promise<void> {
  for (;;) {
    const [row] = await db.write<{ updated: number }>(
      cypher(statement),
      { limit: int(BACKFILL_BATCH) },
      'schema',
    );
    if ((row?.updated ?? 0) === 0) break;
  }
}
