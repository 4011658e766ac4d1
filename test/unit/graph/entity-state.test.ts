import { chooseName, combineAttributes, entityState, isSubsumed } from '../../../src/graph/entity-state';

describe('combineAttributes', () => {
  it('is the sorted union of every value, a scalar when all agree', () => {
    expect(combineAttributes([{ title: 'Ms' }, { title: ['Ms', 'Secretary'] }])).toEqual({
      title: ['Ms', 'Secretary'],
    });
    expect(combineAttributes([{ role: 'director' }, { role: 'director' }, {}])).toEqual({ role: 'director' });
    expect(combineAttributes([{ age: 51 }, { age: 52 }, { age: true }])).toEqual({
      age: ['51', '52', 'true'],
    });
  });

  it('does not depend on the order of the articles', () => {
    const articles: Record<string, string | number | string[]>[] = [
      { role: 'minister' },
      { role: 'director', age: 3 },
      { role: ['b', 'a'] },
      { age: 4 },
    ];
    const expected = combineAttributes(articles);
    expect(combineAttributes([...articles].reverse())).toEqual(expected);
    expect(combineAttributes([articles[2], articles[0], articles[3], articles[1]] as never)).toEqual(
      expected,
    );
    expect(Object.keys(expected)).toEqual(['age', 'role']);
  });
});

describe('chooseName', () => {
  it('takes the longest name, and a full name for a person', () => {
    expect(chooseName('ORGANIZATION', [['IAAF'], ['IAAF'], ['Athletics Federation']])).toBe(
      'Athletics Federation',
    );
    expect(chooseName('COUNTRY', [['US'], ['United States']])).toBe('United States');
    expect(chooseName('PERSON', [['Blinken'], ['Blinken'], ['Antony Blinken']])).toBe('Antony Blinken');
    expect(chooseName('PERSON', [])).toBeUndefined();
  });
});

describe('entityState', () => {
  it('gives sorted aliases without the name', () => {
    const state = entityState('PERSON', [
      { names: ['Blinken'], forms: ['Blinken', 'Mr Blinken'], attributes: {} },
      { names: ['Antony Blinken'], forms: ['Antony Blinken', 'Blinken'], attributes: { title: 'Secretary' } },
    ]);
    expect(state).toEqual({
      name: 'Antony Blinken',
      aliases: ['Blinken', 'Mr Blinken'],
      attributes: { title: 'Secretary' },
    });
  });
});

describe('isSubsumed', () => {
  const state = {
    name: 'Antony Blinken',
    aliases: ['Blinken'],
    attributes: { title: 'Secretary', age: ['51', 'x'] },
  };
  const of = (names: string[], forms: string[], attributes = {}) => ({ names, forms, attributes });

  it('is true when the article adds nothing', () => {
    expect(isSubsumed('PERSON', state, of(['Blinken'], ['Blinken'], { title: 'Secretary', age: 51 }))).toBe(
      true,
    );
  });

  it('is false for a new form, a better name or a new attribute value', () => {
    expect(isSubsumed('PERSON', state, of(['Blinken'], ['Mr Blinken']))).toBe(false);
    expect(isSubsumed('PERSON', state, of(['Antony J. Blinken'], ['Blinken']))).toBe(false);
    expect(isSubsumed('PERSON', state, of(['Blinken'], [], { title: ['Secretary'] }))).toBe(false);
    expect(isSubsumed('PERSON', state, of(['Blinken'], [], { role: 'envoy' }))).toBe(false);
  });
});
