/**
 * The two analyzers through the CLI, on the test Neo4j and the test CoreNLP (CORENLP_URL): extract and
 * ingest take --analyzer; the analyzer is part of an article's content hash, so switching analyzers reads
 * an article again while the same analyzer twice changes nothing.
 */
import { createServer } from 'node:net';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { GraphDatabase } from '../../../src/graph/database';
import { clearAndClose, openEmptyTestDatabase, testConnection } from '../../helpers/database';
import { captureIo } from '../graph/cli-io';

jest.setTimeout(600_000);

const ARTICLE = path.join(__dirname, '..', '..', 'fixtures', 'ingest', 'embassy.txt');

function env(analyzer: string) {
  const { uri, user, password } = testConnection();
  return {
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    LOG_LEVEL: 'warn',
    CORENLP_URL: process.env.CORENLP_URL ?? 'http://127.0.0.1:9000',
    NEWSGRAPH_ANALYZER: analyzer,
  };
}

describe('the analyzers on the command line', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openEmptyTestDatabase();
  });
  afterAll(() => clearAndClose(db));

  it('extract --analyzer corenlp reads the text with CoreNLP and the syntax extractor', async () => {
    const io = captureIo(env('fast'));
    const status = await runCli(['extract', '--analyzer', 'corenlp', ARTICLE], io);
    expect({ status, stderr: io.err() }).toEqual({ status: 0, stderr: '' });
    const extraction = JSON.parse(io.out()) as { entities: { name: string; type: string }[] };
    expect(extraction.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Belarus']));
  });

  it('refuses an unknown analyzer', async () => {
    const io = captureIo(env('fast'));
    expect(await runCli(['extract', '--analyzer', 'spacy', ARTICLE], io)).toBe(65);
    expect(io.err()).toMatch(/--analyzer is corenlp or fast, not "spacy"/);
  });

  it('stops an ingest run with exit status 75 when CoreNLP is unreachable, storing nothing', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const io = captureIo({ ...env('corenlp'), CORENLP_URL: `http://127.0.0.1:${port}` });
    expect(await runCli(['ingest', ARTICLE], io)).toBe(75);
    expect(io.err()).toMatch(
      new RegExp(`CoreNLP server at http://127\\.0\\.0\\.1:${port} is not reachable \\(ECONNREFUSED\\)`),
    );
    const [row] = await db.read<{ articles: number }>(
      'MATCH (a:Article) RETURN count(a) AS articles',
      {},
      'test',
    );
    expect(row?.articles).toBe(0);
  });

  it('re-reads an article when the analyzer changes, and only then', async () => {
    const statuses: string[] = [];
    for (const [analyzer, option] of [
      ['fast', []],
      ['fast', []],
      ['fast', ['--analyzer', 'corenlp']],
      ['corenlp', []],
      ['corenlp', ['--analyzer', 'fast']],
    ] as const) {
      const io = captureIo(env(analyzer));
      expect(await runCli(['ingest', ...option, ARTICLE], io)).toBe(0);
      statuses.push(
        /Articles: (\d+) new, (\d+) unchanged, (\d+) replaced/.exec(io.out())?.slice(1).join('/') ?? io.out(),
      );
    }
    // new/unchanged/replaced per run: fast, fast again, corenlp, corenlp again, back to fast.
    expect(statuses).toEqual(['1/0/0', '0/1/0', '0/0/1', '0/1/0', '0/0/1']);
  });
});
