import { registerEnumType } from 'type-graphql';
import { ENTITY_TYPES, type EntityType } from '../../vocabulary';

/** The GraphQL EntityType enum, built from the one vocabulary list (src/vocabulary/entity-types.ts). */
export const EntityTypeEnum = Object.freeze(
  Object.fromEntries(ENTITY_TYPES.map((type) => [type, type])) as { [K in EntityType]: K },
);

registerEnumType(EntityTypeEnum, {
  name: 'EntityType',
  description: 'What kind of thing an entity is (its Neo4j label).',
});
