/**
 * The steps of one ingest transaction (writer.ts runs them in order). Each is one or two UNWIND
 * statements over the whole batch.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { factRows, mentionRows, type PreparedArticle } from './article-rows';
import { cypher } from './cypher';
import type { GraphDatabase } from './database';
import type { IngestStatus } from './ingest-types';
import { combineAttributes, type ArticleContribution, type Attributes } from './entity-state';
import { planResolution, type EntityMerge, type KnownEntity, type ResolutionPlan } from './resolution';
import { settleEntities } from './settle';

export type Run = <T extends Record<string, unknown>>(
  name: string,
  params: Record<string, unknown>,
) => Promise<T[]>;

/** Another transaction got there first (a key claimed, an entity deleted): roll back and start again. */
export class WriteConflict extends Error {
  override readonly name = 'WriteConflict';
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Creates new articles with their properties, locks existing ones; the status of each. */
export async function lockArticles(
  run: Run,
  batch: readonly PreparedArticle[],
  ingestedAt: string,
): Promise<Map<string, IngestStatus>> {
  const rows = await run<{ id: string; previousHash: string | null }>('lock-articles', {
    articles: batch.map((prepared) => articleRow(prepared, ingestedAt)),
  });
  const previous = new Map(rows.map((row) => [row.id, row.previousHash]));
  const statuses = new Map<string, IngestStatus>();
  for (const { article } of batch) {
    const hash = previous.get(article.id) ?? null;
    statuses.set(article.id, hash === null ? 'new' : hash === article.contentHash ? 'unchanged' : 'replaced');
  }
  return statuses;
}

export function articleRow(prepared: PreparedArticle, ingestedAt: string) {
  const { id, title, source, url, publishedAt, contentHash, text } = prepared.article;
  const listKey = articleListKey(publishedAt, id);
  return { id, properties: { title, source, url, publishedAt, ingestedAt, contentHash, text, listKey } };
}

/**
 * The sort key of Query.articles (newest first, the undated last): publishedAt or '', U+0001, the id.
 * Kept on the article and indexed, so a page is an index seek (read/articles-page.cypher);
 * write/backfill-article-list-keys.cypher gives older graphs the same.
 */
export function articleListKey(publishedAt: string | null | undefined, id: string): string {
  return `${publishedAt ?? ''}\u0001${id}`;
}

/** Statements of cypher/write/ by name, run in one transaction. */
export function runner(db: GraphDatabase, tx: ManagedTransaction): Run {
  return (name, params) => db.run(tx, cypher(`write/${name}`), params);
}

export interface Retraction {
  /** The entities the articles mentioned, sorted: what sweepRetracted() looks at afterwards. */
  readonly entityIds: string[];
  readonly relationsRemoved: number;
  /** The predicates of the facts removed, for refreshPredicateCounts(). */
  readonly predicates: string[];
}

/** Removes the facts and MENTIONS of articles (replaced or deleted); entities stay for now. */
export async function retract(run: Run, articleIds: readonly string[]): Promise<Retraction> {
  if (articleIds.length === 0) return { entityIds: [], relationsRemoved: 0, predicates: [] };
  const rows = await run<{ entityIds: string[]; relationsRemoved: number; predicates: string[] }>(
    'retract-articles',
    { articleIds },
  );
  return {
    entityIds: [...new Set(rows.flatMap((row) => row.entityIds))].sort(compare),
    relationsRemoved: rows.reduce((sum, row) => sum + row.relationsRemoved, 0),
    predicates: rows.flatMap((row) => row.predicates),
  };
}

/**
 * The last step of a write transaction that created, removed or moved facts: recounts the relations of
 * every predicate it touched (refresh-predicate-counts.cypher), so Query.predicates reads counts instead
 * of scanning every relationship. `mergedInto`: entities that merges moved facts onto (their predicates'
 * relations may have joined).
 */
export async function refreshPredicateCounts(
  run: Run,
  predicates: Iterable<string>,
  mergedInto: readonly string[] = [],
): Promise<void> {
  const touched = new Set(predicates);
  if (mergedInto.length > 0) {
    const [row] = await run<{ predicates: string[] }>('fact-predicates-of-entities', {
      entityIds: [...new Set(mergedInto)].sort(compare),
    });
    for (const predicate of row?.predicates ?? []) touched.add(predicate);
  }
  if (touched.size === 0) return;
  await run('refresh-predicate-counts', { predicates: [...touched].sort(compare) });
}

/**
 * After a retraction, once whatever replaces the articles is written: deletes the entities no article
 * mentions any more, then settles the others, those in `settle` (created, updated or merged into by this
 * transaction), and those in `mentioned` the articles add something to (settle.ts: name, aliases and
 * attributes from the articles, keys of forms no article gives dropped). Returns how many entities were
 * deleted.
 */
export async function sweepRetracted(
  run: Run,
  entityIds: readonly string[],
  settle: readonly string[] = [],
  mentioned: ReadonlyMap<string, readonly ArticleContribution[]> = new Map(),
): Promise<number> {
  const [orphans] =
    entityIds.length > 0 ? await run<{ removed: number }>('delete-orphans', { entityIds }) : [];
  await settleEntities(run, [...entityIds, ...settle], mentioned);
  return orphans?.removed ?? 0;
}

/** What each article of the batch said of each entity it links to, by entity id. */
export function contributionsByEntity(
  batch: readonly PreparedArticle[],
  resolution: ResolutionPlan,
): Map<string, ArticleContribution[]> {
  const entityIdOf = (ref: string) => resolution.entityIdByRef.get(ref) as string;
  const contributions = new Map<string, ArticleContribution[]>();
  for (const row of batch.flatMap((prepared) => mentionRows(prepared, entityIdOf))) {
    const contribution = {
      names: row.names,
      forms: row.forms,
      attributes: JSON.parse(row.attributes) as Attributes,
    };
    contributions.set(row.entityId, [...(contributions.get(row.entityId) ?? []), contribution]);
  }
  return contributions;
}

/**
 * Carries out the plan's merges (merge-entities.cypher), then joins the MENTIONS an article now has
 * twice to one entity. Returns the ids merged away.
 */
export async function mergeEntities(run: Run, merges: readonly EntityMerge[]): Promise<string[]> {
  if (merges.length === 0) return [];
  const rows = await run<{ from: string }>('merge-entities', { merges });
  if (rows.length !== merges.length) throw new WriteConflict('an entity to merge went away meanwhile');
  const duplicates = await run<{
    articleId: string;
    entityId: string;
    mentions: {
      spans: string[];
      forms?: string[];
      names?: string[];
      attributes?: string;
      speaker?: boolean | null;
    }[];
  }>('find-duplicate-mentions', { entityIds: [...new Set(merges.map((merge) => merge.into))].sort(compare) });
  if (duplicates.length === 0) return rows.map((row) => row.from);
  const mentions = duplicates.map(({ articleId, entityId, mentions: pooled }) => {
    const spans = [...new Set(pooled.flatMap((mention) => mention.spans))].sort(
      (a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]) || compare(a, b),
    );
    const union = (lists: (string[] | undefined)[]) =>
      [...new Set(lists.flatMap((list) => list ?? []))].sort(compare);
    return {
      articleId,
      entityId,
      count: spans.length,
      spans,
      forms: union(pooled.map((mention) => mention.forms)),
      names: union(pooled.map((mention) => mention.names)),
      attributes: JSON.stringify(
        combineAttributes(pooled.map((mention) => JSON.parse(mention.attributes ?? '{}') as Attributes)),
      ),
      // Unknown (a MENTIONS written before the flag) counts as a speaker: the rewrite then visits it.
      speaker: pooled.some((mention) => mention.speaker !== false),
    };
  });
  await run('merge-mentions', { mentions });
  return rows.map((row) => row.from);
}

type KeyRow = {
  key: string;
  entityId: string;
  name: string;
  type: string;
  aliases: string[] | null;
  attributes: [string, unknown][];
};

/** Who owns each key the candidates bring (a read: keys are claimed optimistically, see claim-keys). */
export async function findOwners(
  run: Run,
  batch: readonly PreparedArticle[],
): Promise<Map<string, KnownEntity | null>> {
  const keys = [...new Set(batch.flatMap((prepared) => prepared.candidates.flatMap((c) => c.keys)))].sort(
    compare,
  );
  const owners = new Map<string, KnownEntity | null>();
  if (keys.length === 0) return owners;
  for (const row of await run<KeyRow>('find-keys', { keys })) {
    const attributes = Object.fromEntries(row.attributes);
    owners.set(row.key, {
      id: row.entityId,
      name: row.name,
      type: row.type,
      aliases: row.aliases ?? [],
      attributes,
    });
  }
  return owners;
}

export function plan(
  batch: readonly PreparedArticle[],
  owners: Map<string, KnownEntity | null>,
): ResolutionPlan {
  return planResolution(
    batch.flatMap((prepared) => prepared.candidates),
    owners,
  );
}

/**
 * Everything the plan decided, sent at once (Bolt pipelines the statements; the server runs them in
 * order): entities created, updated and their keys claimed, replaced articles' properties, MENTIONS and
 * facts. Resolves to the counts per article, once every result has been checked.
 */
export async function writePlan(
  run: Run,
  batch: readonly PreparedArticle[],
  replaced: readonly PreparedArticle[],
  resolution: ResolutionPlan,
  ingestedAt: string,
): Promise<PlanWritten> {
  const entityIdOf = (ref: string) => resolution.entityIdByRef.get(ref) as string;
  // Sorted, so concurrent transactions lock shared entities in one order: fewer deadlocks to retry.
  const mentions = batch
    .flatMap((prepared) => mentionRows(prepared, entityIdOf))
    .sort((a, b) => compare(a.entityId, b.entityId));
  const facts = batch.flatMap((prepared) => factRows(prepared, entityIdOf));
  const updates = [...resolution.updates].sort((a, b) => compare(a.id, b.id));
  const claims = [...resolution.claims].sort((a, b) => compare(a.key, b.key));
  const articles = replaced.map((prepared) => articleRow(prepared, ingestedAt));
  const [existing] = await Promise.all([
    resolution.creates.length > 0
      ? run<{ matched: string[] }>('create-entities', { entities: resolution.creates }).then(
          ([row]) => row?.matched ?? [],
        )
      : [],
    expectRows(run, 'update-entities', { entities: updates }, updates.length),
    claims.length > 0
      ? run<{ key: string; owner: string }>('claim-keys', { claims }).then(noConflicts)
      : null,
    articles.length > 0 ? run('set-articles', { articles }) : null,
    expectRows(run, 'create-mentions', { mentions }, mentions.length),
    expectRows(run, 'create-facts', { facts }, facts.length),
    run('article-facts', { articles: factPredicatesByArticle(batch, facts) }),
  ]);
  return { counts: countsPerArticle(batch, mentions, facts), existing: new Set(existing) };
}

export interface PlanWritten {
  readonly counts: Map<string, { entities: number; relations: number }>;
  /** Entities the plan meant to create that were there already: values seen before, or a race lost. */
  readonly existing: ReadonlySet<string>;
}

function countsPerArticle(
  batch: readonly PreparedArticle[],
  mentions: readonly { articleId: string }[],
  facts: readonly { properties: { readonly articleId?: unknown } }[],
): Map<string, { entities: number; relations: number }> {
  const counts = new Map(batch.map(({ article }) => [article.id, { entities: 0, relations: 0 }]));
  for (const mention of mentions) {
    const count = counts.get(mention.articleId);
    if (count !== undefined) count.entities += 1;
  }
  for (const fact of facts) {
    const count = counts.get(String(fact.properties.articleId));
    if (count !== undefined) count.relations += 1;
  }
  return counts;
}

/** Each article's fact predicates, one per fact, sorted (article-facts.cypher: timelines read them). */
export function factPredicatesByArticle(
  batch: readonly PreparedArticle[],
  facts: readonly { predicate: string; properties: { readonly articleId?: unknown } }[],
): { id: string; predicates: string[] }[] {
  const predicates = new Map<string, string[]>(batch.map(({ article }) => [article.id, []]));
  for (const fact of facts) predicates.get(String(fact.properties.articleId))?.push(fact.predicate);
  return [...predicates].map(([id, list]) => ({ id, predicates: list.sort(compare) }));
}

function noConflicts(conflicts: { key: string; owner: string }[]): void {
  const [first] = conflicts;
  if (first !== undefined)
    throw new WriteConflict(`key "${first.key}" was claimed by ${first.owner} meanwhile`);
}

/** Fewer rows than sent: an entity was deleted by a concurrent retraction after it was found. */
async function expectRows(run: Run, name: string, params: Record<string, unknown>, expected: number) {
  if (expected === 0) return;
  const [row] = await run<Record<string, number>>(name, params);
  const actual = Object.values(row ?? {})[0] ?? 0;
  if (actual !== expected)
    throw new WriteConflict(`${name}: ${actual} of ${expected} rows; an entity went away`);
}

export function creationsByArticle(
  batch: readonly PreparedArticle[],
  plan: ResolutionPlan,
  existing: ReadonlySet<string>,
): Map<string, number> {
  const uncounted = new Set(plan.creates.map((row) => row.id).filter((id) => !existing.has(id)));
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
