/**
 * Which optional Entity properties a request reads, for the statements compiled from it (the entities
 * under entity-prefetch.ts, the hits of searchEntities).
 */
import {
  type DocumentNode,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { OPTIONAL_ENTITY_FIELDS, type OptionalEntityField } from '../../graph/read';

const entityFieldsCache = new WeakMap<OperationDefinitionNode, readonly OptionalEntityField[]>();

/**
 * The optional Entity properties any field of the whole operation reads, wherever an Entity appears in
 * it: a compiled statement projects only these, and the entities it primes answer the whole request.
 * Computed once per operation document (Apollo keeps parsed documents, so the same node comes back).
 */
export function entityFieldsOf(info: GraphQLResolveInfo): readonly OptionalEntityField[] {
  const cached = entityFieldsCache.get(info.operation);
  if (cached !== undefined) return cached;
  const asked = new Set<string>();
  const typeInfo = new TypeInfo(info.schema);
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [info.operation, ...Object.values(info.fragments)],
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (typeInfo.getParentType()?.name === 'Entity') asked.add(node.name.value);
      },
    }),
  );
  const fields = OPTIONAL_ENTITY_FIELDS.filter((field) => asked.has(field));
  entityFieldsCache.set(info.operation, fields);
  return fields;
}
