/**
 * Cross-article resolution, as a pure function. The writer locks every key the batch needs, reads which
 * entity owns each, and asks planResolution what to create, what to update and which keys to claim.
 *
 * An entity joins an existing one when one of its keys (normalized name or alias, within a type family)
 * is owned by it and the two are compatible. The guards, as in the extractor: types of different
 * families never merge (the family is part of the key), a person's first name is never a key, and two
 * persons with full names merge only when first and last names agree and so do middle names when both
 * have one (George W. Bush and George H. W. Bush share the key "bush" but stay two people: the key stays
 * with its first owner).
 */
import type { AttributeValue } from '../extract/types';
import type { EntityType } from '../vocabulary';
import { entityIdFor, nameTokens } from './entity-keys';

export interface EntityCandidate {
  /** Unique in the batch: "<articleId>/<extracted entity id>". */
  readonly ref: string;
  readonly type: EntityType;
  readonly label: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** From entityKeys(): the name's key first. */
  readonly keys: readonly string[];
}

/** An entity as the key lookup returns it. */
export interface KnownEntity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  /** Stored aliases and attributes: an update that would add nothing is left out. */
  readonly aliases?: readonly string[];
  readonly attributes?: Readonly<Record<string, unknown>>;
}

export interface EntityCreateRow {
  id: string;
  label: string;
  type: EntityType;
  name: string;
  aliases: string[];
  attributes: Record<string, AttributeValue>;
  attributeKeys: string[];
}

/** Applied atomically in Cypher: aliases are added to the stored ones, attributes overwrite. */
export interface EntityUpdateRow {
  id: string;
  /** A fuller name for a person known so far by one word ("Blinken" becomes "Anthony Blinken"). */
  rename: string | null;
  /** Forms to add to the aliases; the name is taken out in Cypher. */
  aliases: string[];
  attributes: Record<string, AttributeValue>;
}

export interface KeyClaim {
  readonly key: string;
  readonly entityId: string;
}

/** Two stored entities one candidate showed to be one: `from` is merged into `into`. */
export interface EntityMerge {
  readonly from: string;
  readonly into: string;
}

export interface ResolutionPlan {
  readonly entityIdByRef: ReadonlyMap<string, string>;
  readonly creates: readonly EntityCreateRow[];
  readonly updates: readonly EntityUpdateRow[];
  readonly claims: readonly KeyClaim[];
  readonly merges: readonly EntityMerge[];
}

interface Target {
  id: string;
  name: string;
  type: string;
  /** The name and aliases it has, stored or about to be. */
  forms: Set<string>;
  attributes: Record<string, unknown>;
}

export function planResolution(
  candidates: readonly EntityCandidate[],
  owners: ReadonlyMap<string, KnownEntity | null>,
): ResolutionPlan {
  const known = targetsOf(owners);
  const stored = new Set([...known.values()].map((target) => target.id));
  const entityIdByRef = new Map<string, string>();
  const creates = new Map<string, { target: Target; row: EntityCreateRow }>();
  const updates = new Map<string, EntityUpdateRow>();
  const claims: KeyClaim[] = [];
  const mergedInto = new Map<string, Target>();
  const current = (target: Target): Target => {
    let found = target;
    while (mergedInto.has(found.id)) found = mergedInto.get(found.id) as Target;
    return found;
  };

  for (const candidate of candidates) {
    const matches = findMatches(candidate, known).map(current);
    const match = matches[0];
    // An entity that is no person may be known by two stored entities (its name's and an alias's):
    // they are one, whichever came first. Persons are left alone: a surname may name two people.
    for (const other of matches.slice(1)) {
      const mergeable = candidate.type !== 'PERSON' && match !== undefined && other.id !== match.id;
      if (!mergeable || !stored.has(other.id) || !stored.has(match.id)) continue;
      mergedInto.set(other.id, match);
      other.forms.forEach((form) => match.forms.add(form));
    }
    const id = match?.id ?? entityIdFor(candidate.type, candidate.name);
    const created = creates.get(id);
    let target: Target;
    if (created !== undefined) {
      target = created.target;
      mergeIntoCreate(created.row, target, candidate);
    } else if (match !== undefined) {
      target = match;
      mergeIntoUpdate(updates, target, candidate);
    } else {
      target = { id, name: candidate.name, type: candidate.type, forms: new Set(), attributes: {} };
      creates.set(id, { target, row: createRow(candidate, id) });
    }
    entityIdByRef.set(candidate.ref, target.id);
    for (const key of candidate.keys) {
      if (known.has(key)) continue;
      known.set(key, target);
      claims.push({ key, entityId: target.id });
    }
  }
  for (const [ref, id] of entityIdByRef) {
    const merged = mergedInto.get(id);
    if (merged !== undefined) entityIdByRef.set(ref, current(merged).id);
  }
  return {
    entityIdByRef,
    creates: [...creates.values()].map(({ row }) => row),
    updates: [...updates.values()],
    claims,
    merges: [...mergedInto].map(([from, into]) => ({ from, into: current(into).id })),
  };
}

/** One Target per entity, shared by all its keys, so a rename is seen through every key. */
function targetsOf(owners: ReadonlyMap<string, KnownEntity | null>): Map<string, Target> {
  const byId = new Map<string, Target>();
  const known = new Map<string, Target>();
  for (const [key, owner] of owners) {
    if (owner === null) continue;
    const target = byId.get(owner.id) ?? {
      id: owner.id,
      name: owner.name,
      type: owner.type,
      forms: new Set([owner.name, ...(owner.aliases ?? [])]),
      attributes: { ...(owner.attributes ?? {}) },
    };
    byId.set(owner.id, target);
    known.set(key, target);
  }
  return known;
}

/** The compatible owners of the candidate's keys, its name's first, each once. */
function findMatches(candidate: EntityCandidate, known: ReadonlyMap<string, Target>): Target[] {
  const owners = candidate.keys
    .map((key, index) => ({ owner: known.get(key), primary: index === 0 }))
    .filter(({ owner, primary }) => owner !== undefined && compatible(candidate, owner, primary))
    .map(({ owner }) => owner as Target);
  return [...new Set(owners)];
}

/** The name's key always matches; an alias's key, for persons, only when the full names agree. */
export function compatible(candidate: EntityCandidate, owner: KnownEntity, primaryKey: boolean): boolean {
  if (primaryKey || candidate.type !== 'PERSON') return true;
  const mine = nameTokens(candidate.name);
  const theirs = nameTokens(owner.name);
  if (mine.length < 2 || theirs.length < 2) return true;
  const middle = (tokens: string[]) => tokens.slice(1, -1).join(' ');
  const middles = [middle(mine), middle(theirs)];
  const middlesAgree = middles[0] === middles[1] || middles.includes('');
  return mine[0] === theirs[0] && mine[mine.length - 1] === theirs[theirs.length - 1] && middlesAgree;
}

/** A person known by one word takes the first full name it is matched with. */
function renameFor(target: Target, candidate: EntityCandidate): string | null {
  const fuller = nameTokens(candidate.name).length > 1 && nameTokens(target.name).length === 1;
  return candidate.type === 'PERSON' && target.type === 'PERSON' && fuller ? candidate.name : null;
}

function createRow(candidate: EntityCandidate, id: string): EntityCreateRow {
  const attributes = { ...candidate.attributes };
  return {
    id,
    label: candidate.label,
    type: candidate.type,
    name: candidate.name,
    aliases: withoutName(candidate.name, candidate.aliases),
    attributes,
    attributeKeys: Object.keys(attributes),
  };
}

function mergeIntoCreate(row: EntityCreateRow, target: Target, candidate: EntityCandidate): void {
  const rename = renameFor(target, candidate);
  if (rename !== null) {
    row.name = rename;
    target.name = rename;
  }
  row.aliases = withoutName(row.name, [...row.aliases, candidate.name, ...candidate.aliases]);
  Object.assign(row.attributes, candidate.attributes);
  row.attributeKeys = Object.keys(row.attributes);
}

/** Queues only what the entity lacks: most mentions of a known entity change nothing. */
function mergeIntoUpdate(updates: Map<string, EntityUpdateRow>, target: Target, candidate: EntityCandidate) {
  const row = updates.get(target.id) ?? { id: target.id, rename: null, aliases: [], attributes: {} };
  const rename = renameFor(target, candidate);
  if (rename !== null) {
    row.rename = rename;
    target.name = rename;
  }
  const forms = [candidate.name, ...candidate.aliases].filter((form) => !target.forms.has(form));
  forms.forEach((form) => target.forms.add(form));
  row.aliases = unique([...row.aliases, ...forms]);
  for (const [key, value] of Object.entries(candidate.attributes)) {
    if (JSON.stringify(target.attributes[key]) === JSON.stringify(value)) continue;
    target.attributes[key] = value;
    row.attributes[key] = value;
  }
  const changes = row.rename !== null || row.aliases.length > 0 || Object.keys(row.attributes).length > 0;
  if (changes) updates.set(target.id, row);
}

function withoutName(name: string, forms: readonly string[]): string[] {
  return unique(forms.filter((form) => form !== name));
}

function unique(forms: readonly string[]): string[] {
  return [...new Set(forms)];
}
