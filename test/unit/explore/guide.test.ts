import { loadExploreQueries, paramsCommand, parseExploreQuery } from '../../../src/explore/explore-queries';
import { renderGuide } from '../../../src/explore/guide';

describe('explore queries', () => {
  const queries = loadExploreQueries();

  it('cover the guide topics, each with a title and a statement', () => {
    expect(queries.map((q) => q.name)).toEqual([
      '01-model',
      '02-who-sanctions-whom',
      '03-everything-about-an-entity',
      '04-path-between-two-people',
      '05-articles-behind-a-fact',
      '06-merged-aliases',
    ]);
    for (const query of queries) {
      expect(query.title.length).toBeGreaterThan(3);
      expect(query.statement).toMatch(/^(MATCH|CALL)/);
      expect(query.statement).not.toMatch(/^\/\//m);
    }
  });

  it('declare an example value for every $parameter they use', () => {
    for (const query of queries) {
      const used = new Set([...query.statement.matchAll(/\$(\w+)/g)].map((m) => m[1]));
      expect([query.name, [...used].sort()]).toEqual([query.name, Object.keys(query.params).sort()]);
    }
  });

  it('refuses a file without a title', () => {
    expect(() => parseExploreQuery('x', 'MATCH (n) RETURN n')).toThrow(/title/);
  });

  it('render :params with Cypher string literals', () => {
    expect(paramsCommand({ from: 'Antony "Tony" Blinken', hops: 3 })).toBe(
      ':params {from: "Antony \\"Tony\\" Blinken", hops: 3}',
    );
    expect(paramsCommand({})).toBeNull();
  });
});

describe('the Browser guide', () => {
  const html = renderGuide(loadExploreQueries(), 'http://127.0.0.1:4000/graphql');

  it('has an introduction slide and one slide per query', () => {
    expect(html.startsWith('<article class="guide">')).toBe(true);
    expect(html.match(/<slide /g)).toHaveLength(1 + loadExploreQueries().length);
  });

  it('makes every query runnable, HTML-escaped', () => {
    expect(html).toContain(
      '<pre class="pre-scrollable code runnable">MATCH p = (:Entity)-[:SANCTIONS]-&#62;(:Entity)',
    );
    expect(html).not.toMatch(/<script/i);
  });
});
