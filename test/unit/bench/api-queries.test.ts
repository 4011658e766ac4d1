import path from 'node:path';
import { parse } from 'graphql';
import { firstDifference } from '../../../bench/api/equivalence';
import { benchArticles, publishedAt } from '../../../bench/api/graph';
import { benchQueries } from '../../../bench/api/queries';

const subject = { entityId: 'country:mexico', searchText: 'Mexcio', luceneQuery: '(mexcio^4 OR mexcio~2)' };
const queries = new Map(benchQueries(subject).map((query) => [query.name, query]));
const query = (name: string) => {
  const found = queries.get(name);
  if (found === undefined) throw new Error(`no query ${name}`);
  return found;
};

describe('benchQueries', () => {
  it('are the six of the protocol, each parsing as GraphQL on both GraphQL sides', () => {
    expect([...queries.keys()]).toEqual([
      'countries',
      'search',
      'entity',
      'predicates',
      'timeline',
      'coOccurring',
    ]);
    for (const q of queries.values()) {
      expect(() => parse(q.ours.query)).not.toThrow();
      expect(() => parse(q.peer.query)).not.toThrow();
    }
  });

  it('ask for the analyst queries with the names of the agreed contract', () => {
    expect(query('timeline').ours.query).toContain('timeline(entityId: $id, bucket: WEEK) { start count }');
    expect(query('coOccurring').ours.query).toContain(
      'coOccurring(entityId: $id, first: 10) { entity { id name } articleCount }',
    );
  });

  it('map ours, the peer and the Cypher rows of the same countries to the same canonical answer', () => {
    const countries = query('countries');
    const relation = { predicate: 'BORDERS', object: { name: 'Texas' } };
    const ours = countries.canonical.ours({
      entities: {
        edges: [
          { node: { id: 'country:mexico', name: 'Mexico', relations: { edges: [{ node: relation }] } } },
        ],
      },
    });
    const peer = countries.canonical.peer({
      entitiesConnection: {
        edges: [{ node: { id: 'country:mexico', name: 'Mexico', outgoingRelations: [relation] } }],
      },
    });
    const cypher = countries.canonical.cypher([
      { id: 'country:mexico', name: 'Mexico', relations: [{ predicate: 'BORDERS', object: 'Texas' }] },
    ]);
    expect(firstDifference(cypher, ours)).toBeNull();
    expect(firstDifference(cypher, peer)).toBeNull();
    expect(cypher).toEqual([
      { id: 'country:mexico', name: 'Mexico', relations: [{ predicate: 'BORDERS', object: 'Texas' }] },
    ]);
  });

  it('keep a real difference visible through the normalisers (an entity with other relations)', () => {
    const entity = query('entity');
    const relation = (object: string) => ({
      predicate: 'VISITS',
      subject: { name: 'Mexico' },
      object: { name: object },
      confidence: 0.75,
      evidence: [{ text: 'A sentence.', article: { title: 'part 1' } }],
    });
    const ours = entity.canonical.ours({
      entity: {
        name: 'Mexico',
        aliases: [],
        relations: { totalCount: 1, edges: [{ node: relation('Texas') }] },
      },
    });
    const cypher = entity.canonical.cypher([
      { name: 'Mexico', aliases: [], totalCount: 1, relations: [relation('Cuba')] },
    ]);
    expect(firstDifference(cypher, ours)?.path).toBe('$.relations[0].object');
  });
});

describe('the benchmark graph', () => {
  it('cuts the SOTU corpus into at least 2,000 articles with unique ids', () => {
    const articles = benchArticles(path.resolve(__dirname, '..', '..', '..'));
    expect(articles.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(articles.map((article) => article.id)).size).toBe(articles.length);
  });

  it('dates the articles over 2025, oldest first, every 50th undated', () => {
    expect(publishedAt(0, 2000)).toBe('2025-01-01');
    expect(publishedAt(49, 2000)).toBeNull();
    expect(publishedAt(1998, 2000)).toBe('2025-12-31');
    const dates = Array.from({ length: 2000 }, (_, i) => publishedAt(i, 2000)).filter((d) => d !== null);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(365);
  });
});
