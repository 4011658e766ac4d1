import { parseGoldFixture } from '../../../src/eval/gold-fixture';
import { AppError } from '../../../src/errors';

const minimal = {
  source: 'test',
  entities: [
    { name: 'Belarus', type: 'COUNTRY' },
    { name: 'Russia', type: 'COUNTRY', altTypes: ['LOCATION'], keywords: [['Russia', 'Moscow']] },
  ],
  relations: [{ subject: 'Belarus', predicate: 'BORDERS', object: 'Russia', modality: null }],
};

function parseError(value: unknown): string {
  try {
    parseGoldFixture(value, 'x.gold.json');
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error('expected the fixture to be refused');
}

describe('parseGoldFixture', () => {
  it('fills the optional fields with their defaults', () => {
    const fixture = parseGoldFixture(minimal, 'x.gold.json');
    expect(fixture.entities[0]).toEqual({
      name: 'Belarus',
      type: 'COUNTRY',
      altTypes: [],
      aliases: [],
      accept: [],
      keywords: [],
      optional: false,
    });
    expect(fixture.entities[1]?.keywords).toEqual([['russia', 'moscow']]);
    expect(fixture.relations[0]).toMatchObject({
      negated: false,
      optional: false,
      userFact: false,
      modality: null,
    });
    expect(fixture).toMatchObject({ sotu: null, date: null, mustNotBeEntities: [], mayMerge: [] });
  });

  it('tells "modality not annotated" from "a plain assertion"', () => {
    const relation = { subject: 'Belarus', predicate: 'BORDERS', object: 'Russia' };
    expect(
      parseGoldFixture({ ...minimal, relations: [relation] }, 'x').relations[0]?.modality,
    ).toBeUndefined();
  });

  it.each([
    [
      { ...minimal, entities: [{ name: 'Belarus', type: 'NATION' }] },
      'entities[0].type must be an entity type',
    ],
    [
      { ...minimal, relations: [{ subject: 'Belarus', predicate: 'HATES', object: 'Russia' }] },
      'a predicate of',
    ],
    [
      { ...minimal, relations: [{ subject: 'Minsk', predicate: 'BORDERS', object: 'Russia' }] },
      '"Minsk" is not a gold entity',
    ],
    [{ ...minimal, mustNotMerge: [['Belarus', 'Poland']] }, '"Poland" is not a gold entity'],
    [
      { ...minimal, entities: [{ name: 'Belarus', type: 'COUNTRY', alias: ['BY'] }] },
      'unknown field "alias"',
    ],
    [
      { ...minimal, entities: [...minimal.entities, { name: 'Belarus', type: 'CITY' }] },
      'two gold entities share a name',
    ],
    [{ ...minimal, sotu: { file: 'a.txt', start: -1 } }, 'sotu.start must be an offset'],
    [[], 'fixture must be an object'],
  ])('refuses an invalid fixture (%#)', (value, message) => {
    expect(parseError(value)).toContain(message);
  });
});
