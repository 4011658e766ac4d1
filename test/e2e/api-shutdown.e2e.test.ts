/**
 * Closing the API (Ctrl-C on `npm start`, `newsgraph serve`, a test's teardown) must not wait for clients
 * that keep a connection open and idle: a browser's keep-alive sockets, or the spare connection it opens
 * ahead of need and never sends a request on. Only a request still being answered earns a grace period.
 */
import http from 'node:http';
import net from 'node:net';
import { STOP_GRACE_PERIOD_MS } from '../../src/api/server';
import type { GraphDatabase } from '../../src/graph/database';
import { openTestDatabase } from '../helpers/database';
import { startTestApi, type TestApi } from './support/api';

// Well below the grace period a request in flight gets, well above what closing takes on a busy machine.
const PROMPT_MS = 3_000;

let db: GraphDatabase;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

async function timeToClose(api: TestApi): Promise<number> {
  const started = performance.now();
  await api.close();
  return performance.now() - started;
}

function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

/**
 * A client's socket that, once connected (and once its request, if any, is answered), stops reading, as a
 * browser's pooled idle socket does: it notices the server's FIN only when it looks again, so closing
 * must not wait for it to hang up.
 */
function openIdleSocket(port: number, request?: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => {
      if (request === undefined) {
        socket.pause();
        resolve(socket);
        return;
      }
      let answer = '';
      socket.on('data', (chunk: Buffer) => {
        answer += chunk.toString('latin1');
        if (answer.includes('\r\n\r\n') && answer.endsWith('}')) {
          socket.pause();
          resolve(socket);
        }
      });
      socket.write(request);
    });
    socket.on('error', reject);
  });
}

describe('closing the API server', () => {
  it('resolves promptly while a keep-alive connection sits idle', async () => {
    const api = await startTestApi(db);
    const request = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n';
    const socket = await openIdleSocket(api.port, request);
    try {
      expect(await timeToClose(api)).toBeLessThan(PROMPT_MS);
    } finally {
      socket.destroy();
    }
  }, 30_000);

  it('resolves promptly while a connection that never sent a request is open', async () => {
    const api = await startTestApi(db);
    const socket = await openIdleSocket(api.port);
    try {
      expect(await timeToClose(api)).toBeLessThan(PROMPT_MS);
    } finally {
      socket.destroy();
    }
  }, 30_000);

  it('still lets a request in flight finish before closing', async () => {
    const api = await startTestApi(db);
    const agent = new http.Agent({ keepAlive: true });
    try {
      const received = new Promise((resolve) => api.httpServer.once('request', resolve));
      const answered = get(agent, `${api.baseUrl}/readyz`);
      // Closing starts while /readyz is waiting for Neo4j; the client still gets its answer.
      await received;
      const closed = api.close();
      expect(await answered).toBe(200);
      await closed;
    } finally {
      agent.destroy();
    }
  }, 30_000);

  it('gives a request that never completes the grace period, then drops it', async () => {
    const api = await startTestApi(db);
    // Headers promise a body that never comes: the request stays in flight until the server gives up.
    const request =
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{';
    const socket = await openIdleSocket(api.port);
    const received = new Promise((resolve) => api.httpServer.once('request', resolve));
    socket.write(request);
    await received;
    try {
      const elapsed = await timeToClose(api);
      expect(elapsed).toBeGreaterThanOrEqual(STOP_GRACE_PERIOD_MS - 100);
      expect(elapsed).toBeLessThan(STOP_GRACE_PERIOD_MS + PROMPT_MS);
    } finally {
      socket.destroy();
    }
  }, 30_000);
});
