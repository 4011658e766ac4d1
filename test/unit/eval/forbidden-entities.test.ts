import { findForbiddenEntities, reasonToForbid } from '../../../src/eval/forbidden-entities';
import { ExtractionBuilder } from './extraction-builder';

describe('reasonToForbid', () => {
  const listed = new Set(['putinan']);

  it.each([
    ['He', 'pronoun'],
    ['they', 'pronoun'],
    ['Us', 'pronoun'],
    ['Monday', 'day name'],
    ['Sunday night', 'day name'],
    ['of Finance Janet Yellen', 'fragment'],
    ['Belarus and', 'fragment'],
    ['“security', 'fragment'],
    ['Putinan', 'listed in gold'],
  ])('%s is forbidden as a %s', (form, reason) => {
    expect(reasonToForbid(form, listed)).toBe(reason);
  });

  it.each([
    'US',
    'U.S.',
    'The Hague',
    'White House',
    'Bank of America',
    "Sunday's referendum",
    'DailyMail.com',
  ])('%s is a fine name', (form) => {
    expect(reasonToForbid(form, listed)).toBeNull();
  });
});

describe('findForbiddenEntities', () => {
  it('checks names and aliases of every type but dates, amounts and quantities', () => {
    const builder = new ExtractionBuilder('He left on Monday.');
    builder.entity('He', 'PERSON');
    builder.entity('Monday', 'DATE');
    builder.entity('Monday', 'EVENT');
    builder.entity('Belarus', 'COUNTRY', { aliases: ['it'] });
    const found = findForbiddenEntities(builder.build().entities, []);
    expect(found.map((f) => [f.entity.type, f.form, f.reason])).toEqual([
      ['PERSON', 'He', 'pronoun'],
      ['EVENT', 'Monday', 'day name'],
      ['COUNTRY', 'it', 'pronoun'],
    ]);
  });

  it('uses the gold list case-insensitively', () => {
    const builder = new ExtractionBuilder('x');
    builder.entity('LAUGHTER', 'ORGANIZATION');
    expect(findForbiddenEntities(builder.build().entities, ['Laughter'])).toHaveLength(1);
  });
});
