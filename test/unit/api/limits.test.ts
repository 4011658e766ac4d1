import { parse } from 'graphql';
import { checkComplexity } from '../../../src/api/limits/limits.plugin';
import { buildApiSchema } from '../../../src/api/schema';
import { measureDocument } from '../../../src/api/limits/document-measure';

const depthOf = (source: string) => measureDocument(parse(source)).depth;

describe('the depth of a document', () => {
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

test('aliases are counted in operations and fragments', () => {
  expect(measureDocument(parse('{ x: a y: a { z: b } ...F } fragment F on Q { w: a }')).aliases).toBe(4);
});

describe('the cost of a query, computed once per document and variables', () => {
  const schema = buildApiSchema();
  const document = parse(
    'query Page($n: Int!) { entities(first: $n) { edges { node { id relations(first: $n) { edges { node { predicate } } } } } } }',
  );

  test('the same document with other variables is costed again (a cached small page lets no big one through)', () => {
    expect(() => checkComplexity(schema, document, 'Page', { n: 5 })).not.toThrow();
    expect(() => checkComplexity(schema, document, 'Page', { n: 5 })).not.toThrow();
    expect(() => checkComplexity(schema, document, 'Page', { n: 100_000 })).toThrow(/would cost/);
    expect(() => checkComplexity(schema, document, 'Page', { n: 100_000 })).toThrow(/would cost/);
    expect(() => checkComplexity(schema, document, 'Page', { n: 5 })).not.toThrow();
  });
});
