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
  if (Array.isArray(value)) return value.map(toPlain);
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
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, child]) => [key, toPlain(child)]),
    );
  }
  return value;
}
