/**
 * fast-check arbitraries for GraphQL operations, built from schema/schema.graphql (read with graphql's
 * buildSchema, so a field or argument added to the schema is fuzzed without touching this file). They
 * make valid operations (known fields, arguments of the right kind, nesting within the depth limit) and
 * near-valid ones: hostile strings, huge and negative ints, unknown fields and arguments, values of the
 * wrong kind, missing required arguments, nesting past the limit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { PROJECT_ROOT } from '../../src/config';

export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
}

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface FuzzOperation {
  kind: OperationKind;
  /** Whether the generator meant it to be valid (a near-valid one may still happen to be). */
  nearValid: boolean;
  query: string;
}

export interface FuzzContext {
  schema: GraphQLSchema;
  /** Ids that exist in the graph (entities, articles, relations), so that some arguments hit data. */
  ids: readonly string[];
  /** Deepest selection nesting of a valid operation (the server refuses past 10). */
  maxDepth: number;
}

/** Strings that have broken parsers, Lucene, Cypher builders, cursors and JSON encoders elsewhere. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  "'",
  '"',
  '\\',
  '\u0000',
  '\u202e\u0301',
  "x') DETACH DELETE n //",
  '" OR 1=1 --',
  'MATCH (n) DETACH DELETE n',
  '${jndi:ldap://x}',
  '%00%ff',
  '<script>alert(1)</script>',
  '*',
  '?',
  '~',
  'a~2',
  '"unterminated',
  'AND OR NOT',
  '(((((',
  ')))',
  '[* TO *]',
  '/.*/',
  '\\u0000',
  'rel:',
  'person:',
  'rel:AAAA',
  'person:alexander-lukashenko',
  '../../etc/passwd',
  'null',
  'NaN',
  '-1',
  '{"a":1}',
  Buffer.from('{"offset":-1}').toString('base64'),
  Buffer.from('not json').toString('base64'),
  Buffer.from('["x",1e400]').toString('base64'),
  '🦄'.repeat(200),
  'x'.repeat(10_000),
  '\ud800',
  'Лукашенко',
];

/** A GraphQL string literal: JSON's escapes are GraphQL's, lone surrogates included. */
const stringLiteral = (value: string) => JSON.stringify(value);

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('Belarus', 'Minsk', 'Blinken', 'Lukashenko', 'Russia', 'US') },
);

const intLiteral: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 110 }).map(String) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '0',
      '-1',
      '-100000',
      '101',
      '2147483647',
      '-2147483648',
      '2147483648',
      '9007199254740993',
      '99999999999999999999999',
    ),
  },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

const floatLiteral: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('0', '0.5', '1', '-0.0', '1.5', '-1e308', '1e308', '1e400', '5e-324'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => {
    const text = String(value);
    return /^-?\d/.test(text) ? text : '0';
  }),
);

/** A literal of the wrong kind for whatever argument it is given to. */
const wrongKindLiteral: fc.Arbitrary<string> = fc.oneof(
  hostileString.map(stringLiteral),
  fc.constantFrom('null', 'true', '1.5', '[1, 2]', '{ a: 1 }', 'UNKNOWN_ENUM', '$undeclared', '-0'),
);

/** A name no schema type has. */
const unknownName: fc.Arbitrary<string> = fc.constantFrom(
  'unknownField',
  '__schemaX',
  'password',
  'driver',
  'text2',
  'deleteAll',
);

function inputLiteral(type: GraphQLInputType, context: FuzzContext, depth = 0): fc.Arbitrary<string> {
  if (isNonNullType(type)) return inputLiteral(type.ofType, context, depth);
  if (isListType(type))
    return fc
      .array(inputLiteral(type.ofType, context, depth + 1), { maxLength: 3 })
      .map((items) => `[${items.join(', ')}]`);
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 3) return fc.constant('{}');
    return fc
      .subarray(fields)
      .chain((chosen) =>
        fc.tuple(...chosen.map((field) => argumentLiteral(field.name, field.type, context, depth + 1))),
      )
      .map((parts) => `{ ${parts.join(', ')} }`);
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return intLiteral;
      case 'Float':
        return floatLiteral;
      case 'Boolean':
        return fc.boolean().map(String);
      case 'ID':
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...context.ids).map(stringLiteral) },
          { weight: 2, arbitrary: hostileString.map(stringLiteral) },
          { weight: 1, arbitrary: intLiteral },
        );
      default:
        return hostileString.map(stringLiteral);
    }
  }
  return fc.constant('null');
}

/** `name: value`, the value usually of the argument's type and sometimes of another kind. */
function argumentLiteral(
  name: string,
  type: GraphQLInputType,
  context: FuzzContext,
  depth = 0,
): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 40, arbitrary: inputLiteral(type, context, depth) },
      { weight: 1, arbitrary: wrongKindLiteral },
    )
    .map((value) => `${name}: ${value}`);
}

function argumentsOf(args: readonly GraphQLArgument[], context: FuzzContext): fc.Arbitrary<string> {
  const required = args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const optional = args.filter((arg) => !required.includes(arg));
  return fc
    .tuple(
      // A required argument is left out now and then.
      fc.oneof(
        { weight: 12, arbitrary: fc.constant(required) },
        { weight: 1, arbitrary: fc.subarray(required) },
      ),
      fc.subarray(optional),
      fc.oneof({ weight: 60, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: unknownName }),
    )
    .chain(([requiredKept, optionalKept, unknown]) =>
      fc
        .tuple(
          ...[...requiredKept, ...optionalKept].map((arg) => argumentLiteral(arg.name, arg.type, context)),
          unknown === null ? fc.constant(null) : wrongKindLiteral.map((value) => `${unknown}: ${value}`),
        )
        .map((parts) => parts.filter((part): part is string => part !== null)),
    )
    .map((parts) => (parts.length === 0 ? '' : `(${parts.join(', ')})`));
}

function fieldSelection(
  field: GraphQLField<unknown, unknown>,
  context: FuzzContext,
  depth: number,
): fc.Arbitrary<string> {
  const named = getNamedType(field.type);
  const alias = fc.oneof(
    { weight: 8, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }).map((n) => `a${n}: `) },
  );
  return fc
    .tuple(alias, argumentsOf(field.args, context), selectionOf(named, context, depth + 1))
    .map(([prefix, args, selection]) => `${prefix}${field.name}${args}${selection}`);
}

function leafFields(type: GraphQLObjectType | GraphQLInterfaceType) {
  return Object.values(type.getFields()).filter((field) => isLeafType(getNamedType(field.type)));
}

/** The selection set of a field of this type: empty for a leaf, `{ … }` otherwise. */
function selectionOf(type: GraphQLNamedType, context: FuzzContext, depth: number): fc.Arbitrary<string> {
  if (isLeafType(type)) return fc.constant('');
  if (!isObjectType(type) && !isInterfaceType(type)) return fc.constant(' { __typename }');
  // Past the depth the test chose: leaves only (or nothing, which the server must refuse cleanly).
  const pool = depth >= context.maxDepth ? leafFields(type) : Object.values(type.getFields());
  const fields = fc.subarray(pool, {
    minLength: Math.min(1, pool.length),
    maxLength: Math.min(4, pool.length),
  });
  const fragments = isInterfaceType(type)
    ? fc.subarray(context.schema.getPossibleTypes(type) as GraphQLObjectType[], { maxLength: 2 })
    : fc.constant([] as GraphQLObjectType[]);
  const extra = fc.oneof(
    { weight: 60, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: unknownName },
    { weight: 1, arbitrary: fc.constant('__typename') },
  );
  return fc
    .tuple(fields, fragments, extra)
    .chain(([chosen, possible, unknown]) =>
      fc
        .tuple(
          ...chosen.map((field) => fieldSelection(field, context, depth)),
          ...possible.map((object) =>
            selectionOf(object, context, depth).map((selection) => `... on ${object.name}${selection}`),
          ),
        )
        .map((parts) => [...parts, unknown].filter((part) => part !== '')),
    )
    .map((parts) => ` { ${parts.length === 0 ? '' : parts.join(' ')} }`);
}

function rootOperation(
  kind: OperationKind,
  root: GraphQLObjectType,
  context: FuzzContext,
): fc.Arbitrary<string> {
  const fields = Object.values(root.getFields());
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(fields.length, kind === 'query' ? 3 : 1) })
    .chain((chosen) => fc.tuple(...chosen.map((field) => fieldSelection(field, context, 1))))
    .map((parts) => `${kind} { ${parts.join(' ')} }`);
}

/**
 * One operation: mostly queries (valid, or near-valid in one place or more), some mutations (sent
 * without the API key: they must be refused and change nothing), a few subscriptions (refused over HTTP),
 * and a few that nest past the depth limit or are not GraphQL at all.
 */
export function operationArbitrary(
  schema: GraphQLSchema,
  ids: readonly string[],
): fc.Arbitrary<FuzzOperation> {
  const roots: [OperationKind, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const byKind = (kind: OperationKind, maxDepth: number) => {
    const root = roots.find(([name]) => name === kind)?.[1];
    if (!root) throw new Error(`the schema has no ${kind} type`);
    return rootOperation(kind, root, { schema, ids, maxDepth });
  };
  const nearValid = (query: string) =>
    fc
      .oneof(
        fc.constant(query),
        fc.nat({ max: Math.max(0, query.length - 1) }).map((cut) => query.slice(0, cut)),
        fc.constant(query.replace('{', '{ {')),
        fc.constant(`${query} fragment F on Nothing { id }`),
        fc.constant(`query Q($x: Int!) ${query.replace(/^query /, '')}`),
      )
      .map((text) => ({ text, mangled: text !== query }));
  return fc
    .oneof(
      { weight: 12, arbitrary: fc.constant<OperationKind>('query') },
      { weight: 3, arbitrary: fc.constant<OperationKind>('mutation') },
      { weight: 1, arbitrary: fc.constant<OperationKind>('subscription') },
    )
    .chain((kind) =>
      fc
        .tuple(
          fc.constant(kind),
          // Depths within the server's limit of 10, now and then past it.
          fc.oneof(
            { weight: 12, arbitrary: fc.integer({ min: 1, max: 9 }) },
            { weight: 1, arbitrary: fc.constant(13) },
          ),
          fc.nat({ max: 3 }).map((n) => n === 0),
        )
        .chain(([chosen, depth, mangle]) =>
          byKind(chosen, depth).chain((query) =>
            (mangle ? nearValid(query) : fc.constant({ text: query, mangled: false })).map(
              ({ text, mangled }) => ({ kind: chosen, nearValid: mangled || depth > 9, query: text }),
            ),
          ),
        ),
    );
}
