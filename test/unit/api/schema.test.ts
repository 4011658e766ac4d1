/** schema/schema.graphql is the API's contract with its clients: it must be what the code builds. */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLInputObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  isEnumType,
  isObjectType,
} from 'graphql';
import { buildApiSchema, printApiSchema } from '../../../src/api/schema';
import { SCHEMA_FILE } from '../../../src/cli/commands/emit-schema';
import { ENTITY_TYPES } from '../../../src/vocabulary';

test('schema/schema.graphql is up to date (run `npm run emit:schema` after changing the API)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printApiSchema());
});

describe('the contract', () => {
  const schema = buildSchema(printApiSchema());
  const fieldsOf = (type: GraphQLNamedType | null | undefined) => {
    if (!isObjectType(type)) throw new Error(`${type?.name} is not an object type`);
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [
        field.name,
        `${field.args
          .map(
            (arg) =>
              `${arg.name}: ${String(arg.type)}${arg.defaultValue === undefined ? '' : ` = ${JSON.stringify(arg.defaultValue)}`}`,
          )
          .sort() // argument order means nothing in GraphQL (and the committed file is sorted)
          .join(', ')} -> ${String(field.type)}`,
      ]),
    );
  };

  test('Query and Mutation have the fields and arguments clients rely on', () => {
    expect(fieldsOf(schema.getQueryType())).toEqual({
      node: 'id: ID! -> Node',
      entity: 'id: ID! -> Entity',
      entities:
        'after: String, first: Int = 20, orderBy: EntityOrder = "NAME_ASC", where: EntityWhere -> EntityConnection!',
      searchEntities: 'first: Int = 10, query: String! -> [EntitySearchHit!]!',
      relations: 'after: String, first: Int = 20, where: RelationWhere -> RelationConnection!',
      predicates: ' -> [PredicateCount!]!',
      articles: 'after: String, first: Int = 20 -> ArticleConnection!',
      article: 'id: ID! -> Article',
      path: 'from: ID!, maxHops: Int = 4, to: ID! -> [Relation!]!',
      ingestJob: 'id: ID! -> IngestJob',
      // The analysts' queries (issue 14's agreed contract).
      timeline:
        'bucket: TimeBucket = "DAY", entityId: ID, from: String, predicate: String, to: String -> [TimelinePoint!]!',
      coOccurring: 'entityId: ID!, first: Int = 10, types: [EntityType!] -> [CoOccurrence!]!',
      entityTypeCounts: ' -> [EntityTypeCount!]!',
    });
    expect(fieldsOf(schema.getMutationType())).toEqual({
      ingestArticle: 'async: Boolean = false, input: ArticleInput! -> IngestResult!',
      deleteArticle: 'id: ID! -> DeleteResult!',
    });
  });

  test("the analysts' types, filters and orders are the agreed contract", () => {
    expect(fieldsOf(schema.getType('TimelinePoint'))).toEqual({ start: ' -> String!', count: ' -> Int!' });
    expect(fieldsOf(schema.getType('CoOccurrence'))).toEqual({
      entity: ' -> Entity!',
      articleCount: ' -> Int!',
    });
    expect(fieldsOf(schema.getType('EntityTypeCount'))).toEqual({
      type: ' -> EntityType!',
      count: ' -> Int!',
    });
    const values = (name: string) => {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
      return type.getValues().map((value) => value.name);
    };
    expect(values('TimeBucket')).toEqual(['DAY', 'WEEK']);
    expect(values('EntityOrder').sort()).toEqual(
      [
        'NAME_ASC',
        'NAME_DESC',
        'MENTION_COUNT_ASC',
        'MENTION_COUNT_DESC',
        'FIRST_SEEN_ASC',
        'FIRST_SEEN_DESC',
        'LAST_SEEN_ASC',
        'LAST_SEEN_DESC',
      ].sort(),
    );
    const inputFields = (name: string) =>
      Object.fromEntries(
        Object.values((schema.getType(name) as GraphQLInputObjectType).getFields()).map((field) => [
          field.name,
          String(field.type),
        ]),
      );
    expect(inputFields('RelationWhere')).toMatchObject({
      predicates: '[String!]',
      maxConfidence: 'Float',
      from: 'String',
      to: 'String',
      negated: 'Boolean',
      modality: 'String',
      sourceId: 'ID',
    });
    expect(inputFields('EntityWhere')).toMatchObject({
      types: '[EntityType!]',
      namePrefix: 'String',
      minMentions: 'Int',
      maxMentions: 'Int',
    });
  });

  test('Entity, Relation, Evidence and Article have their contract fields', () => {
    expect(fieldsOf(schema.getType('Entity'))).toMatchObject({
      id: ' -> ID!',
      name: ' -> String!',
      type: ' -> EntityType!',
      aliases: 'first: Int = 50, offset: Int = 0 -> [String!]!',
      mentionCount: ' -> Int!',
      attributes: ' -> JSON',
      relations:
        'after: String, direction: Direction = "BOTH", first: Int = 20, predicate: String -> RelationConnection!',
      articles: 'after: String, first: Int = 20 -> ArticleConnection!',
    });
    expect(fieldsOf(schema.getType('Relation'))).toMatchObject({
      id: ' -> ID!',
      subject: ' -> Entity!',
      predicate: ' -> String!',
      object: ' -> Entity!',
      confidence: ' -> Float!',
      negated: ' -> Boolean!',
      modality: ' -> String',
      date: ' -> String',
      evidence: 'first: Int = 5, offset: Int = 0 -> [Evidence!]!',
      evidenceCount: ' -> Int!',
    });
    expect(fieldsOf(schema.getType('Evidence'))).toEqual({
      article: ' -> Article!',
      sentenceIndex: ' -> Int!',
      text: ' -> String!',
      start: ' -> Int!',
      end: ' -> Int!',
    });
    expect(fieldsOf(schema.getType('Article'))).toMatchObject({
      id: ' -> ID!',
      title: ' -> String',
      source: ' -> String',
      url: ' -> String',
      publishedAt: ' -> String',
      ingestedAt: ' -> String!',
      text: 'maxLength: Int, offset: Int = 0 -> String!',
      entities: 'after: String, first: Int = 20 -> EntityConnection!',
      relations: 'after: String, first: Int = 20 -> RelationConnection!',
    });
    for (const name of ['EntityConnection', 'RelationConnection', 'ArticleConnection']) {
      expect(Object.keys(fieldsOf(schema.getType(name))).sort()).toEqual(['edges', 'pageInfo', 'totalCount']);
    }
    expect(fieldsOf(schema.getType('PageInfo'))).toEqual({
      hasNextPage: ' -> Boolean!',
      endCursor: ' -> String',
    });
  });

  test('EntityType is the vocabulary', () => {
    const type = schema.getType('EntityType');
    if (!isEnumType(type)) throw new Error('EntityType is not an enum');
    expect(
      type
        .getValues()
        .map((value) => value.name)
        .sort(),
    ).toEqual([...ENTITY_TYPES].sort());
  });
});

test('every plain field of an object type is read by the default resolver (simpleResolvers on every type)', () => {
  const built = buildApiSchema();
  // Fields with a resolver of their own are @FieldResolver methods (or root fields); a plain field of a
  // type declared without simpleResolvers would get type-graphql's basic resolver too.
  const withResolver = Object.values(built.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values((type as GraphQLObjectType).getFields())
        .filter((field) => field.resolve !== undefined)
        .map((field) => `${type.name}.${field.name}`),
    );
  const plain = [
    'Entity.id',
    'Entity.name',
    'PageInfo.hasNextPage',
    'Relation.predicate',
    'Evidence.sentenceIndex',
  ];
  const exists = (name: string) => {
    const [type, field] = name.split('.') as [string, string];
    return (built.getType(type) as GraphQLObjectType).getFields()[field] !== undefined;
  };
  expect(plain.filter((name) => !exists(name))).toEqual([]);
  expect(withResolver.filter((name) => plain.includes(name))).toEqual([]);
  expect(withResolver.length).toBeGreaterThan(0);
});
