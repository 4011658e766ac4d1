/** A small gold fixture shaped like the sample article, shared by the scorer tests. */
import { parseGoldFixture, type GoldFixture } from '../../../src/eval/gold-fixture';

export const MINI_TEXT =
  'The United States will close its embassy in Minsk, Secretary of State Anthony Blinken said Monday. ' +
  'Blinken said the US will sanction Belarus. Vladimir Putin and Vladimir Zelensky did not meet. ' +
  'Belarus borders Russia. The White House warned Belarus.';

export function miniGold(overrides: Record<string, unknown> = {}): GoldFixture {
  return parseGoldFixture(
    {
      source: 'unit test',
      entities: [
        { name: 'United States', type: 'COUNTRY', aliases: ['US'], accept: ['American'] },
        { name: 'Minsk', type: 'CITY' },
        { name: 'Antony Blinken', type: 'PERSON', aliases: ['Anthony Blinken', 'Blinken'] },
        { name: 'Belarus', type: 'COUNTRY' },
        { name: 'Russia', type: 'COUNTRY' },
        { name: 'Vladimir Putin', type: 'PERSON' },
        { name: 'Vladimir Zelensky', type: 'PERSON' },
        { name: 'White House', type: 'ORGANIZATION', altTypes: ['FACILITY'] },
        { name: 'Monday', type: 'DATE' },
        { name: 'US embassy in Minsk', type: 'FACILITY', optional: true, keywords: [['embassy'], ['minsk']] },
        { name: 'embassy closure', type: 'EVENT', keywords: [['embassy'], ['close', 'closure']] },
      ],
      mustNotBeEntities: ['Secretary'],
      mustNotMerge: [['Vladimir Putin', 'Vladimir Zelensky']],
      relations: [
        { subject: 'Antony Blinken', predicate: 'ANNOUNCES', object: 'embassy closure', userFact: true },
        { subject: 'United States', predicate: 'SANCTIONS', object: 'Belarus', modality: 'will' },
        { subject: 'Belarus', predicate: 'BORDERS', object: 'Russia' },
        { subject: 'Vladimir Putin', predicate: 'MEETS', object: 'Vladimir Zelensky', negated: true },
        { subject: 'White House', predicate: 'WARNS', object: 'Belarus', optional: true },
      ],
      ...overrides,
    },
    'mini.gold.json',
  );
}
