/**
 * The CoNLL04 JSON record (the SpERT form of Roth & Yih 2004): one sentence as tokens, entities as token
 * spans (`end` exclusive), relations indexing into `entities`. Predictions are written in the same form.
 */
import { AppError, ErrorCode } from '../errors';

export const CONLL_ENTITY_TYPES = ['Peop', 'Org', 'Loc', 'Other'] as const;
export type ConllEntityType = (typeof CONLL_ENTITY_TYPES)[number];

export const CONLL_RELATION_TYPES = ['Work_For', 'Kill', 'OrgBased_In', 'Live_In', 'Located_In'] as const;
export type ConllRelationType = (typeof CONLL_RELATION_TYPES)[number];

export interface ConllEntity {
  readonly type: ConllEntityType;
  readonly start: number;
  readonly end: number;
}

export interface ConllRelation {
  readonly type: ConllRelationType;
  readonly head: number;
  readonly tail: number;
}

export interface ConllRecord {
  readonly tokens: readonly string[];
  readonly entities: readonly ConllEntity[];
  readonly relations: readonly ConllRelation[];
  readonly orig_id: number | string | null;
}

function invalid(origin: string, index: number, what: string): never {
  throw new AppError(ErrorCode.BAD_USER_INPUT, `${origin}: record ${index}: ${what}`);
}

function parseEntity(origin: string, index: number, value: unknown, tokenCount: number): ConllEntity {
  const entity = value as Partial<ConllEntity> | null;
  const ok =
    entity !== null &&
    typeof entity === 'object' &&
    (CONLL_ENTITY_TYPES as readonly string[]).includes(String(entity.type)) &&
    Number.isInteger(entity.start) &&
    Number.isInteger(entity.end) &&
    (entity.start as number) >= 0 &&
    (entity.start as number) < (entity.end as number) &&
    (entity.end as number) <= tokenCount;
  return ok ? (entity as ConllEntity) : invalid(origin, index, `bad entity ${JSON.stringify(value)}`);
}

function parseRelation(origin: string, index: number, value: unknown, entityCount: number): ConllRelation {
  const relation = value as Partial<ConllRelation> | null;
  const inRange = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < entityCount;
  const ok =
    relation !== null &&
    typeof relation === 'object' &&
    (CONLL_RELATION_TYPES as readonly string[]).includes(String(relation.type)) &&
    inRange(relation.head) &&
    inRange(relation.tail);
  return ok ? (relation as ConllRelation) : invalid(origin, index, `bad relation ${JSON.stringify(value)}`);
}

function parseRecord(origin: string, index: number, value: unknown): ConllRecord {
  const raw = value as Record<string, unknown> | null;
  if (raw === null || typeof raw !== 'object') return invalid(origin, index, 'not an object');
  const tokens = raw.tokens;
  if (!Array.isArray(tokens) || !tokens.every((token) => typeof token === 'string' && token !== '')) {
    return invalid(origin, index, 'tokens must be non-empty strings');
  }
  const entities = Array.isArray(raw.entities)
    ? raw.entities
    : invalid(origin, index, 'entities must be a list');
  const relations = Array.isArray(raw.relations)
    ? raw.relations
    : invalid(origin, index, 'relations must be a list');
  const origId = raw.orig_id;
  return {
    tokens: tokens as string[],
    entities: entities.map((entity) => parseEntity(origin, index, entity, tokens.length)),
    relations: relations.map((relation) => parseRelation(origin, index, relation, entities.length)),
    orig_id: typeof origId === 'number' || typeof origId === 'string' ? origId : null,
  };
}

export function parseConllRecords(value: unknown, origin: string): ConllRecord[] {
  if (!Array.isArray(value))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${origin}: expected a JSON list of records`);
  return value.map((record, index) => parseRecord(origin, index, record));
}
