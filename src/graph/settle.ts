/**
 * The last step of every write (ingest, replace, delete): each entity the transaction touched gets the
 * name, aliases and attributes its articles' MENTIONS combine into (entity-state.ts), and loses the keys
 * of forms no article gives any more. Order-independent by construction: the result is a function of the
 * set of MENTIONS, read under the entity's lock.
 */
import type { AttributeValue } from '../extract/types';
import type { EntityType } from '../vocabulary';
import { entityIdFor, entityKeys } from './entity-keys';
import { compare, entityState, isSubsumed, type ArticleContribution, type Attributes } from './entity-state';
import { WriteConflict, type Run } from './write-steps';

type StoredRow = {
  entityId: string;
  type: EntityType;
  name: string;
  aliases: string[];
  attributes: [string, AttributeValue][];
};

type SettleRow = {
  entityId: string;
  type: EntityType;
  name: string;
  aliases: string[];
  attributes: [string, AttributeValue][];
  mentions: { names: string[] | null; forms: string[] | null; attributes: string | null }[];
};

/**
 * Settles the entities among `entityIds` that still exist, and those in `mentioned` (the entities this
 * transaction linked articles to, with what each article said) that the articles add something to.
 * Those in `mentioned` must exist: one that is gone was renamed or merged by a concurrent transaction
 * (the writer starts again).
 */
export async function settleEntities(
  run: Run,
  entityIds: readonly string[],
  mentioned: ReadonlyMap<string, readonly ArticleContribution[]> = new Map(),
): Promise<void> {
  const full = new Set(entityIds);
  const linked = [...mentioned.keys()].filter((id) => !full.has(id)).sort(compare);
  if (linked.length > 0) {
    const stored = await run<StoredRow>('lock-entities', { entityIds: linked });
    const found = new Set(stored.map((row) => row.entityId));
    const missing = linked.find((id) => !found.has(id));
    if (missing !== undefined) throw new WriteConflict(`entity ${missing} was renamed or merged meanwhile`);
    for (const row of stored) {
      const state = { name: row.name, aliases: row.aliases, attributes: Object.fromEntries(row.attributes) };
      const contributions = mentioned.get(row.entityId) ?? [];
      if (!contributions.every((contribution) => isSubsumed(row.type, state, contribution)))
        full.add(row.entityId);
    }
  }
  const ids = [...full].sort(compare);
  if (ids.length === 0) {
    await keepStats(run, linked);
    return;
  }
  const rows = await run<SettleRow>('settle-entities', { entityIds: ids });
  const settled = new Set(rows.map((row) => row.entityId));
  const gone = [...mentioned.keys()].find((id) => full.has(id) && !settled.has(id));
  if (gone !== undefined) throw new WriteConflict(`entity ${gone} was renamed or merged meanwhile`);
  const entities = [];
  const droppedKeys = [];
  const renames = [];
  for (const row of rows) {
    const state = entityState(
      row.type,
      row.mentions.map((mention) => contributionOf(mention, row)),
    );
    if (state === undefined) continue;
    const settledId = entityIdFor(row.type, state.name);
    if (settledId !== row.entityId) renames.push({ from: row.entityId, to: settledId });
    const stored = Object.fromEntries(row.attributes);
    const properties: Record<string, AttributeValue | null> = { ...state.attributes };
    for (const key of Object.keys(stored)) if (!(key in properties)) properties[key] = null;
    const unchanged =
      state.name === row.name &&
      JSON.stringify(state.aliases) === JSON.stringify(row.aliases) &&
      JSON.stringify(sortedEntries(stored)) === JSON.stringify(sortedEntries(state.attributes)) &&
      JSON.stringify(row.attributes.map(([key]) => key)) === JSON.stringify(Object.keys(state.attributes));
    if (!unchanged) {
      entities.push({
        id: row.entityId,
        name: state.name,
        aliases: state.aliases,
        properties,
        attributeKeys: Object.keys(state.attributes),
      });
    }
    const kept = new Set(entityKeys({ type: row.type, name: state.name, aliases: state.aliases }));
    for (const key of entityKeys({ type: row.type, name: row.name, aliases: row.aliases })) {
      if (!kept.has(key)) droppedKeys.push({ key, entityId: row.entityId });
    }
  }
  await Promise.all([
    entities.length > 0 ? run('set-entities', { entities }) : null,
    droppedKeys.length > 0 ? run('drop-keys', { keys: droppedKeys }) : null,
  ]);
  // Names are final here and the ids not yet renamed: every entity touched, settled in full or not.
  await keepStats(run, [...new Set([...ids, ...linked])].sort(compare));
  if (renames.length > 0) await run('rename-entities', { renames });
}

/** The figures the API sorts and filters entities by (entity-stats.cypher), from their MENTIONS. */
async function keepStats(run: Run, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length > 0) await run('entity-stats', { entityIds });
}

/** A MENTIONS written before articles kept their own view stands for the entity as it was stored. */
function contributionOf(mention: SettleRow['mentions'][number], row: SettleRow): ArticleContribution {
  return {
    names: mention.names ?? [row.name],
    forms: mention.forms ?? row.aliases,
    attributes:
      mention.attributes === null
        ? (Object.fromEntries(row.attributes) as Attributes)
        : (JSON.parse(mention.attributes) as Attributes),
  };
}

function sortedEntries(attributes: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(attributes).sort(([a], [b]) => compare(a, b));
}
