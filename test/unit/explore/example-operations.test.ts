/** The IDE tabs' operations: each opens with variables that let its first Send succeed. */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadExampleOperations, parseExampleOperation } from '../../../src/explore/example-operations';

describe('parseExampleOperation', () => {
  test('reads the name and the variables of the "# Variables:" line', () => {
    const operation = parseExampleOperation(
      'one.graphql',
      '# A note.\n# Variables: { "id": "person:x" }\nquery One($id: ID!) { entity(id: $id) { id } }\n',
    );
    expect(operation.name).toBe('One');
    expect(operation.variables).toEqual({ id: 'person:x' });
  });

  test('no "# Variables:" line: no variables', () => {
    expect(parseExampleOperation('two.graphql', 'query Two { entities { totalCount } }').variables).toEqual(
      {},
    );
  });

  test('a "# Variables:" line that is not one JSON object is an error, not a tab without variables', () => {
    expect(() =>
      parseExampleOperation(
        'three.graphql',
        '# Variables: { "id": "x" } (find ids elsewhere)\nquery T { a }',
      ),
    ).toThrow(/three\.graphql: the "# Variables:" line is not JSON/);
    expect(() => parseExampleOperation('four.graphql', '# Variables: [1]\nquery F { a }')).toThrow(
      /one JSON object/,
    );
  });
});

describe.each(loadExampleOperations().map((operation) => [operation.name, operation] as const))(
  'the example operation %s',
  (_name, operation) => {
    test('gives a value to every required variable without a default', () => {
      const definitions = parse(operation.document).definitions.filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      const required = definitions.flatMap((definition) =>
        (definition.variableDefinitions ?? [])
          .filter((variable) => variable.type.kind === Kind.NON_NULL_TYPE && !variable.defaultValue)
          .map((variable) => variable.variable.name.value),
      );
      for (const name of required) expect(operation.variables).toHaveProperty([name]);
    });
  },
);
