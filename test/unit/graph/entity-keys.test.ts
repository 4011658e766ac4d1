import { entityIdFor, entityKeys, normalizeForm, typeFamily } from '../../../src/graph/entity-keys';

describe('normalizeForm', () => {
  it.each([
    ['U.S.', 'us'],
    ['US', 'us'],
    ['The White House', 'white house'],
    ['Łódź', 'lodz'],
    ['Zelensky’s', 'zelenskys'],
    ['  Secretary-General  ', 'secretary general'],
    ['Москва', 'москва'],
    ['!!!', ''],
  ])('%s → %s', (form, normalized) => {
    expect(normalizeForm(form)).toBe(normalized);
  });

  it('cuts very long forms with a hash, so two long forms still differ', () => {
    const a = normalizeForm(`${'closure of the embassy '.repeat(10)}in Minsk`);
    const b = normalizeForm(`${'closure of the embassy '.repeat(10)}in Kyiv`);
    expect(a.length).toBeLessThanOrEqual(120);
    expect(a).not.toBe(b);
  });
});

describe('entityKeys', () => {
  it('gives the name first, then each alias, within the type family', () => {
    expect(entityKeys({ type: 'COUNTRY', name: 'United States', aliases: ['US', 'U.S.', 'USA'] })).toEqual([
      'country|united states',
      'country|us',
      'country|usa',
    ]);
  });

  it('never makes a key of a person’s first name', () => {
    expect(entityKeys({ type: 'PERSON', name: 'Vladimir Putin', aliases: ['Putin', 'Vladimir'] })).toEqual([
      'person|vladimir putin',
      'person|putin',
    ]);
  });

  it('puts cities and locations in one family, countries and organizations apart', () => {
    expect(typeFamily('CITY')).toBe(typeFamily('LOCATION'));
    expect(typeFamily('COUNTRY')).not.toBe(typeFamily('ORGANIZATION'));
    expect(entityKeys({ type: 'CITY', name: 'Kyiv', aliases: ['Kiev'] })).toEqual([
      'place|kyiv',
      'place|kiev',
    ]);
  });

  it('keys forms of only symbols by their hash, and leaves out blank ones', () => {
    expect(entityKeys({ type: 'CONCEPT', name: '§', aliases: [' '] })).toEqual([
      expect.stringMatching(/^concept\|#[0-9a-f]{16}$/),
    ]);
  });

  it('gives values no keys: their id is their identity', () => {
    expect(entityKeys({ type: 'MONEY', name: '$1 billion', aliases: ['one billion dollars'] })).toEqual([]);
    expect(entityKeys({ type: 'DATE', name: '2022-02-28', aliases: ['Monday'] })).toEqual([]);
  });
});

describe('entityIdFor', () => {
  it('is the type and a slug of the name', () => {
    expect(entityIdFor('PERSON', 'Antony Blinken')).toBe('person:antony-blinken');
    expect(entityIdFor('COUNTRY', 'U.S.')).toBe('country:us');
  });

  it('falls back to a hash for a name without letters', () => {
    expect(entityIdFor('QUANTITY', '%')).toMatch(/^quantity:[0-9a-f]{16}$/);
  });
});

describe('entityIdFor: money and quantities are keyed by value, currency and unit (issue 13, item 8)', () => {
  const ids = (type: 'MONEY' | 'QUANTITY', names: string[]) => names.map((name) => entityIdFor(type, name));

  it('keeps different amounts apart', () => {
    expect(new Set(ids('QUANTITY', ['4.5%', '45%'])).size).toBe(2);
    expect(new Set(ids('MONEY', ['£10.6m', '$106m', '£106'])).size).toBe(3);
    expect(new Set(ids('MONEY', ['£3.5bn', '$35', '£35'])).size).toBe(3);
  });

  it('gives one amount one id whatever its spelling', () => {
    expect(ids('QUANTITY', ['4.5%', '4.5 per cent', '4.5 percent'])).toEqual(
      Array(3).fill('quantity:4.5-percent'),
    );
    expect(ids('MONEY', ['£10.6m', '£10.6 million', '10.6 million pounds'])).toEqual(
      Array(3).fill('money:gbp-10600000'),
    );
    expect(ids('MONEY', ['$1,200', 'US$1,200'])).toEqual(['money:usd-1200', 'money:usd-1200']);
    expect(entityIdFor('QUANTITY', '93 miles')).toBe('quantity:93-miles');
  });

  it('names an amount without one number by its words', () => {
    expect(entityIdFor('MONEY', 'two million dollars')).toBe('money:two-million-dollars');
    expect(entityIdFor('MONEY', 'between $1 and $2')).toBe('money:between-1-and-2');
  });
});
