/**
 * Bad input among good input: each bad file or line is reported with its name (and line number) while
 * the rest lands (test/fixtures/ingest: two good articles, an empty file, JSON lines whose line 2 is not
 * JSON; a binary file and one over the limit are added to a copy); the CLI exits non-zero; a Neo4j that is down stops the CLI with a message naming it.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { GraphDatabase } from '../../../src/graph/database';
import { ingestPaths } from '../../../src/ingest/ingest-run';
import { clearAndClose, openEmptyTestDatabase, testConnection } from '../../helpers/database';
import { naiveExtractor } from '../../unit/graph/extraction-builder';
import { captureIo } from './cli-io';
import { countOf } from './graph-state';

jest.setTimeout(60_000);

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'ingest');
const LIMIT = 2_000;

function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-ingest-'));
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(path.join(dir, 'oversized.txt'), 'Belarus borders Ukraine. '.repeat(100));
  return dir;
}

describe('ingesting a folder with bad inputs in it', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openEmptyTestDatabase();
  });
  afterAll(() => clearAndClose(db));

  it('reports each bad input by name and line, and lands the rest', async () => {
    const dir = corpus();
    const summary = await ingestPaths(db, [dir], {
      maxArticleBytes: LIMIT,
      extract: naiveExtractor,
      concurrency: 3,
    });
    const failures = summary.failures
      .map((failure) => [path.relative(dir, failure.origin), failure.message])
      .sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(failures).toEqual([
      ['binary.txt', 'binary data (NUL bytes), not text'],
      ['empty.txt', 'the file is empty'],
      ['feed.jsonl:2', expect.stringMatching(/^not JSON: /)],
      ['oversized.txt', '2,500 bytes, over the limit of 2,000 (NEWSGRAPH_MAX_ARTICLE_BYTES)'],
    ]);
    expect(summary).toMatchObject({ new: 4, failed: 4 }); // embassy, ruler, feed-1, feed-3
    const ids = await db.read<{ id: string; title: string }>(
      'MATCH (a:Article) RETURN a.id AS id, a.title AS title ORDER BY id',
    );
    expect(ids).toEqual([
      { id: 'embassy', title: 'US to close embassy in Minsk' },
      { id: 'feed-1', title: 'Sanctions' },
      { id: 'feed-3', title: null },
      { id: 'ruler', title: 'Lukashenko rules Belarus' },
    ]);
    expect(await countOf(db, '(:Country {name: "Belarus"})')).toBe(1);

    const again = await ingestPaths(db, [dir], {
      maxArticleBytes: LIMIT,
      extract: naiveExtractor,
      concurrency: 3,
    });
    expect(again).toMatchObject({ new: 0, unchanged: 4, replaced: 0, failed: 4 });
  });
});

describe('the CLI', () => {
  it('stops with a message naming the URI and exit status 75 when Neo4j is down', async () => {
    const io = captureIo({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'password-123' });
    const status = await runCli(['ingest', FIXTURES], io);
    expect(status).toBe(75);
    expect(io.err()).toMatch(
      /^newsgraph: Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:1\. Is it running\?/m,
    );
  });

  it('says so when delete-article finds no such article (exit 66)', async () => {
    const { uri, user, password } = testConnection();
    const io = captureIo({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
    expect(await runCli(['delete-article', 'no-such-article'], io)).toBe(66);
    expect(io.err()).toBe('newsgraph: no article with id "no-such-article"\n');
  });

  it('refuses a bad --concurrency before touching anything', async () => {
    const io = captureIo({});
    expect(await runCli(['ingest', '--concurrency', 'lots', FIXTURES], io)).toBe(65);
    expect(io.err()).toMatch(/--concurrency must be a whole number/);
  });
});
