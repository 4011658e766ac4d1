/**
 * The local CoreNLP server, for real: fetched from ~/.m2 into a home of its own (a copy when Maven already
 * holds the jars), started on a port of its own (NEWSGRAPH_TEST_NLP_PORT + 1; test/setup's server has the
 * test port itself), asked to annotate, found again, refused a taken port and a heap too small, stopped
 * with no Java process left behind.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../../src/config';
import { isAlive } from '../../../src/devdb/process-control';
import { AppError, ErrorCode } from '../../../src/errors';
import { CoreNlpServer, ensureNlpServer, type NlpServerHandle } from '../../../src/services/corenlp';
import { testNlpPort } from '../../setup/test-corenlp';
import { assertBuilt, runCli, waitFor } from '../queue/harness';

jest.setTimeout(600_000);

const home = path.join(os.tmpdir(), `newsgraph-corenlp-int-${process.pid}`);
const port = testNlpPort() + 1;

function config(): Config {
  return loadConfig({
    NEWSGRAPH_NLP_HOME: home,
    NEWSGRAPH_NLP_PORT: String(port),
    NEWSGRAPH_NLP_HEAP: '3g',
    NEWSGRAPH_NLP_THREADS: '1',
    NEWSGRAPH_NLP_START_TIMEOUT: '400',
  });
}

/** The pids of the Java processes whose command line names this test's home. */
function javaProcessesOfOurs(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmdline.includes('java') && cmdline.includes(home);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

async function startError(server: CoreNlpServer): Promise<AppError> {
  try {
    await server.start();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  await server.stop();
  throw new Error('expected the start to fail');
}

async function annotate(
  url: string,
  text: string,
): Promise<{ sentences: { tokens: { word: string; ner: string }[] }[] }> {
  const properties = encodeURIComponent(JSON.stringify({ outputFormat: 'json' }));
  const response = await fetch(`${url}/?properties=${properties}`, { method: 'POST', body: text });
  expect(response.status).toBe(200);
  return (await response.json()) as { sentences: { tokens: { word: string; ner: string }[] }[] };
}

describe('the local CoreNLP server', () => {
  let handle: NlpServerHandle | undefined;

  afterAll(async () => {
    await handle?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('is fetched into its home, started on loopback and warm when ensureNlpServer resolves', async () => {
    const progress: string[] = [];
    handle = await ensureNlpServer(config(), (message) => progress.push(message));
    expect(handle).toMatchObject({ urls: [`http://127.0.0.1:${port}`], started: true });
    expect(existsSync(path.join(home, 'lib', 'stanford-corenlp-4.5.10-models.jar'))).toBe(true);
    expect(progress.join('\n')).toMatch(/Fetching Stanford CoreNLP 4\.5\.10/);
    expect(progress.join('\n')).toMatch(/CoreNLP is ready/);
  });

  it('annotates with the default annotators and names the entities', async () => {
    const url = handle?.urls[0] as string;
    const { sentences } = await annotate(url, 'Angela Merkel visited Paris on Monday.');
    const tokens = sentences[0]?.tokens ?? [];
    expect(tokens.map((token) => token.word)).toEqual([
      'Angela',
      'Merkel',
      'visited',
      'Paris',
      'on',
      'Monday',
      '.',
    ]);
    expect(tokens[0]?.ner).toBe('PERSON');
    // ner.applyFineGrained=false: a city is a LOCATION, not a CITY.
    expect(tokens[3]?.ner).toBe('LOCATION');
  });

  it('reports itself running and ready, and is found again instead of started twice', async () => {
    const server = new CoreNlpServer({ ...config().nlp, home });
    const status = await server.status();
    expect(status).toMatchObject({ running: true, ready: true, url: `http://127.0.0.1:${port}` });
    const again = await ensureNlpServer(config());
    expect(again).toMatchObject({ urls: handle?.urls, started: false });
    await again.stop(); // not ours to stop: a no-op
    expect(isAlive(status.pid as number)).toBe(true);
  });

  it('refuses a port that something else holds, naming the port and its variable', async () => {
    const taken = await freePort();
    const squatter = net.createServer().listen(taken, '127.0.0.1');
    await new Promise((resolve) => squatter.once('listening', resolve));
    try {
      const server = new CoreNlpServer({
        ...config().nlp,
        home,
        instanceDir: path.join(home, 'instances', 'taken'),
        port: taken,
      });
      const error = await startError(server);
      expect(error.code).toBe(ErrorCode.NLP_UNAVAILABLE);
      expect(error.message).toContain(`Port ${taken} on 127.0.0.1 is already in use`);
      expect(error.message).toContain('NEWSGRAPH_NLP_PORT');
      expect(server.runningPid()).toBeNull();
    } finally {
      squatter.close();
    }
  });

  it('says so when the heap is too small for the models, and leaves no process', async () => {
    const server = new CoreNlpServer({
      ...config().nlp,
      home,
      instanceDir: path.join(home, 'instances', 'small-heap'),
      port: await freePort(),
      heap: '128m',
    });
    const error = await startError(server);
    expect(error.code).toBe(ErrorCode.NLP_UNAVAILABLE);
    expect(error.message).toMatch(/ran out of memory|too little memory/);
    expect(error.message).toContain('NEWSGRAPH_NLP_HEAP');
    expect(server.runningPid()).toBeNull();
  });

  it('stops what it started, leaving no Java process of ours', async () => {
    const pid = (await new CoreNlpServer({ ...config().nlp, home }).status()).pid as number;
    await handle?.stop();
    handle = undefined;
    expect(isAlive(pid)).toBe(false);
    expect(javaProcessesOfOurs()).toEqual([]);
    expect((await new CoreNlpServer({ ...config().nlp, home }).status()).running).toBe(false);
  });

  it('`newsgraph start` interrupted while CoreNLP loads stops the CoreNLP it started (Ctrl-C twice)', async () => {
    assertBuilt();
    const nlpPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEWSGRAPH_NLP_HOME: home, // fetched by the tests above, its server stopped by the one before
      NEWSGRAPH_NLP_PORT: String(nlpPort),
      NEWSGRAPH_NLP_HEAP: '3g',
      NEWSGRAPH_NLP_THREADS: '1',
      NEWSGRAPH_PORT: String(await freePort()),
      NEWSGRAPH_ANALYZER: 'corenlp',
      LOG_LEVEL: 'warn',
    };
    delete env.CORENLP_URL; // start its own, as `npm start` does with nothing set (Neo4j: the test one)
    const start = runCli(['start', '--no-sample'], env);
    await waitFor(
      'CoreNLP to start loading',
      () => /loading its models/.test(start.output()),
      300_000,
      start.output,
    );
    const pid = Number(/pid (\d+)/.exec(start.output())?.[1]);
    expect(isAlive(pid)).toBe(true);
    start.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 500));
    start.child.kill('SIGINT'); // a second Ctrl-C while loading does not leave Java behind
    const code = await start.exited;
    expect({ code, output: start.output() }).toMatchObject({
      code: 130,
      output: expect.stringMatching(/Still stopping[\s\S]*CoreNLP stopped/),
    });
    expect(isAlive(pid)).toBe(false);
    expect(start.output()).not.toContain('newsgraph is ready');
    expect(javaProcessesOfOurs()).toEqual([]);
  });
});
