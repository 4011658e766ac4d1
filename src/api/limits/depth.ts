/**
 * How deeply an operation nests fields, counting through fragments. Introspection fields (`__schema`,
 * `__type`) are left out: tools' introspection queries nest type references deeper than any data query.
 */
import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export function operationDepth(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): number {
  return selectionDepth(operation.selectionSet, fragments, new Map(), new Set());
}

/** Each fragment's depth is computed once (memo): re-walking it at every spread is exponential. */
function selectionDepth(
  selectionSet: SelectionSetNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  memo: Map<string, number>,
  visiting: Set<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD: {
        if (selection.name.value.startsWith('__')) break;
        const below = selection.selectionSet
          ? selectionDepth(selection.selectionSet, fragments, memo, visiting)
          : 0;
        deepest = Math.max(deepest, 1 + below);
        break;
      }
      case Kind.INLINE_FRAGMENT:
        deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, memo, visiting));
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const known = memo.get(name);
        if (known !== undefined) {
          deepest = Math.max(deepest, known);
          break;
        }
        const fragment = fragments[name];
        // Validation refuses cycles and unknown fragments; guard anyway, this may run on any document.
        if (fragment === undefined || visiting.has(name)) break;
        visiting.add(name);
        const depth = selectionDepth(fragment.selectionSet, fragments, memo, visiting);
        visiting.delete(name);
        memo.set(name, depth);
        deepest = Math.max(deepest, depth);
        break;
      }
    }
  }
  return deepest;
}

/** Every alias in the document (operations and fragments): each can repeat an expensive field. */
export function aliasCount(selectionSets: readonly SelectionSetNode[]): number {
  let count = 0;
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && selection.alias) count += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) walk(selection.selectionSet);
    }
  };
  selectionSets.forEach(walk);
  return count;
}
