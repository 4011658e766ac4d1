/**
 * The real extractor end to end: the bundled sample through the runner and through the CLI, twice, with
 * bad inputs beside good ones. Assertions are about the graph's guarantees, not the extractor's recall.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { GraphDatabase } from '../../../src/graph/database';
import { ingestPaths } from '../../../src/ingest/ingest-run';
import { clearAndClose, clearDatabase, openEmptyTestDatabase, testConnection } from '../../helpers/database';
import { countOf, graphState } from './graph-state';
import { captureIo } from './cli-io';

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'belarus-embassy-closure.txt');
const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'ingest');

function env() {
  const { uri, user, password } = testConnection();
  // CORENLP_URL: the test CoreNLP that test/setup started (or named), never a server of the CLI's own.
  return {
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    LOG_LEVEL: 'warn',
    CORENLP_URL: process.env.CORENLP_URL,
  };
}

describe('ingest with the real extractor', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openEmptyTestDatabase();
  });
  beforeEach(() => clearDatabase(db));
  afterAll(() => clearAndClose(db));

  it('ingests the sample once; a second run duplicates nothing', async () => {
    const first = await ingestPaths(db, [SAMPLE]);
    expect(first).toMatchObject({ new: 1, failed: 0 });
    expect(first.relations).toBeGreaterThan(5);
    const before = await graphState(db);
    expect(await countOf(db, '(:Country {name: "Belarus"})')).toBe(1);
    expect(await countOf(db, '(e:Entity)-[:MENTIONS]->()')).toBe(0);
    const second = await ingestPaths(db, [SAMPLE]);
    expect(second).toMatchObject({ new: 0, unchanged: 1, failed: 0 });
    expect(await graphState(db)).toEqual(before);
  });

  it('the CLI ingests a folder, reports bad files by name, and exits 65', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-'));
    cpSync(FIXTURES, dir, { recursive: true });
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const io = captureIo({ ...env(), NEWSGRAPH_MAX_ARTICLE_BYTES: '2000' });
    const status = await runCli(['ingest', '--concurrency', '8', dir], io);
    expect(status).toBe(65);
    expect(io.out()).toMatch(/^Articles: 4 new, 0 unchanged, 0 replaced, 3 failed$/m);
    expect(io.err()).toMatch(new RegExp(`^failed +${path.join(dir, 'empty.txt')}: the file is empty$`, 'm'));
    expect(io.err()).toMatch(new RegExp(`^failed +${path.join(dir, 'feed.jsonl')}:2: not JSON`, 'm'));
    expect(io.err()).toMatch(/^new +.*embassy\.txt \(id embassy\): \d+ entities, \d+ relations$/m);
    expect(await countOf(db, '(a:Article)')).toBe(4);
  });

  it('shows a progress bar on a terminal, and --dry-run writes nothing', async () => {
    const io = captureIo(env());
    Object.assign(io.stderr, { isTTY: true });
    expect(await runCli(['ingest', '--dry-run', SAMPLE], io)).toBe(0);
    // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence is the point
    expect(io.err()).toMatch(/\r\x1b\[K\[#+\] 1\/1 {2}[\d.]+ articles\/s {2}ETA 0s/);
    expect(io.out()).toMatch(/^Dry run, nothing written. Articles: 1 new/m);
    expect(await countOf(db, '(n)')).toBe(0);
  });

  it('delete-article removes what the CLI ingested', async () => {
    await runCli(['ingest', SAMPLE], captureIo(env()));
    const io = captureIo(env());
    expect(await runCli(['delete-article', 'belarus-embassy-closure'], io)).toBe(0);
    expect(io.out()).toMatch(
      /^Deleted article "belarus-embassy-closure": \d+ relations and \d+ entities removed\.$/m,
    );
    expect(await countOf(db, '(n) WHERE NOT n:EntityKey')).toBe(0);
    expect(await countOf(db, '(n)')).toBe(0);
  });
});
