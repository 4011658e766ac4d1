import {
  formatBars,
  formatConll04,
  formatFixtureDetails,
  formatFixtureTable,
} from '../../../src/eval/report';
import { evaluateFixtures } from '../../../src/eval/fixtures-eval';
import { prf } from '../../../src/eval/metrics';
import { ExtractionBuilder } from './extraction-builder';
import { MINI_TEXT, miniGold } from './mini-gold';

async function miniResult() {
  const fixture = { name: 'mini', text: MINI_TEXT, gold: miniGold() };
  return evaluateFixtures([fixture, { ...fixture, name: 'mini-2' }], (text) => {
    const b = new ExtractionBuilder(text);
    b.entity('Minsk', 'CITY');
    b.entity('Monday', 'PERSON');
    return b.build();
  });
}

describe('evaluateFixtures', () => {
  it('scores each fixture and micro-averages the counts', async () => {
    const result = await miniResult();
    expect(result.fixtures.map((f) => f.name)).toEqual(['mini', 'mini-2']);
    expect(result.entities).toMatchObject({ tp: 2, fp: 2, fn: 14 });
    expect(result.entities.precision).toBe(0.5);
  });

  it('passes the gold date and the fixture name to the extractor', async () => {
    const seen: unknown[] = [];
    const gold = miniGold({ date: '2022-02-28' });
    await evaluateFixtures([{ name: 'mini', text: MINI_TEXT, gold }], (text, options) => {
      seen.push(options);
      return new ExtractionBuilder(text).build();
    });
    expect(seen).toEqual([{ id: 'mini', date: '2022-02-28' }]);
  });
});

describe('report', () => {
  it('prints one row per fixture and a micro-average row', async () => {
    const table = formatFixtureTable(await miniResult());
    expect(table).toMatch(/^mini\s+50\.0\s+12\.5\s+20\.0\s+0\.0\s+0\.0\s+0\.0\s+0\/1\s+0\/2\s+0\s+1$/m);
    expect(table).toMatch(/^micro, all fixtures\s+50\.0\s+12\.5\s+20\.0/m);
  });

  it('lists misses and false positives, cut at the limit', async () => {
    const [score] = (await miniResult()).fixtures;
    const details = formatFixtureDetails(score!, 2);
    expect(details).toContain('  missed entities (7):');
    expect(details).toContain('    ... 5 more (--verbose shows all)');
    expect(details).toContain('    Monday (PERSON)');
    expect(details).toContain('    "Monday" as PERSON (day name)');
    expect(details).toContain(
      'Antony Blinken -ANNOUNCES-> embassy closure: subject "Antony Blinken" not found',
    );
  });

  it('prints CoNLL04 figures beside the published ones', () => {
    const p = prf({ tp: 7, fp: 3, fn: 3 });
    const text = formatConll04({
      file: 'dev.json',
      sentences: 2,
      predictions: [],
      snapped: 1,
      entities: p,
      relations: p,
    });
    expect(text).toContain('CoNLL04 dev.json (2 sentences; strict micro; 1 entity spans snapped to tokens)');
    expect(text).toMatch(/^entities\s+70\.0\s+70\.0\s+70\.0\s+7\s+3\s+3$/m);
    expect(text).toContain('REBEL relation F1 75.4');
  });

  it('marks bars PASS, FAIL or n/a', () => {
    const text = formatBars([
      { bar: 'a', passed: true, detail: 'x' },
      { bar: 'b', passed: false, detail: 'y' },
      { bar: 'c', passed: null, detail: 'z' },
    ]);
    expect(text.split('\n')).toEqual(['Bars (issue 3)', '  PASS  a  x', '  FAIL  b  y', '  n/a   c  z']);
  });
});
