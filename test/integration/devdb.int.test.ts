/**
 * The embedded Neo4j that test/setup started: a real Neo4j 5 Community server, loopback only, with
 * Browser and APOC, that logs our driver's connections.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { EmbeddedNeo4j } from '../../src/devdb';
import { AppError, ErrorCode } from '../../src/errors';
import { USER_AGENT, type GraphDatabase } from '../../src/graph/database';
import { openTestDatabase } from '../helpers/database';
import { testServer } from '../setup/test-database';

// Set by test/setup only when it started the embedded server (not with an external NEO4J_URI).
const embedded = process.env.NEWSGRAPH_TEST_BROWSER_URL !== undefined;
const describeEmbedded = embedded ? describe : describe.skip;

describe('the test Neo4j', () => {
  let database: GraphDatabase;
  beforeAll(() => {
    database = openTestDatabase();
  });
  afterAll(() => database.close());

  it('is Neo4j 5 and answers Cypher', async () => {
    const [row] = await database.read<{ version: string; edition: string }>(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    expect(row?.version).toMatch(/^5\./);
    expect(row?.edition).toBe('community');
  });

  it('returns integers as numbers and nodes as plain objects', async () => {
    const [row] = await database.read('RETURN 41 + 1 AS answer, {name: "x"} AS map');
    expect(row).toEqual({ answer: 42, map: { name: 'x' } });
  });

  it('maps a query timeout to QUERY_TIMEOUT', async () => {
    const short = openTestDatabase({ queryTimeoutMs: 200 });
    try {
      await expect(
        short.read('UNWIND range(1, 100000000) AS i WITH i WHERE i = -1 RETURN count(*) AS n'),
      ).rejects.toMatchObject({ code: ErrorCode.QUERY_TIMEOUT });
    } finally {
      await short.close();
    }
  });
});

describeEmbedded('the embedded server', () => {
  const browserUrl = process.env.NEWSGRAPH_TEST_BROWSER_URL ?? '';

  it('serves Neo4j Browser and advertises its loopback Bolt address', async () => {
    const page = await fetch(browserUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/Neo4j Browser/i);
    const discovery = (await (await fetch(new URL('/', browserUrl))).json()) as { bolt_direct: string };
    expect(discovery.bolt_direct).toBe(process.env.NEO4J_URI);
  });

  it('has APOC core', async () => {
    const database = openTestDatabase();
    try {
      const [row] = await database.read<{ version: string }>('RETURN apoc.version() AS version');
      expect(row?.version).toMatch(/^5\.26\./);
    } finally {
      await database.close();
    }
  });

  it('logs the connections of our driver by user agent', async () => {
    const database = openTestDatabase();
    await database.verify();
    await database.close();
    const debugLog = readFileSync(path.join(testServer().status().instanceDir, 'logs', 'debug.log'), 'utf8');
    expect(debugLog).toContain(`userAgent='${USER_AGENT}'`);
  });

  it('says it is already running instead of starting a second server', async () => {
    const server = testServer();
    const pid = server.runningPid();
    expect(pid).not.toBeNull();
    await expect(server.start()).resolves.toEqual({ alreadyRunning: true, pid });
  });

  it('refuses a port that is in use, naming the variable that sets it', async () => {
    const port = Number(new URL(process.env.NEO4J_URI ?? '').port);
    const home = testServer().status().home;
    const other = new EmbeddedNeo4j({
      ...loadConfig({}).embedded,
      home,
      instanceDir: path.join(home, 'instances', 'port-clash'),
      boltPort: port,
      httpPort: port + 1,
      password: null,
    });
    const failure = await other.start().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toMatch(new RegExp(`Port ${port} .*NEO4J_BOLT_PORT`));
  });
});
