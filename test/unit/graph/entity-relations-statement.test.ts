/**
 * The compiled tail of entities-with-relations (relationsTail): the selection decides what Neo4j reads.
 * Plans and answers are tested on a real server (read-plans and round-trips integration tests); these
 * check which parts each form contains.
 */
import {
  entityProjection,
  INCLUDE_ALL,
  relationsTail,
  type RelationsInclude,
} from '../../../src/graph/read/entity-relations-statement';

const NAMES_ONLY: RelationsInclude = {
  endpoints: true,
  articles: false,
  mentionCounts: false,
  endpointMentionCounts: false,
  facts: false,
  totalCount: false,
  fields: [],
};

test('everything: counts the relations, reads the facts, the ends and the articles', () => {
  const tail = relationsTail(INCLUDE_ALL);
  expect(tail).toContain('size(keyed) AS totalCount');
  expect(tail).toContain('collect(r) AS rs');
  expect(tail).toContain('} AS endpoints');
  expect(tail).toContain('MATCH (a:Article {id: articleId})');
  expect(tail).toContain('aliases: coalesce(e.aliases, [])');
  expect(tail).toContain('mentionCount: coalesce(e.mentionCount');
});

test('no count asked: the page is the top of the sort, and no key outside it is kept', () => {
  const tail = relationsTail(NAMES_ONLY);
  expect(tail).not.toContain('size(keyed)');
  expect(tail).toContain('ORDER BY key LIMIT $relationsLimit');
  expect(tail).toContain('null AS totalCount');
});

test('no facts asked: relations are distinct keys, and no fact or article is read', () => {
  const tail = relationsTail({ ...NAMES_ONLY, articles: true });
  expect(tail).toContain('WITH DISTINCT startNode(r) AS s');
  expect(tail).not.toContain('collect(r)');
  expect(tail).not.toContain(':Article');
  expect(tail).toContain('facts: []');
  expect(tail).toContain('[] AS articles');
});

test('no ends asked: none is projected', () => {
  expect(relationsTail({ ...NAMES_ONLY, endpoints: false })).toContain('[] AS endpoints');
});

test('an entity is projected with the optional properties asked for only, the id, name and type always', () => {
  expect(entityProjection('x', [], false)).toBe('x {.id, .name, .type}');
  expect(entityProjection('x', ['lastSeen', 'aliases'], false)).toBe(
    'x {.id, .name, .type, aliases: coalesce(x.aliases, []), .lastSeen}',
  );
  expect(entityProjection('x', [], true)).toContain('mentionCount: coalesce(x.mentionCount');
});

test('columns the head carries come through and are returned last', () => {
  const tail = relationsTail(NAMES_ONLY, ['pageValue'], ['pageValue AS value']);
  expect(tail).toMatch(/WITH e, totalCount, picked, pageValue,/);
  expect(tail.trimEnd().endsWith('pageValue AS value')).toBe(true);
});

test('with the predicates in use, incoming facts are expanded by type, guarded by the degrees', () => {
  const tail = relationsTail(INCLUDE_ALL, [], [], ['MEETS', 'SANCTIONS']);
  expect(tail).toContain('[(e)<-[r:`MEETS`|`SANCTIONS`]-(:Entity) | r] AS typed');
  expect(tail).toContain(
    'CASE WHEN size(typed) = COUNT { (e)<--() } - COUNT { (e)<-[:MENTIONS]-() } THEN typed',
  );
  // The fallback is the untyped expansion, and the outgoing side never needs types (no MENTIONS leaves an entity).
  expect(tail).toContain('ELSE [(e)<-[r]-(:Entity) WHERE r.articleId IS NOT NULL | r] END AS r');
  expect(tail).toContain('MATCH (e)-[r]->(:Entity)');
});

test('without them, the incoming facts are expanded without types, as before', () => {
  const tail = relationsTail(INCLUDE_ALL);
  expect(tail).not.toContain('typed');
  expect(tail).toContain('MATCH (e)<-[r]-(:Entity)');
});
