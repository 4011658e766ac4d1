/**
 * Every query of the contract over real HTTP with graphql-request, against the real server and the sample
 * article ingested by the real graph writer.
 */
import { gql } from 'graphql-request';
import { codesOf, entityIdNamed, errorsOf } from './support/api';
import { useApiSuite } from './support/lifecycle';
import { SAMPLE_ID } from './support/sample-graph';

jest.setTimeout(60_000);

const suite = useApiSuite();
let BLINKEN: string;
let LUKASHENKO: string;
let BELARUS: string;

beforeAll(async () => {
  BLINKEN = await entityIdNamed(suite.api, 'Blinken', 'PERSON');
  LUKASHENKO = await entityIdNamed(suite.api, 'Lukashenko', 'PERSON');
  BELARUS = await entityIdNamed(suite.api, 'Belarus', 'COUNTRY');
});

interface EntityNode {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
}
interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}
interface RelationNode {
  id: string;
  predicate: string;
  subject: { id: string; name: string };
  object: { id: string; name: string };
  confidence: number;
  negated: boolean;
  modality: string | null;
  date: string | null;
  evidence: {
    text: string;
    sentenceIndex: number;
    start: number;
    end: number;
    article: { id: string; text: string };
  }[];
}

const RELATION_FIELDS = gql`
  fragment RelationFields on Relation {
    id
    predicate
    subject {
      id
      name
    }
    object {
      id
      name
    }
    confidence
    negated
    modality
    date
    evidence {
      text
      sentenceIndex
      start
      end
      article {
        id
        text
      }
    }
  }
`;

const request = <T>(query: string, variables?: Record<string, unknown>) =>
  suite.api.client().request<T>(query, variables);

describe('entities', () => {
  test('entity(id) returns its fields; an unknown id gives null', async () => {
    const data = await request<{ entity: EntityNode & { attributes: unknown }; missing: null }>(
      gql`
        query ($id: ID!) {
          entity(id: $id) {
            id
            name
            type
            aliases
            mentionCount
            attributes
          }
          missing: entity(id: "person:nobody") {
            id
          }
        }
      `,
      { id: BLINKEN },
    );
    expect(data.entity).toMatchObject({ id: BLINKEN, type: 'PERSON' });
    expect([data.entity.name, ...data.entity.aliases].join(' ')).toMatch(/Blinken/);
    expect(data.entity.mentionCount).toBeGreaterThan(0);
    expect(Array.isArray(data.entity.aliases)).toBe(true);
    expect(data.missing).toBeNull();
  });

  test('entities filters by type, name and article, and orders by name or mentions', async () => {
    const data = await request<{
      people: Page<EntityNode>;
      named: Page<EntityNode>;
      inSample: Page<EntityNode>;
      byMentions: Page<EntityNode>;
    }>(gql`
      {
        people: entities(where: { type: PERSON }, first: 100) { totalCount edges { node { id name type } } }
        named: entities(where: { nameContains: "lukash" }) { totalCount edges { node { id name } } }
        inSample: entities(where: { articleId: "${SAMPLE_ID}" }, first: 100) { totalCount edges { node { id name } } }
        byMentions: entities(orderBy: MENTION_COUNT_DESC, first: 100) { edges { node { id mentionCount } } }
      }
    `);
    expect(data.people.edges.every((edge) => edge.node.type === 'PERSON')).toBe(true);
    expect(data.people.edges.map((edge) => edge.node.id)).toEqual(
      expect.arrayContaining([BLINKEN, LUKASHENKO]),
    );
    expect(data.people.totalCount).toBe(data.people.edges.length);
    expect(data.named.edges.map((edge) => edge.node.id)).toContain(LUKASHENKO);
    expect(data.inSample.totalCount).toBeGreaterThan(5);
    const names = data.inSample.edges.map((edge) => edge.node.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const counts = data.byMentions.edges.map((edge) => edge.node.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('Entity.relations follows direction and predicate; Entity.articles lists the sample', async () => {
    const data = await request<{
      entity: {
        all: Page<RelationNode>;
        outgoing: Page<RelationNode>;
        incoming: Page<RelationNode>;
        ruledBy: Page<RelationNode>;
        articles: Page<{ id: string }>;
      };
    }>(
      gql`
        query ($id: ID!) {
          entity(id: $id) {
            all: relations(first: 50) {
              totalCount
              edges {
                node {
                  ...RelationFields
                }
              }
            }
            outgoing: relations(direction: OUTGOING, first: 50) {
              totalCount
              edges {
                node {
                  ...RelationFields
                }
              }
            }
            incoming: relations(direction: INCOMING, first: 50) {
              totalCount
              edges {
                node {
                  ...RelationFields
                }
              }
            }
            ruledBy: relations(predicate: "ruled_by") {
              totalCount
              edges {
                node {
                  ...RelationFields
                }
              }
            }
            articles {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        }
        ${RELATION_FIELDS}
      `,
      { id: BELARUS },
    );
    const { all, outgoing, incoming, ruledBy, articles } = data.entity;
    expect(all.totalCount).toBe(outgoing.totalCount + incoming.totalCount);
    expect(outgoing.edges.every((edge) => edge.node.subject.id === BELARUS)).toBe(true);
    expect(incoming.edges.every((edge) => edge.node.object.id === BELARUS)).toBe(true);
    expect(ruledBy.edges.every((edge) => edge.node.predicate === 'RULED_BY')).toBe(true);
    expect(articles.edges.map((edge) => edge.node.id)).toContain(SAMPLE_ID);
  });
});

describe('relations', () => {
  test('every relation carries evidence that is a sentence of its article, at its offsets', async () => {
    const data = await request<{ relations: Page<RelationNode> }>(
      gql`
        { relations(where: { articleId: "${SAMPLE_ID}" }, first: 100) { totalCount edges { node { ...RelationFields } } } }
        ${RELATION_FIELDS}
      `,
    );
    expect(data.relations.totalCount).toBeGreaterThan(0);
    for (const { node } of data.relations.edges) {
      expect(node.confidence).toBeGreaterThan(0);
      expect(node.confidence).toBeLessThanOrEqual(1);
      expect(node.evidence.length).toBeGreaterThan(0);
      for (const evidence of node.evidence) {
        expect(evidence.article.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }
  });

  test('who sanctions whom: filter by predicate, subject, object and confidence', async () => {
    const data = await request<{
      sanctions: Page<RelationNode>;
      predicates: { predicate: string; count: number }[];
    }>(gql`
      {
        sanctions: relations(where: { predicate: "SANCTIONS" }, first: 100) {
          totalCount
          edges {
            node {
              id
              predicate
              subject {
                id
                name
              }
              object {
                id
                name
              }
              confidence
            }
          }
        }
        predicates {
          predicate
          count
        }
      }
    `);
    expect(data.sanctions.totalCount).toBeGreaterThan(0);
    expect(data.sanctions.edges.every((edge) => edge.node.predicate === 'SANCTIONS')).toBe(true);
    const sanctionCount = data.predicates.find((entry) => entry.predicate === 'SANCTIONS')?.count;
    expect(sanctionCount).toBe(data.sanctions.totalCount);

    const first = data.sanctions.edges[0]!.node;
    const narrowed = await request<{ relations: Page<RelationNode> }>(
      gql`
        query ($subject: ID!, $object: ID!) {
          relations(where: { predicate: "SANCTIONS", subjectId: $subject, objectId: $object }) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      { subject: first.subject.id, object: first.object.id },
    );
    expect(narrowed.relations.edges.map((edge) => edge.node.id)).toContain(first.id);
    expect(narrowed.relations.totalCount).toBeLessThanOrEqual(data.sanctions.totalCount);

    const confident = await request<{ all: Page<RelationNode>; confident: Page<RelationNode> }>(gql`
      {
        all: relations(first: 100) {
          totalCount
          edges {
            node {
              id
              confidence
            }
          }
        }
        confident: relations(where: { minConfidence: 0.8 }, first: 100) {
          totalCount
          edges {
            node {
              id
              confidence
            }
          }
        }
      }
    `);
    // The comparison needs every relation on one page.
    expect(confident.all.edges).toHaveLength(confident.all.totalCount);
    const expected = confident.all.edges
      .filter((edge) => edge.node.confidence >= 0.8 - 1e-9)
      .map((edge) => edge.node.id);
    expect(confident.confident.edges.map((edge) => edge.node.id)).toEqual(expected);
    expect(confident.confident.totalCount).toBe(expected.length);
  });

  test('predicates counts relations per predicate, most first', async () => {
    const { predicates } = await request<{ predicates: { predicate: string; count: number }[] }>(gql`
      {
        predicates {
          predicate
          count
        }
      }
    `);
    expect(predicates.length).toBeGreaterThan(0);
    const counts = predicates.map((entry) => entry.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const total = await request<{ relations: { totalCount: number } }>(gql`
      {
        relations {
          totalCount
        }
      }
    `);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total.relations.totalCount);
  });
});

describe('articles', () => {
  test('article(id), articles, Article.entities and Article.relations', async () => {
    const data = await request<{
      article: {
        id: string;
        title: string;
        source: string;
        url: string | null;
        publishedAt: string;
        ingestedAt: string;
        text: string;
        entities: Page<EntityNode>;
        relations: Page<RelationNode>;
      };
      articles: Page<{ id: string }>;
      missing: null;
    }>(gql`
      {
        article(id: "${SAMPLE_ID}") {
          id title source url publishedAt ingestedAt text
          entities(first: 100) { totalCount edges { node { id name } } }
          relations(first: 100) { totalCount edges { node { id evidence { article { id } } } } }
        }
        articles { totalCount edges { node { id } } }
        missing: article(id: "no-such-article") { id }
      }
    `);
    expect(data.article).toMatchObject({ id: SAMPLE_ID, source: 'DailyMail.com', publishedAt: '2022-02-28' });
    expect(Number.isNaN(Date.parse(data.article.ingestedAt))).toBe(false);
    expect(data.article.text).toContain('Lukashenko');
    expect(data.article.entities.edges.map((edge) => edge.node.id)).toEqual(
      expect.arrayContaining([BLINKEN, LUKASHENKO]),
    );
    expect(data.article.entities.totalCount).toBe(data.article.entities.edges.length);
    expect(data.article.relations.totalCount).toBeGreaterThan(0);
    for (const { node } of data.article.relations.edges) {
      expect(node.evidence.map((evidence) => evidence.article.id)).toContain(SAMPLE_ID);
    }
    expect(data.articles.edges.map((edge) => edge.node.id)).toContain(SAMPLE_ID);
    expect(data.missing).toBeNull();
  });
});

describe('node', () => {
  test('node(id) resolves entities, articles and relations by their ids', async () => {
    const { relations } = await request<{ relations: Page<RelationNode> }>(gql`
      {
        relations(first: 1) {
          edges {
            node {
              id
              predicate
            }
          }
        }
      }
    `);
    const relation = relations.edges[0]!.node;
    const data = await request<{
      entity: { __typename: string; id: string; name: string };
      article: { __typename: string; id: string; title: string };
      relation: { __typename: string; id: string; predicate: string };
      unknown: null;
      badRelation: null;
    }>(
      gql`
        query ($relation: ID!) {
          entity: node(id: "${BLINKEN}") { __typename id ... on Entity { name } }
          article: node(id: "${SAMPLE_ID}") { __typename id ... on Article { title } }
          relation: node(id: $relation) { __typename id ... on Relation { predicate } }
          unknown: node(id: "nothing:here") { id }
          badRelation: node(id: "rel:not-base64!") { id }
        }
      `,
      { relation: relation.id },
    );
    expect(data.entity).toMatchObject({ __typename: 'Entity', id: BLINKEN });
    expect(data.entity.name).toMatch(/Blinken/);
    expect(data.article).toMatchObject({ __typename: 'Article', id: SAMPLE_ID });
    expect(data.relation).toEqual({ __typename: 'Relation', id: relation.id, predicate: relation.predicate });
    expect(data.unknown).toBeNull();
    expect(data.badRelation).toBeNull();
  });
});

describe('searchEntities', () => {
  const search = (query: string, first?: number) =>
    request<{ searchEntities: { score: number; entity: EntityNode }[] }>(
      gql`
        query ($query: String!, $first: Int) {
          searchEntities(query: $query, first: $first) {
            score
            entity {
              id
              name
              aliases
            }
          }
        }
      `,
      { query, first },
    ).then((data) => data.searchEntities);

  test('"Kiev" finds Kyiv', async () => {
    const hits = await search('Kiev');
    expect(hits[0]?.entity.name).toBe('Kyiv');
  });

  test('the typo "Lukashenka" finds Alexander Lukashenko', async () => {
    const hits = await search('Lukashenka');
    expect(hits[0]?.entity.id).toBe(LUKASHENKO);
  });

  test('hits come best first with a score, and first bounds them', async () => {
    const hits = await search('Vladimir', 2);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(2);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('Lucene and Cypher syntax in the query is only text', async () => {
    for (const query of [
      '"}) MATCH (n) DETACH DELETE n //',
      'AND OR NOT',
      '*:*',
      'name:[a TO z]',
      '\\',
      '~~~',
      '   ',
    ]) {
      await expect(search(query)).resolves.toEqual(expect.any(Array));
    }
  });
});

describe('path', () => {
  const path = (from: string, to: string, maxHops?: number) =>
    request<{ path: RelationNode[] }>(
      gql`
        query ($from: ID!, $to: ID!, $maxHops: Int) {
          path(from: $from, to: $to, maxHops: $maxHops) {
            ...RelationFields
          }
        }
        ${RELATION_FIELDS}
      `,
      { from, to, maxHops },
    ).then((data) => data.path);

  /** The hops of a chain must link `from` to `to`, each fact in either direction, each with evidence. */
  function expectChain(hops: RelationNode[], from: string, to: string) {
    let at = from;
    for (const hop of hops) {
      expect([hop.subject.id, hop.object.id]).toContain(at);
      at = hop.subject.id === at ? hop.object.id : hop.subject.id;
      expect(hop.evidence.length).toBeGreaterThan(0);
    }
    expect(at).toBe(to);
  }

  /** Length of the shortest chain of facts, asked of Neo4j directly; null when there is none. */
  async function shortestLength(from: string, to: string): Promise<number | null> {
    const [row] = await suite.db.read<{ hops: number }>(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = shortestPath((a)-[*..10]-(b)) WHERE all(r IN relationships(p) WHERE r.articleId IS NOT NULL)
       RETURN length(p) AS hops`,
      { from, to },
    );
    return row?.hops ?? null;
  }

  test('from Blinken to Lukashenko: the shortest chain of facts the graph holds', async () => {
    const hops = await path(BLINKEN, LUKASHENKO, 10);
    const expected = await shortestLength(BLINKEN, LUKASHENKO);
    expect(expected).not.toBeNull();
    expect(hops.length).toBeGreaterThan(0);
    expect(hops).toHaveLength(expected!);
    expectChain(hops, BLINKEN, LUKASHENKO);
  });

  test('between two entities two facts apart: the two relations, in order', async () => {
    const [pair] = await suite.db.read<{ from: string; to: string }>(
      `MATCH (a:Entity)-[r1]-(:Entity)-[r2]-(b:Entity)
       WHERE r1.articleId IS NOT NULL AND r2.articleId IS NOT NULL AND a <> b
         AND NOT EXISTS { (a)-[r]-(b) WHERE r.articleId IS NOT NULL }
       RETURN a.id AS from, b.id AS to ORDER BY from, to LIMIT 1`,
    );
    expect(pair).toBeDefined();
    const hops = await path(pair!.from, pair!.to);
    expect(hops).toHaveLength(2);
    expectChain(hops, pair!.from, pair!.to);
  });

  test('empty when no path is short enough, or from = to', async () => {
    const hops = await path(BLINKEN, LUKASHENKO, 10);
    expect(hops.length).toBeGreaterThan(1);
    expect(await path(BLINKEN, LUKASHENKO, hops.length - 1)).toEqual([]);
    expect(await path(BLINKEN, BLINKEN)).toEqual([]);
  });

  test('NOT_FOUND for an unknown entity, BAD_USER_INPUT for maxHops out of 1..10', async () => {
    expect(codesOf(await errorsOf(path(BLINKEN, 'person:nobody')))).toEqual(['NOT_FOUND']);
    expect(codesOf(await errorsOf(path(BLINKEN, LUKASHENKO, 0)))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await errorsOf(path(BLINKEN, LUKASHENKO, 11)))).toEqual(['BAD_USER_INPUT']);
  });
});
