/**
 * The server as operators meet it: health and readiness, Neo4j going away and coming back, internal errors
 * masked and logged with the request id, the landing page and introspection by environment.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { gql } from 'graphql-request';
import neo4j from 'neo4j-driver';
import { GraphDatabase } from '../../src/graph/database';
import { testConnection } from '../helpers/database';
import { codesOf, errorsOf, startTestApi, type TestApi } from './support/api';
import { useApiSuite } from './support/lifecycle';

jest.setTimeout(120_000);

const suite = useApiSuite();

/** A GraphDatabase that gives up quickly, for a test that expects the database to be away. */
function quickDatabase(uri: string): GraphDatabase {
  const { user, password, database } = testConnection();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionTimeout: 1_000,
    maxTransactionRetryTime: 500,
  });
  return new GraphDatabase(driver, { uri, user, database }, { queryTimeoutMs: 10_000 });
}

/** A TCP proxy in front of the test Neo4j that can be closed and reopened on the same port. */
class BoltProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

const ENTITIES = gql`
  {
    entities(first: 1) {
      totalCount
    }
  }
`;

describe('health and readiness', () => {
  test('/healthz reports the process, /readyz that Neo4j answers', async () => {
    const health = await fetch(`${suite.api.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${suite.api.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'reachable' });
    expect((await fetch(`${suite.api.baseUrl}/nothing`)).status).toBe(404);
  });

  test('/readyz says whether CoreNLP answers: reads stay ready without it, ingest is unavailable', async () => {
    const live = process.env.CORENLP_URL?.split(',')[0];
    expect(live).toBeDefined(); // test/setup starts one, or names the one CORENLP_URL points at
    const withEngine = await startTestApi(suite.db, { coreNlpUrls: [live as string] });
    const engineAway = await startTestApi(suite.db, { coreNlpUrls: ['http://127.0.0.1:1'] });
    const readiness = async (api: TestApi) => {
      const response = await fetch(`${api.baseUrl}/readyz`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    try {
      expect(await readiness(withEngine)).toEqual({
        status: 200,
        body: { status: 'ready', neo4j: 'reachable', corenlp: 'reachable', ingest: 'available' },
      });
      expect(await readiness(engineAway)).toEqual({
        status: 200,
        body: { status: 'ready', neo4j: 'reachable', corenlp: 'unreachable', ingest: 'unavailable' },
      });
    } finally {
      await withEngine.close();
      await engineAway.close();
    }
  });

  test('every response carries a request id; a sane one from the caller is kept', async () => {
    const response = await fetch(`${suite.api.baseUrl}/healthz`, {
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${suite.api.baseUrl}/healthz`, {
      headers: { 'x-request-id': 'not a token; <script>' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('Neo4j unavailable', () => {
  test('DATABASE_UNAVAILABLE without internals; the server stays up; /readyz says not ready', async () => {
    const db = quickDatabase('bolt://127.0.0.1:1');
    const api = await startTestApi(db);
    try {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const errors = await errorsOf(api.client().request(ENTITIES));
        expect(codesOf(errors)).toEqual(['DATABASE_UNAVAILABLE']);
        expect(errors[0]!.message).not.toMatch(/bolt:|127\.0\.0\.1|MATCH/);
      }
      expect((await fetch(`${api.baseUrl}/healthz`)).status).toBe(200);
      const ready = await fetch(`${api.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', neo4j: 'unreachable' });
    } finally {
      await api.close();
      await db.close();
    }
  });

  test('recovers by itself when Neo4j comes back', async () => {
    const target = new URL(testConnection().uri.replace(/^bolt/, 'http'));
    const proxy = new BoltProxy({ host: target.hostname, port: Number(target.port) });
    await proxy.open();
    const db = quickDatabase(`bolt://127.0.0.1:${proxy.port}`);
    const api = await startTestApi(db);
    try {
      await expect(api.client().request(ENTITIES)).resolves.toBeDefined();
      await proxy.close();
      expect(codesOf(await errorsOf(api.client().request(ENTITIES)))).toEqual(['DATABASE_UNAVAILABLE']);
      expect((await fetch(`${api.baseUrl}/readyz`)).status).toBe(503);
      await proxy.open();
      await expect(api.client().request(ENTITIES)).resolves.toBeDefined();
      expect((await fetch(`${api.baseUrl}/readyz`)).status).toBe(200);
    } finally {
      await api.close();
      await db.close();
      await proxy.close();
    }
  });
});

describe('internal errors', () => {
  test('are masked as INTERNAL_SERVER_ERROR with the request id, and logged in full under it', async () => {
    const api = await startTestApi(suite.db, {
      apiKey: 'k'.repeat(24),
      writer: {
        ingestArticle: async () => {
          throw new Error('boom: MATCH (n) RETURN n at /secret/path.ts:12');
        },
        deleteArticle: async () => {
          throw new Error('unused');
        },
      },
    });
    try {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${'k'.repeat(24)}`,
          'x-request-id': 'req-internal-1',
        },
        body: JSON.stringify({
          query: 'mutation { ingestArticle(input: { text: "Some text." }) { articleId } }',
        }),
      });
      const body = (await response.json()) as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(body.errors[0]!.extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        requestId: 'req-internal-1',
      });
      expect(body.errors[0]!.message).toBe('Internal server error (request id req-internal-1)');
      expect(JSON.stringify(body)).not.toMatch(/boom|MATCH|secret|stack/);
      const logged = api.logs.find((line) => line.requestId === 'req-internal-1' && line.level === 50);
      expect(JSON.stringify(logged)).toMatch(/boom: MATCH/);
    } finally {
      await api.close();
    }
  });
});

describe('landing page and introspection', () => {
  const html = (api: TestApi) => fetch(api.url, { headers: { accept: 'text/html' } });
  const INTROSPECTION = gql`
    {
      __schema {
        queryType {
          name
        }
      }
    }
  `;

  test('development: Apollo Sandbox with an example operation, introspection on', async () => {
    const api = await startTestApi(suite.db, { env: { NODE_ENV: 'development' } });
    try {
      const page = await html(api);
      expect(page.status).toBe(200);
      const text = await page.text();
      expect(text).toMatch(/sandbox/i);
      expect(text).toContain('WhoSanctionsWhom');
      await expect(api.client().request(INTROSPECTION)).resolves.toBeDefined();
    } finally {
      await api.close();
    }
  });

  test('production: no landing page, no introspection unless NEWSGRAPH_INTROSPECTION', async () => {
    const api = await startTestApi(suite.db, { env: { NODE_ENV: 'production' } });
    const open = await startTestApi(suite.db, {
      env: { NODE_ENV: 'production', NEWSGRAPH_INTROSPECTION: 'true' },
    });
    try {
      const page = await html(api);
      expect(await page.text()).not.toMatch(/sandbox/i);
      expect(codesOf(await errorsOf(api.client().request(INTROSPECTION)))).toEqual([
        'GRAPHQL_VALIDATION_FAILED',
      ]);
      await expect(open.client().request(INTROSPECTION)).resolves.toBeDefined();
      await expect(api.client().request(ENTITIES)).resolves.toBeDefined();
    } finally {
      await api.close();
      await open.close();
    }
  });
});
