import { parse, type FragmentDefinitionNode, type OperationDefinitionNode, Kind } from 'graphql';
import { aliasCount, operationDepth } from '../../../src/api/limits/depth';

function depthOf(source: string): number {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  return operationDepth(operation!, fragments);
}

describe('operationDepth', () => {
  test('counts nested fields, through fragments and inline fragments', () => {
    expect(depthOf('{ a }')).toBe(1);
    expect(depthOf('{ a { b { c } } d }')).toBe(3);
    expect(depthOf('{ a { ...F } } fragment F on T { b { c { d } } }')).toBe(4);
    expect(depthOf('{ a { ... on T { b { c } } } }')).toBe(3);
  });

  test('leaves introspection out', () => {
    expect(
      depthOf(
        '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } a }',
      ),
    ).toBe(1);
  });

  test('does not loop on a fragment cycle (validation refuses those later)', () => {
    expect(depthOf('{ a { ...F } } fragment F on T { b { ...F } }')).toBe(2);
  });
});

test('aliasCount counts aliases in operations and fragments', () => {
  const document = parse('{ x: a y: a { z: b } ...F } fragment F on Q { w: a }');
  const sets = document.definitions.map((definition) => (definition as OperationDefinitionNode).selectionSet);
  expect(aliasCount(sets)).toBe(4);
});
