import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CONLL04_DEV_FILE,
  CONLL04_DIR,
  displayPath,
  evaluateConll04,
  loadConll04,
  missingDatasetFolder,
  skippedMessage,
  writePredictions,
} from '../../../src/eval/conll04';
import type { ConllRecord } from '../../../src/eval/conll04-record';
import type { Extractor } from '../../../src/eval/extractor';
import { ExtractionBuilder } from './extraction-builder';

const records: ConllRecord[] = [
  {
    tokens: ['Oswald', 'shot', 'Kennedy', 'in', 'Dallas', '.'],
    entities: [
      { type: 'Peop', start: 0, end: 1 },
      { type: 'Peop', start: 2, end: 3 },
      { type: 'Loc', start: 4, end: 5 },
    ],
    relations: [{ type: 'Kill', head: 0, tail: 1 }],
    orig_id: 1,
  },
  {
    tokens: ['XINHUA', ',', 'Beijing'],
    entities: [
      { type: 'Org', start: 0, end: 1 },
      { type: 'Loc', start: 2, end: 3 },
    ],
    relations: [{ type: 'OrgBased_In', head: 0, tail: 1 }],
    orig_id: 2,
  },
];

/** Finds the people of the first sentence and the killing, nothing in the second. */
const fakeExtractor: Extractor = (text) => {
  const b = new ExtractionBuilder(text);
  if (text.startsWith('Oswald'))
    b.relation(b.entity('Oswald', 'PERSON'), 'KILLS', b.entity('Kennedy', 'PERSON'));
  return b.build();
};

describe('evaluateConll04', () => {
  it('runs the extractor on each sentence joined by spaces and scores the predictions', async () => {
    const seen: string[] = [];
    const spy: Extractor = (text) => {
      seen.push(text);
      return fakeExtractor(text);
    };
    const result = await evaluateConll04('x.json', records, spy);
    expect(seen).toEqual(['Oswald shot Kennedy in Dallas .', 'XINHUA , Beijing']);
    expect(result.sentences).toBe(2);
    expect(result.entities).toMatchObject({ tp: 2, fp: 0, fn: 3 });
    expect(result.relations).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(result.predictions[1]).toEqual({ ...records[1], entities: [], relations: [] });
  });
});

describe('predictions file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'conll04-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is written in the dataset format and reads back as records', async () => {
    const result = await evaluateConll04('x.json', records, fakeExtractor);
    const file = path.join(dir, 'out.json');
    writePredictions(file, result.predictions);
    expect(loadConll04(file)).toEqual(result.predictions);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(records.length + 3);
  });

  it('loading reports a missing or broken file', () => {
    expect(() => loadConll04(path.join(dir, 'absent.json'))).toThrow('CoNLL04 file not found');
    writeFileSync(path.join(dir, 'broken.json'), '[{');
    expect(() => loadConll04(path.join(dir, 'broken.json'))).toThrow('not valid JSON');
  });

  it('tells a missing dataset folder (skip) from a missing file (error)', () => {
    expect(missingDatasetFolder(path.join(dir, 'absent.json'))).toBeNull();
    expect(missingDatasetFolder(path.join(dir, 'no-such-folder', 'dev.json'))).toBe(
      path.join(dir, 'no-such-folder'),
    );
  });
});

describe('the default dataset location', () => {
  it('is ../shared/datasets/conll04 beside the project, named so when it is skipped', () => {
    expect(displayPath(CONLL04_DIR)).toBe(path.join('..', 'shared', 'datasets', 'conll04'));
    expect(skippedMessage(CONLL04_DIR)).toBe('skipped: ../shared/datasets/conll04 not found');
    expect(displayPath('/elsewhere/conll04')).toBe('/elsewhere/conll04');
  });

  // The dataset is not shipped with the project: this check runs only where it is present.
  const whenPresent = existsSync(CONLL04_DEV_FILE) ? it : it.skip;
  whenPresent(
    'holds the dev split in the documented format (skipped: ../shared/datasets/conll04 not found)',
    () => {
      const dev = loadConll04(CONLL04_DEV_FILE);
      expect(dev).toHaveLength(231);
      expect(dev.reduce((n, r) => n + r.relations.length, 0)).toBe(343);
    },
  );
});
