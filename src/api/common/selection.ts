/**
 * A small walker over a request's selection: the sub-fields a resolver's field asks for, through
 * fragments and inline fragments, with their arguments coerced as graphql-js would (variables, defaults).
 * Used to compile a nested selection into one Cypher statement before the resolvers below run.
 * @skip/@include are ignored: a field fetched and then skipped costs a little work, never a wrong answer.
 */
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

export interface SelectedField {
  readonly node: FieldNode;
  /** The object type the field belongs to, e.g. "Entity". */
  readonly parentType: string;
}

/** The fields named `name` directly under `fields` (whose type is `typeName`), fragments included. */
export function subfields(
  info: GraphQLResolveInfo,
  fields: readonly SelectedField[],
  typeName: string,
  name: string,
): SelectedField[] {
  const found: SelectedField[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined, depth: number) => {
    if (selectionSet === undefined || depth > 10) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push({ node: selection, parentType: typeName });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, depth + 1);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet, depth + 1);
      }
    }
  };
  for (const field of fields) visit(field.node.selectionSet, 0);
  return found;
}

/** Follows a path of field names ("edges", "node", …) from `fields`, each step in the type the previous gives. */
export function subfieldsAt(
  info: GraphQLResolveInfo,
  fields: readonly SelectedField[],
  path: readonly (readonly [typeName: string, field: string])[],
): SelectedField[] {
  let current = [...fields];
  for (const [typeName, field] of path) current = subfields(info, current, typeName, field);
  return current;
}

/** The field's arguments as its resolver would get them; null when they do not coerce (the resolver will say why). */
export function argumentsOf(info: GraphQLResolveInfo, field: SelectedField): Record<string, unknown> | null {
  const type = info.schema.getType(field.parentType);
  if (!isObjectType(type)) return null;
  const definition: GraphQLField<unknown, unknown> | undefined = type.getFields()[field.node.name.value];
  if (definition === undefined) return null;
  try {
    return getArgumentValues(definition, field.node, info.variableValues);
  } catch {
    return null;
  }
}

/** The resolver's own field, as the start of a walk. */
export function ownFields(info: GraphQLResolveInfo): SelectedField[] {
  return info.fieldNodes.map((node) => ({ node, parentType: info.parentType.name }));
}
