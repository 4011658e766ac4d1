/** The ready-made operations in examples/operations are valid against the schema and within its limits. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, validate } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { checkDocumentSize } from '../../../src/api/limits/limits.plugin';
import { MAX_COMPLEXITY } from '../../../src/api/limits/limits';
import { buildApiSchema } from '../../../src/api/schema';
import { PROJECT_ROOT } from '../../../src/config';

const DIRECTORY = path.join(PROJECT_ROOT, 'examples', 'operations');
const files = readdirSync(DIRECTORY).filter((name) => name.endsWith('.graphql'));

test('the four ready-made operations are there', () => {
  expect(files.sort()).toEqual([
    'entity-with-evidence.graphql',
    'path-between-entities.graphql',
    'search-entities.graphql',
    'who-sanctions-whom.graphql',
  ]);
});

test.each(files)('%s is valid, not too deep, within the cost budget', (file) => {
  const schema = buildApiSchema();
  const document = parse(readFileSync(path.join(DIRECTORY, file), 'utf8'));
  expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  expect(() => checkDocumentSize(document)).not.toThrow(); // depth, aliases, size
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const cost = getComplexity({
      schema,
      query: document,
      // Required variables, as a client would send them (the example values in each file's comment).
      variables: { id: 'person:alexander-lukashenko', from: 'a', to: 'b', query: 'Lukashenka' },
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
    expect(cost).toBeLessThanOrEqual(MAX_COMPLEXITY);
  }
});
