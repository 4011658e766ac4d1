import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SYNTAX_EXTRACTOR_VERSION } from '../../../src/extract/syntax/version';
import { extract } from '../../../src/extract';
import { extractFromAnnotation } from '../../../src/extract/syntax';
import { checkArticle } from '../../../src/graph/article-input';
import { EXTRACTOR_VERSION } from '../../../src/extract/version';
import {
  analyzerVersion,
  asExtractor,
  coreNlpAnalyzer,
  FAST_IDENTITY,
  fastAnalyzer,
} from '../../../src/nlp/analyzer';
import { CoreNlpClient, DEFAULT_CORENLP_PROPERTIES } from '../../../src/nlp/corenlp-client';
import { ExtractionPool, workerFile } from '../../../src/nlp/extraction-pool';
import { loadAnnotationFixture } from '../../helpers/annotation-fixtures';

const SAMPLE = readFileSync(path.join(__dirname, '../../../samples/belarus-embassy-closure.txt'), 'utf8');

describe('analyzerVersion', () => {
  const corenlp = new CoreNlpClient({ urls: ['http://127.0.0.1:1'] }).identity();

  it('keeps EXTRACTOR_VERSION for the fast analyzer, whose output the version test pins', () => {
    expect(analyzerVersion(FAST_IDENTITY)).toBe(EXTRACTOR_VERSION);
  });

  it('folds the analyzer, its engine version and its settings into the version', () => {
    const version = analyzerVersion(corenlp);
    expect(version).toMatch(
      new RegExp(`^${EXTRACTOR_VERSION.replace(/\./g, '\\.')}\\+corenlp-4\\.5\\.10-[0-9a-f]{12}$`),
    );
    expect(analyzerVersion({ ...corenlp, version: '4.5.9' })).not.toBe(version);
    const fineGrained = new CoreNlpClient({
      urls: ['http://127.0.0.1:1'],
      properties: { ...DEFAULT_CORENLP_PROPERTIES, 'ner.applyFineGrained': 'true' },
    }).identity();
    expect(analyzerVersion(fineGrained)).not.toBe(version);
    expect(analyzerVersion(corenlp, 'next')).toMatch(/^next\+corenlp/);
  });

  it('is what an analyzer and its extractor carry', async () => {
    const pool = new ExtractionPool({ threads: 1 });
    try {
      const analyzer = coreNlpAnalyzer(new CoreNlpClient({ urls: ['http://127.0.0.1:1'] }), { pool });
      expect(analyzer.version).toBe(analyzerVersion(corenlp, SYNTAX_EXTRACTOR_VERSION));
      expect(asExtractor(analyzer).version).toBe(analyzer.version);
    } finally {
      await pool.close();
    }
  });
});

describe('the fast analyzer', () => {
  it('gives exactly what extract() gives, extracted in a worker thread', async () => {
    const analyzer = fastAnalyzer();
    try {
      const options = { id: 'sample', title: 'Embassy', date: '2022-02-28' };
      let ticks = 0;
      const timer = setInterval(() => (ticks += 1), 10);
      const extraction = await analyzer.read(SAMPLE, options).finally(() => clearInterval(timer));
      // The event loop kept turning while the text was read: the extraction ran on another thread.
      expect(ticks).toBeGreaterThanOrEqual(3);
      expect(extraction).toEqual(extract(SAMPLE, options));
      expect(analyzer.version).toBe(EXTRACTOR_VERSION);
    } finally {
      await analyzer.close();
    }
  }, 60_000);
});

describe('the corenlp analyzer', () => {
  it('reads the server annotation with the syntax extractor, in a worker thread', async () => {
    const fixture = loadAnnotationFixture('belarus-embassy-closure');
    const fetchRecorded = (() => Promise.resolve(Response.json(fixture.annotation))) as typeof fetch;
    const client = new CoreNlpClient({ urls: ['http://recorded:9000'], fetch: fetchRecorded });
    const analyzer = coreNlpAnalyzer(client);
    try {
      const options = { id: 'sample', date: '2022-02-28' };
      const extraction = await analyzer.read(fixture.text, options);
      expect(extraction).toEqual(extractFromAnnotation(fixture.text, fixture.annotation, options));
      expect(extraction.entities.length).toBeGreaterThan(10);
    } finally {
      await analyzer.close();
    }
  }, 120_000);
});

describe('workerFile', () => {
  it('loads the compiled worker beside the module, or the TypeScript loader when running from sources', () => {
    expect(workerFile(path.join(__dirname, '../../../src/nlp'))).toMatch(/src\/nlp\/ts-worker\.js$/);
  });
});

describe('the content hash', () => {
  it('changes with the analyzer, and stays as it was for the fast one', () => {
    const input = { id: 'a', text: 'Alice met Bob.' };
    const corenlp = analyzerVersion(new CoreNlpClient({ urls: ['http://127.0.0.1:1'] }).identity());
    const plain = checkArticle(input).contentHash;
    expect(checkArticle(input, undefined, analyzerVersion(FAST_IDENTITY)).contentHash).toBe(plain);
    expect(checkArticle(input, undefined, corenlp).contentHash).not.toBe(plain);
  });
});
