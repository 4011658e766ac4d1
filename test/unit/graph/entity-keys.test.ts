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
