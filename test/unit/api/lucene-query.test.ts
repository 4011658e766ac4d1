import {
  buildLuceneQuery,
  fuzziness,
  MAX_SEARCH_TERMS,
  searchTerms,
} from '../../../src/api/search/lucene-query';

describe('buildLuceneQuery', () => {
  test('each word: exact (boosted), prefix, and fuzzy by length', () => {
    expect(buildLuceneQuery('Kiev')).toBe('(kiev^4 OR kiev*^2 OR kiev~2)');
    expect(buildLuceneQuery('Lukashenka')).toBe('(lukashenka^4 OR lukashenka*^2 OR lukashenka~2)');
    expect(buildLuceneQuery('EU')).toBe('(eu^4)');
    expect(buildLuceneQuery('Joe Biden')).toBe(
      '(joe^4 OR joe*^2 OR joe~1) OR (biden^4 OR biden*^2 OR biden~2)',
    );
  });

  test('no Lucene syntax survives: only lower-cased words of any script', () => {
    const query = buildLuceneQuery('"}) MATCH (n) DETACH DELETE n // AND *:* name:[a TO z] \\ ~ ^2') ?? '';
    // Only words, the operators we add (OR, ^, *, ~, digits) and the grouping parentheses.
    expect(
      query.replace(/\((\p{Ll}|\p{N})+\^4( OR (\p{Ll}|\p{N})+\*\^2)?( OR (\p{Ll}|\p{N})+~[12])?\)/gu, ''),
    ).toMatch(/^( OR )*$/);
    for (const term of searchTerms('"}) MATCH (n) DETACH DELETE n // AND *:*'))
      expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(searchTerms('Łódź Київ 北京')).toEqual(['łódź', 'київ', '北京']);
  });

  test('operators typed by the user become plain words', () => {
    expect(searchTerms('Russia AND NOT Ukraine OR')).toEqual(['russia', 'and', 'not', 'ukraine', 'or']);
    expect(buildLuceneQuery('AND')).toBe('(and^4 OR and*^2 OR and~1)');
  });

  test('null when there is nothing to search for; words are deduplicated and capped', () => {
    expect(buildLuceneQuery('  ')).toBeNull();
    expect(buildLuceneQuery('*:* ~ //')).toBeNull();
    expect(searchTerms('a a a')).toEqual(['a']);
    expect(searchTerms('w1 w2 w3 w4 w5 w6 w7 w8 w9 w10')).toHaveLength(MAX_SEARCH_TERMS);
  });

  test('fuzziness grows with the word', () => {
    expect([1, 2, 3, 4, 10].map((n) => fuzziness('x'.repeat(n)))).toEqual([0, 0, 1, 2, 2]);
  });
});

describe('abbreviations and known names', () => {
  test('a dotted abbreviation is one word, as its undotted alias is indexed', () => {
    expect(searchTerms('U.S.')).toEqual(['us']);
    expect(searchTerms('the U.N sanctions')).toEqual(['the', 'un', 'sanctions']);
    expect(buildLuceneQuery('U.S.')).toBe('(us^4)');
  });

  test('names the text stands for are added as phrases, words only', () => {
    expect(buildLuceneQuery('America', ['United States'])).toBe(
      '(america^4 OR america*^2 OR america~2) OR "united states"^6',
    );
    expect(buildLuceneQuery('x', ['"} OR *:*'])).toBe('(x^4) OR "or"^6');
  });
});
