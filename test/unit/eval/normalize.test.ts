import { normalizeName, occursIn, wordsOf } from '../../../src/eval/normalize';

describe('normalizeName', () => {
  it.each([
    ['The White House', 'white house'],
    ['U.S.', 'us'],
    ['Russia’s', 'russia'],
    ["Belarus'", 'belarus'],
    ['Pérez de Cuéllar', 'perez de cuellar'],
    ['Mazar-e-Sharif', 'mazar e sharif'],
    ['  Anthony   Blinken ', 'anthony blinken'],
  ])('%s -> %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });

  it('keeps names that differ in words apart', () => {
    expect(normalizeName('Vladimir Putin')).not.toBe(normalizeName('Vladimir Zelensky'));
    expect(normalizeName('The Hague')).toBe('hague');
    expect(normalizeName('The')).toBe('the');
  });
});

describe('wordsOf', () => {
  it('splits a normalized name into words', () => {
    expect(wordsOf('closure of the US embassy in Minsk')).toEqual([
      'closure',
      'of',
      'the',
      'us',
      'embassy',
      'in',
      'minsk',
    ]);
    expect(wordsOf('...')).toEqual([]);
  });
});

describe('occursIn', () => {
  const text = normalizeName('Secretary of State Anthony Blinken said Monday. Blinken’s staff left.');
  it('finds whole-word occurrences only', () => {
    expect(occursIn('Blinken', text)).toBe(true);
    expect(occursIn('Anthony Blinken', text)).toBe(true);
    expect(occursIn('Blink', text)).toBe(false);
    expect(occursIn('Antony Blinken', text)).toBe(false);
  });
});
