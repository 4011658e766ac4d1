/**
 * The one list of entity types. The extractor emits these, the graph writer turns each into a node
 * label (so Neo4j Browser colours entities by kind) and the GraphQL EntityType enum is built from it.
 */
export const ENTITY_TYPES = [
  'PERSON',
  'ORGANIZATION',
  'COUNTRY',
  'CITY',
  'LOCATION',
  'FACILITY',
  'EVENT',
  'DATE',
  'MONEY',
  'QUANTITY',
  'CONCEPT',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** Neo4j label for each type: PascalCase, as Neo4j's own style guide writes labels. */
export const ENTITY_LABELS: Readonly<Record<EntityType, string>> = Object.freeze({
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  CITY: 'City',
  LOCATION: 'Location',
  FACILITY: 'Facility',
  EVENT: 'Event',
  DATE: 'Date',
  MONEY: 'Money',
  QUANTITY: 'Quantity',
  CONCEPT: 'Concept',
});

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function labelOf(type: EntityType): string {
  return ENTITY_LABELS[type];
}
