/**
 * The app's Docker image, run without Docker (none runs here): its files laid out as the Dockerfile's COPY
 * lines say, its CMD run as an unprivileged user with the compose file's environment, against the test
 * Neo4j and CoreNLP. It must start, answer /readyz and the compose health check, print no API key in
 * production, advertise no URL that answers 404, and stop at once on SIGTERM (`docker stop`).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config';
import type { GraphDatabase } from '../../src/graph/database';
import { openTestDatabase } from '../helpers/database';
import { layOutImage, type ImageLayout } from './support/image-layout';
import { ingestSample } from './support/sample-graph';

interface ComposeService {
  environment: Record<string, string | number>;
  healthcheck: { test: string[] };
}
const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
const appService = compose.services.app as ComposeService;
const corenlpService = compose.services.corenlp as ComposeService;

const API_KEY = 'image-test-key-0123456789abcdef';
const STARTUP_MS = 240_000;

/** The compose file's app environment, interpolated as compose would with these variables set. */
function composeEnv(variables: Record<string, string>): Record<string, string> {
  const interpolate = (value: string) =>
    value.replace(/\$\{([A-Z0-9_]+)(?::?[-?]([^}]*))?\}/g, (_m, name: string, fallback?: string) =>
      variables[name] !== undefined && variables[name] !== ''
        ? (variables[name] as string)
        : (fallback ?? ''),
    );
  return Object.fromEntries(
    Object.entries(appService.environment).map(([name, value]) => [name, interpolate(String(value))]),
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface RunningImage {
  readonly child: ChildProcess;
  readonly port: number;
  /** stdout and stderr, as `docker logs` shows them. */
  output(): string;
  /** What the banner advertises (stdout): every URL in it. */
  advertised(): string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function runImage(layout: ImageLayout, env: Record<string, string>): Promise<RunningImage> {
  const port = await freePort();
  const nlp = process.env.CORENLP_URL;
  const childEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: path.join(layout.root, 'home', layout.image.user ?? 'root'),
    ...layout.env,
    ...composeEnv({ NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '', ...env }),
    // Only what differs here from a container: where the services are, and loopback only.
    NEO4J_URI: process.env.NEO4J_URI ?? '',
    NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
    NEWSGRAPH_HOST: '127.0.0.1',
    NEWSGRAPH_PORT: String(port),
    ...(nlp === undefined ? { NEWSGRAPH_ANALYZER: 'fast' } : { CORENLP_URL: nlp }),
  };
  const [command, ...args] = layout.image.cmd ?? [];
  if (command !== 'node') throw new Error(`the image's CMD no longer starts with node: ${command}`);
  const child = spawn(process.execPath, args, {
    cwd: layout.workdir,
    env: childEnv,
    ...layout.user,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const started = Date.now();
  while (!output.includes('newsgraph is ready.')) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the image's CMD exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    if (Date.now() - started > STARTUP_MS) {
      child.kill('SIGKILL');
      throw new Error(`the image's CMD was not ready within ${STARTUP_MS} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const advertised = () => [...stdout.matchAll(/https?:\/\/[^\s)"']+/g)].map((match) => match[0]);
  return { child, port, output: () => output, advertised, exited };
}

/** Stops the app as `docker stop` does, with an idle connection open; resolves with the time it took. */
async function stopImage(running: RunningImage): Promise<number> {
  const idle = await new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect({ port: running.port, host: '127.0.0.1', allowHalfOpen: true }, () => {
      socket.pause();
      resolve(socket);
    });
    socket.on('error', reject);
  });
  const started = performance.now();
  running.child.kill('SIGTERM');
  const { code } = await running.exited;
  idle.destroy();
  expect(code).toBe(0);
  return performance.now() - started;
}

async function statusOf(url: string, init?: RequestInit): Promise<number> {
  return (await fetch(url, { ...init, headers: { accept: 'text/html', ...init?.headers } })).status;
}

const describeImage = process.env.NEO4J_URI ? describe : describe.skip;

describeImage('the Docker image, laid out without Docker', () => {
  let layout: ImageLayout;
  let db: GraphDatabase;

  beforeAll(() => {
    layout = layOutImage();
    db = openTestDatabase();
  }, 300_000);

  afterAll(async () => {
    layout?.remove();
    // `start` ingests the sample with its own title and source: give the other suites theirs back.
    if (db) await ingestSample(db);
    await db?.close();
  }, 120_000);

  it(
    'production with NEWSGRAPH_API_KEY: starts, is ready and healthy, never prints the key',
    async () => {
      const running = await runImage(layout, { NODE_ENV: 'production', NEWSGRAPH_API_KEY: API_KEY });
      try {
        const base = `http://127.0.0.1:${running.port}`;
        expect(await statusOf(`${base}/readyz`)).toBe(200);
        const probe = appService.healthcheck.test
          .slice(1)
          .map((word) => word.replace(':4000/', `:${running.port}/`));
        execFileSync(probe[0] as string, probe.slice(1), { stdio: 'pipe' });
        const urls = running.advertised();
        expect(urls.length).toBeGreaterThan(0);
        for (const url of urls) expect([url, await statusOf(url)]).not.toEqual([url, 404]);
        expect(running.output()).not.toContain('/ide/');
        expect(running.output()).not.toContain(API_KEY);
        // Mutations work with the key the user set.
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
          body: JSON.stringify({ query: 'mutation { deleteArticle(id: "no-such-article") { articleId } }' }),
        });
        expect(JSON.stringify(await response.json())).not.toContain('UNAUTHENTICATED');
        expect(await stopImage(running)).toBeLessThan(3_000);
      } finally {
        running.child.kill('SIGKILL');
      }
      expect(running.output()).not.toContain(API_KEY);
    },
    STARTUP_MS + 60_000,
  );

  it(
    'production without NEWSGRAPH_API_KEY: starts with mutations refused, writes no file',
    async () => {
      const running = await runImage(layout, { NODE_ENV: 'production' });
      try {
        expect(await statusOf(`http://127.0.0.1:${running.port}/readyz`)).toBe(200);
        expect(running.output()).toMatch(/Mutations: +refused \(set NEWSGRAPH_API_KEY/);
        for (const url of running.advertised()) expect([url, await statusOf(url)]).not.toEqual([url, 404]);
        expect(await stopImage(running)).toBeLessThan(3_000);
      } finally {
        running.child.kill('SIGKILL');
      }
    },
    STARTUP_MS + 60_000,
  );

  it(
    "development (the compose file's default): Sandbox and the offline IDE answer, with their examples",
    async () => {
      const running = await runImage(layout, {});
      try {
        const urls = running.advertised();
        expect(urls.some((url) => url.endsWith('/ide/'))).toBe(true);
        for (const url of urls) expect([url, await statusOf(url)]).not.toEqual([url, 404]);
        const ide = await fetch(`http://127.0.0.1:${running.port}/ide/newsgraph-init.js`);
        expect(ide.status).toBe(200);
        expect(await ide.text()).toContain('WhoSanctionsWhom');
        expect(await stopImage(running)).toBeLessThan(3_000);
      } finally {
        running.child.kill('SIGKILL');
      }
    },
    STARTUP_MS + 60_000,
  );

  const corenlpUrl = process.env.CORENLP_URL;
  (corenlpUrl ? it : it.skip)("the corenlp service's health check answers from a running CoreNLP", () => {
    const port = new URL(corenlpUrl ?? 'http://127.0.0.1:9000').port;
    const [, command, ...args] = corenlpService.healthcheck.test.map((word) =>
      word.replace('/dev/tcp/127.0.0.1/9000', `/dev/tcp/127.0.0.1/${port}`),
    );
    execFileSync(command as string, args, { stdio: 'pipe', timeout: 10_000 });
    // And it fails where nothing listens, so it can tell.
    const closed = corenlpService.healthcheck.test
      .slice(1)
      .map((word) => word.replace('/dev/tcp/127.0.0.1/9000', '/dev/tcp/127.0.0.1/9'));
    expect(() =>
      execFileSync(closed[0] as string, closed.slice(1), { stdio: 'pipe', timeout: 10_000 }),
    ).toThrow();
  });
});
