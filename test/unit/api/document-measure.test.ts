import { parse, specifiedRules, validate } from 'graphql';
import { QueryLimitError } from '../../../src/api/errors';
import { buildApiSchema } from '../../../src/api/schema';
import { measureDocument } from '../../../src/api/limits/document-measure';
import { checkDocumentSize, documentSizeRule } from '../../../src/api/limits/limits.plugin';
import { jsonBytesOver } from '../../../src/api/limits/response-size';

/** Fragments that each spread the next one twice: the expansion doubles at every level. */
export function fragmentBomb(levels: number): string {
  const lines = ['query { entities(first: 1) { edges { node { ...F1 } } } }'];
  for (let i = 1; i < levels; i += 1)
    lines.push(`fragment F${i} on Entity { name ...F${i + 1} ...F${i + 1} }`);
  lines.push(`fragment F${levels} on Entity { name }`);
  return lines.join('\n');
}

function codeOf(source: string): unknown {
  try {
    checkDocumentSize(parse(source));
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
}

describe('measureDocument', () => {
  test('counts depth, expanded selections, aliases and directives', () => {
    const measure = measureDocument(
      parse('{ a { b @skip(if: false) { c } } x: d { ...F } } fragment F on T { e { f } }'),
    );
    expect(measure).toEqual({
      depth: 3,
      selections: 7, // a b c x:d ...F and F's e f
      repeatedObjectFields: 1,
      aliases: 1,
      directives: 1,
      fragments: 1,
    });
  });

  test('a fragment spread twice counts twice, and its repeated object fields are flattened', () => {
    const measure = measureDocument(parse('{ a { ...F ...F } } fragment F on T { b { c } }'));
    expect(measure.selections).toBe(1 + 2 * (1 + 2));
    expect(measure.repeatedObjectFields).toBe(2);
  });

  test('measures a 100-level fragment bomb in linear time', () => {
    // A walk that re-expanded fragments would take 2^99 steps and never end; the bound (generous, so a
    // loaded CI machine cannot fail it) only makes that failure quick instead of a jest timeout.
    const started = performance.now();
    const measure = measureDocument(parse(fragmentBomb(100)));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(measure.selections).toBeGreaterThan(2 ** 99);
    expect(measure.depth).toBe(4);
  });

  test('does not loop on fragment cycles (validation refuses them later)', () => {
    expect(measureDocument(parse('{ a { ...F } } fragment F on T { b { ...F } }')).depth).toBe(2);
  });
});

describe('checkDocumentSize', () => {
  test('refuses bombs, repeated object fields, too many fragments or directives: QUERY_TOO_LARGE', () => {
    expect(codeOf(fragmentBomb(27))).toBe('QUERY_TOO_LARGE');
    expect(codeOf(`{ r { ${'edges { node { id } } '.repeat(21)} } }`)).toBe('QUERY_TOO_LARGE');
    expect(codeOf(`{ r { ${'edges { node { id } } '.repeat(20)} } }`)).toBeNull();
    const fragments = Array.from({ length: 101 }, (_, i) => `fragment G${i} on T { id }`).join(' ');
    expect(codeOf(`{ a { id } } ${fragments}`)).toBe('QUERY_TOO_LARGE');
    expect(codeOf(`{ ${'a @include(if: true) '.repeat(51)} }`)).toBe('QUERY_TOO_LARGE');
  });

  test('keeps the codes of depth and aliases', () => {
    expect(codeOf(`{ ${'a { '.repeat(10)}b${' }'.repeat(10)} }`)).toBe('QUERY_TOO_DEEP');
    expect(codeOf(`{ ${'a { '.repeat(9)}b${' }'.repeat(9)} }`)).toBeNull();
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: a`).join(' ');
    expect(codeOf(`{ ${aliases} }`)).toBe('TOO_MANY_ALIASES');
  });
});

describe('documentSizeRule', () => {
  test('refuses a 100-level bomb before the other rules walk it: one error, in milliseconds', () => {
    const schema = buildApiSchema();
    const document = parse(fragmentBomb(100));
    const started = performance.now();
    const errors = validate(schema, document, [...specifiedRules, documentSizeRule]);
    expect(performance.now() - started).toBeLessThan(5_000); // 2^99 steps otherwise (see above)
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(QueryLimitError);
    expect(errors[0]?.extensions.code).toBe('QUERY_TOO_LARGE');
  });

  test('lets an honest document through to the other rules', () => {
    const errors = validate(buildApiSchema(), parse('{ entities { edges { node { nosuchfield } } } }'), [
      ...specifiedRules,
      documentSizeRule,
    ]);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/Cannot query field "nosuchfield"/),
    ]);
  });
});

describe('jsonBytesOver', () => {
  test('counts a string each time it is referenced, as JSON does', () => {
    const text = 'x'.repeat(1000);
    const result = { data: { list: Array.from({ length: 20 }, () => ({ text })) } };
    expect(JSON.stringify(result).length).toBeGreaterThan(20_000);
    expect(jsonBytesOver(result, 20_000)).toBe(true);
    // Never below the JSON's length, at most a little above (a comma per key).
    expect(jsonBytesOver(result, JSON.stringify(result).length - 1)).toBe(true);
    expect(jsonBytesOver(result, JSON.stringify(result).length + 100)).toBe(false);
  });

  test('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(jsonBytesOver({ text: 'é'.repeat(600) }, 1_100)).toBe(true);
    // Over the quick bound (3 bytes a unit) but not over the limit in UTF-8 bytes: measured, not refused.
    expect(jsonBytesOver({ text: 'é'.repeat(600) }, 1_300)).toBe(false);
    expect(jsonBytesOver({ text: 'e'.repeat(600), n: 12, ok: true, none: null }, 700)).toBe(false);
  });
});
