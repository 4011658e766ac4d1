import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createEvalCommand } from '../../../src/cli/commands/eval';
import type { CommandIo } from '../../../src/cli/command';
import { displayPath } from '../../../src/eval/conll04';
import type { Extractor } from '../../../src/eval/extractor';
import { ExtractionBuilder } from './extraction-builder';
import { MINI_TEXT } from './mini-gold';

function captureIo(): { io: CommandIo; out: () => string } {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const io: CommandIo = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {} };
  return { io, out: () => Buffer.concat(chunks).toString('utf8') };
}

/** Finds Minsk and nothing else. */
const fakeExtractor: Extractor = (text) => {
  const b = new ExtractionBuilder(text);
  b.entity('Minsk', 'CITY');
  b.entity('Oswald', 'PERSON');
  return b.build();
};

const command = createEvalCommand(async () => fakeExtractor);
const dir = mkdtempSync(path.join(tmpdir(), 'eval-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sampleGold = {
  source: 'test',
  entities: [
    { name: 'Minsk', type: 'CITY' },
    { name: 'Belarus', type: 'COUNTRY' },
  ],
  relations: [],
};

describe('newsgraph eval fixtures <dir>', () => {
  const fixtures = path.join(dir, 'gold');
  beforeAll(() => {
    mkdirSync(fixtures);
    writeFileSync(path.join(fixtures, 'belarus-embassy-closure.txt'), MINI_TEXT);
    writeFileSync(path.join(fixtures, 'belarus-embassy-closure.gold.json'), JSON.stringify(sampleGold));
  });

  it('prints the table, the details and the sample bars, and exits 0 without --strict', async () => {
    const { io, out } = captureIo();
    expect(await command.run(['fixtures', fixtures], io)).toBe(0);
    expect(out()).toMatch(/^belarus-embassy-closure\s+50\.0\s+50\.0\s+50\.0/m);
    expect(out()).toContain('    Belarus (COUNTRY)');
    expect(out()).toContain('FAIL  sample: every person, country, city, organization found and typed');
  });

  it('exits 1 with --strict when a bar fails', async () => {
    expect(await command.run(['fixtures', fixtures, '--strict'], captureIo().io)).toBe(1);
  });
});

describe('newsgraph eval conll04 <file>', () => {
  const record = {
    tokens: ['Oswald', 'shot', 'Kennedy'],
    entities: [
      { type: 'Peop', start: 0, end: 1 },
      { type: 'Peop', start: 2, end: 3 },
    ],
    relations: [{ type: 'Kill', head: 0, tail: 1 }],
    orig_id: 9,
  };

  it('prints strict P/R/F1, writes --predictions, and checks the bars', async () => {
    const file = path.join(dir, 'dev.json');
    const out = path.join(dir, 'out.json');
    writeFileSync(file, JSON.stringify([record]));
    const captured = captureIo();
    expect(await command.run(['conll04', file, '--predictions', out], captured.io)).toBe(0);
    expect(captured.out()).toMatch(/^entities\s+100\.0\s+50\.0\s+66\.7\s+1\s+0\s+1$/m);
    expect(captured.out()).toContain('FAIL  CoNLL04 dev.json: entity F1 >= 70.0');
    const [prediction] = JSON.parse(readFileSync(out, 'utf8')) as (typeof record)[];
    expect(prediction).toEqual({ ...record, entities: [{ type: 'Peop', start: 0, end: 1 }], relations: [] });
  });

  it('skips cleanly when the dataset folder is absent', async () => {
    const captured = captureIo();
    const missing = path.join(dir, 'no-such-folder', 'conll04_dev.json');
    expect(await command.run(['conll04', missing, '--strict'], captured.io)).toBe(0);
    // Shown relative to the project, or absolute when that would climb out of its parent (a temp folder).
    expect(captured.out()).toContain(`CoNLL04: skipped: ${displayPath(path.dirname(missing))} not found`);
    expect(captured.out()).toMatch(/CoNLL04: skipped: \S*no-such-folder not found/);
    expect(captured.out()).toContain('n/a   CoNLL04 conll04_dev.json');
  });

  it('--analyzer corenlp annotates every sentence ahead and maps with the surface readers', async () => {
    const file = path.join(dir, 'train.json');
    writeFileSync(file, JSON.stringify([record]));
    const prefetched: string[] = [];
    const people: Extractor = (text) => {
      const b = new ExtractionBuilder(text);
      b.entity('Oswald', 'PERSON');
      b.entity('Kennedy', 'PERSON');
      return b.build();
    };
    const corenlp = createEvalCommand(
      async () => fakeExtractor,
      async () => ({ extractor: people, prefetch: async (texts) => void prefetched.push(...texts) }),
    );
    const captured = captureIo();
    expect(await corenlp.run(['conll04', file, '--analyzer', 'corenlp'], captured.io)).toBe(0);
    expect(prefetched).toEqual(['Oswald shot Kennedy']);
    // "Oswald shot Kennedy": the Kill comes from conll04-surface.ts, which the fast analyzer does not use.
    expect(captured.out()).toMatch(/^relations\s+100\.0\s+100\.0\s+100\.0\s+1\s+0\s+0$/m);
    await expect(corenlp.run(['conll04', file, '--analyzer', 'spacy'], captureIo().io)).rejects.toThrow(
      '--analyzer must be fast or corenlp',
    );
  });

  it('refuses a missing argument and a misplaced --predictions', async () => {
    await expect(command.run(['conll04'], captureIo().io)).rejects.toThrow('expected a CoNLL04 JSON file');
    await expect(command.run(['fixtures', '--predictions', 'x'], captureIo().io)).rejects.toThrow(
      '--predictions goes with eval conll04',
    );
    await expect(command.run(['leaderboard'], captureIo().io)).rejects.toThrow(
      'unknown target "leaderboard"',
    );
  });
});
