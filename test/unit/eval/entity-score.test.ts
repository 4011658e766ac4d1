import { EntityMatcher } from '../../../src/eval/entity-matching';
import { eventRecall, scoreEntities } from '../../../src/eval/entity-score';
import { ExtractionBuilder } from './extraction-builder';
import { MINI_TEXT, miniGold } from './mini-gold';

/** The required gold of miniGold: its 8 non-optional entities of a named type. */
const REQUIRED = 8;

function perfectEntities(builder: ExtractionBuilder): void {
  builder.entity('United States', 'COUNTRY', { aliases: ['US'] });
  builder.entity('Minsk', 'CITY');
  builder.entity('Antony Blinken', 'PERSON', { aliases: ['Anthony Blinken', 'Blinken'] });
  builder.entity('Belarus', 'COUNTRY');
  builder.entity('Russia', 'COUNTRY');
  builder.entity('Vladimir Putin', 'PERSON');
  builder.entity('Vladimir Zelensky', 'PERSON');
  builder.entity('White House', 'ORGANIZATION');
}

function score(build: (builder: ExtractionBuilder) => void) {
  const builder = new ExtractionBuilder(MINI_TEXT);
  build(builder);
  return scoreEntities(new EntityMatcher(miniGold().entities), builder.build().entities);
}

describe('scoreEntities', () => {
  it('counts every required gold entity found with its type as a true positive', () => {
    const result = score(perfectEntities);
    expect(result).toMatchObject({ tp: REQUIRED, fp: 0, fn: 0 });
  });

  it('matches through aliases and accepted forms, after normalization', () => {
    const result = score((b) => {
      b.entity('Blinken', 'PERSON');
      b.entity('the U.S.', 'COUNTRY');
    });
    expect(result.tp).toBe(2);
    expect(result.fp).toBe(0);
  });

  it('misses an entity of the wrong type and says what it was found as', () => {
    const result = score((b) => b.entity('Minsk', 'PERSON'));
    expect(result.tp).toBe(0);
    expect(result.missed.find((m) => m.gold.name === 'Minsk')?.foundAs).toEqual(['Minsk (PERSON)']);
    expect(result.falsePositives.map((f) => f.entity.name)).toEqual(['Minsk']);
  });

  it('accepts an alternative type the gold lists', () => {
    expect(score((b) => b.entity('White House', 'FACILITY')).tp).toBe(1);
  });

  it('counts an entity matching no gold entity as a false positive', () => {
    const result = score((b) => {
      perfectEntities(b);
      b.entity('Secretary of State', 'PERSON');
    });
    expect(result).toMatchObject({ tp: REQUIRED, fp: 1, fn: 0 });
    expect(result.falsePositives[0]?.duplicateOf).toBeNull();
  });

  it('counts a second entity for the same gold entity (a split) as a false positive', () => {
    const result = score((b) => {
      b.entity('Anthony Blinken', 'PERSON');
      b.entity('Blinken', 'PERSON');
    });
    expect(result).toMatchObject({ tp: 1, fp: 1 });
    expect(result.falsePositives[0]?.duplicateOf).toBe('Antony Blinken');
  });

  it('neither rewards nor penalizes optional gold entities', () => {
    const result = score((b) => b.entity('US embassy in Minsk', 'FACILITY'));
    expect(result).toMatchObject({ tp: 0, fp: 0, fn: REQUIRED, neutral: 1 });
  });

  it('ignores unscored types on the predicted side', () => {
    const result = score((b) => {
      b.entity('Monday', 'DATE');
      b.entity('sanctions', 'CONCEPT');
    });
    expect(result).toMatchObject({ tp: 0, fp: 0, neutral: 0 });
  });

  it('does not let a keyword match stand in for an exact match of another gold entity', () => {
    // "Minsk" exactly names the city, so its keywords cannot also make it the embassy.
    const result = score((b) => b.entity('Minsk', 'FACILITY'));
    expect(result.neutral).toBe(0);
    expect(result.fp).toBe(1);
  });
});

describe('eventRecall', () => {
  function recall(build: (builder: ExtractionBuilder) => void) {
    const builder = new ExtractionBuilder(MINI_TEXT);
    build(builder);
    return eventRecall(new EntityMatcher(miniGold().entities), builder.build().entities);
  }

  it('finds an event through its keywords', () => {
    expect(recall((b) => b.entity('close embassy in Minsk', 'EVENT'))).toEqual({
      found: 1,
      total: 1,
      missed: [],
    });
  });

  it('misses an event whose name lacks a keyword group', () => {
    expect(recall((b) => b.entity('embassy in Minsk', 'EVENT')).missed).toEqual(['embassy closure']);
  });
});
