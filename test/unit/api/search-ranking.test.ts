import { acronymMatches, rankHits } from '../../../src/api/search/ranking';
import { normalizedName, searchForms } from '../../../src/api/search/search-forms';

const row = (id: string, score: number, name: string, aliases: string[] = []) => ({
  id,
  score,
  name,
  aliases,
});

describe('searchForms', () => {
  it('knows what places are also called, and reads acronyms and digits', () => {
    expect(searchForms('America')).toMatchObject({
      exact: ['america', 'united states'],
      knownNames: ['United States'],
      acronym: null,
      numeric: false,
    });
    expect(searchForms('U.S.')).toMatchObject({ exact: ['us', 'united states'], acronym: 'US' });
    expect(searchForms('Belarusian')).toMatchObject({ knownNames: ['Belarus'] });
    expect(searchForms('EU')).toMatchObject({ exact: ['eu'], acronym: 'EU', numeric: false });
    expect(searchForms('Milei')).toMatchObject({ knownNames: [], acronym: null, numeric: false });
    expect(searchForms('93 miles').numeric).toBe(true);
    expect(searchForms('eu').acronym).toBeNull();
  });

  it('normalizes names as the exact match compares them', () => {
    expect(normalizedName(' U.S. ')).toBe('us');
    expect(normalizedName('Russia’s  war')).toBe('russia s war');
  });
});

describe('rankHits', () => {
  it('puts an exact name or alias before better-scored partial matches', () => {
    const rows = [
      row('facility:us-embassy-in-moscow', 5.8, 'US embassy in Moscow'),
      row('country:united-states', 4.1, 'United States', ['US']),
    ];
    expect(rankHits(rows, searchForms('US'), 10).map((hit) => hit.id)).toEqual([
      'country:united-states',
      'facility:us-embassy-in-moscow',
    ]);
  });

  it('puts what an acronym abbreviates next, keeps scores higher-is-better, and cuts at first', () => {
    const rows = [
      row('person:eu-fan', 3, 'Eu Fan'),
      row('organization:european-union', 0, 'European Union'),
      row('concept:eu', 1, 'eu'),
    ];
    const hits = rankHits(rows, searchForms('EU'), 2);
    expect(hits.map((hit) => hit.id)).toEqual(['concept:eu', 'organization:european-union']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('reads an acronym from the capitalized words only', () => {
    expect(acronymMatches('European Union', 'EU')).toBe(true);
    expect(acronymMatches('Bank of England', 'BE')).toBe(true);
    expect(acronymMatches('European Union', 'E')).toBe(false);
  });
});
