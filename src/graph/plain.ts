/**
 * Neo4j values as plain JSON-friendly objects: nodes and relationships become their properties (plus
 * labels or type), temporal values ISO strings, integers numbers (the driver runs with
 * disableLosslessIntegers, so integers above 2^53 would lose precision: our counts never get there).
 */
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
} from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Every row of every read passes here: strings, numbers and the driver's maps (plain objects) are
  // most of it, and asking each of them the nine questions below cost more than the rest of the walk.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainRecord(value as Record<string, unknown>);
  if (isInt(value)) return value.toNumber();
  if (isNode(value)) return { ...(toPlain(value.properties) as object), labels: value.labels };
  if (isRelationship(value)) return { ...(toPlain(value.properties) as object), type: value.type };
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  return plainRecord(value as Record<string, unknown>);
}

function plainRecord(value: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(value)) plain[key] = toPlain(value[key]);
  return plain;
}
