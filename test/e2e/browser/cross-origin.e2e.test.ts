/**
 * A page of another origin against the API, in a real browser: it cannot read the API key (CORS refuses
 * it the pages, and the pages hold none), and its mutations never reach the resolver, not even with the
 * key in hand (no CORS on /graphql, Apollo's csrfPrevention, the Origin check). Neo4j Browser's origin
 * still reads the style and the guide. The attacking page is served by a tiny server on another loopback
 * port; a control from the API's own origin shows the same mutation does delete when it is allowed to.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { API_KEY_FORM_ID } from '../../../src/explore/api-key-prompt';
import { GUIDE_PATH, STYLE_PATH } from '../../../src/explore/browser-setup';
import { useApiSuite } from '../support/lifecycle';
import { browserAvailable, useOfflineBrowser } from './chromium';

jest.setTimeout(120_000);

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const API_KEY = 'cross-origin-test-key-0123456789';
const TARGET = 'cross-origin-target';
const BROWSER_HTTP_PORT = 17999;

const DELETE = `mutation { deleteArticle(id: "${TARGET}") { articleId } }`;

describeInBrowser('a page of another origin', () => {
  const suite = useApiSuite({ apiKey: API_KEY, env: { NEO4J_HTTP_PORT: String(BROWSER_HTTP_PORT) } });
  const browser = useOfflineBrowser();
  let attacker: Server;
  let attackerOrigin: string;

  /** A server of other origins: serves an empty page on whatever loopback port it listens on. */
  async function listen(port: number): Promise<Server> {
    const server = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end('<!doctype html><title>another site</title><p>nothing to see</p>');
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return server;
  }

  async function close(server: Server): Promise<void> {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async function articleExists(): Promise<boolean> {
    const rows = await suite.db.read<{ n: number }>('MATCH (a:Article {id: $id}) RETURN count(a) AS n', {
      id: TARGET,
    });
    return rows[0]?.n === 1;
  }

  async function pageAt(origin: string): Promise<Page> {
    const page = await browser.current.newPage();
    await page.goto(`${origin}/`);
    return page;
  }

  beforeAll(async () => {
    attacker = await listen(0);
    attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    // The article the attacks try to delete, written by a client that is not a browser (no Origin).
    const response = await fetch(suite.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({
        query: 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { articleId } }',
        variables: {
          input: { id: TARGET, title: 'Target', text: 'Acme Widgets opened a factory in Springfield.' },
        },
      }),
    });
    expect(response.status).toBe(200);
    expect(await articleExists()).toBe(true);
  });

  // The control test, last, deletes the target article.
  afterAll(() => close(attacker));

  it('cannot read the offline IDE or the landing page, and neither holds the key', async () => {
    const page = await pageAt(attackerOrigin);
    const api = suite.api.baseUrl;
    const outcomes = await page.evaluate(
      async (urls) => {
        const results: string[] = [];
        for (const url of urls) {
          try {
            const response = await fetch(url, { headers: { accept: 'text/html' } });
            results.push(`read ${response.status}: ${(await response.text()).slice(0, 40)}`);
          } catch (error) {
            results.push(`refused: ${(error as Error).name}`);
          }
        }
        return results;
      },
      [`${api}/ide/`, `${api}/ide/newsgraph-init.js`, `${api}/ide/api-key.js`, `${api}/graphql`],
    );
    expect(outcomes).toEqual(Array(4).fill('refused: TypeError'));
    await page.close();
    // And the pages hold no key anyway, whoever reads them.
    for (const path of ['/ide/', '/ide/newsgraph-init.js', '/ide/api-key.js', '/graphql']) {
      const response = await fetch(`${api}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(await response.text()).not.toContain(API_KEY);
    }
  }, 60_000);

  it('cannot delete an article, with a simple request or with JSON and the key', async () => {
    const page = await pageAt(attackerOrigin);
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/graphql') statuses.push(response.status());
    });
    const outcomes = await page.evaluate(
      async ({ url, mutation, key }) => {
        const body = JSON.stringify({ query: mutation });
        const attempts: [string, RequestInit][] = [
          // "Simple" requests: sent without a preflight; the page cannot read the answer, but they arrive.
          [
            'text/plain',
            { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body },
          ],
          [
            'form',
            {
              method: 'POST',
              mode: 'no-cors',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: `query=${encodeURIComponent(mutation)}`,
            },
          ],
          ['GET', { method: 'GET', mode: 'no-cors' }],
          // JSON with the key (as if it had leaked): needs a preflight, which the API does not grant.
          [
            'json+key',
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
              body,
            },
          ],
        ];
        const results: string[] = [];
        for (const [name, init] of attempts) {
          const target = name === 'GET' ? `${url}?query=${encodeURIComponent(mutation)}` : url;
          try {
            const response = await fetch(target, init);
            results.push(`${name}: sent (${response.type})`);
          } catch (error) {
            results.push(`${name}: refused (${(error as Error).name})`);
          }
        }
        return results;
      },
      { url: suite.api.url, mutation: DELETE, key: API_KEY },
    );
    expect(outcomes).toEqual([
      'text/plain: sent (opaque)',
      'form: sent (opaque)',
      'GET: sent (opaque)',
      'json+key: refused (TypeError)',
    ]);
    // The simple requests reached the server and were refused there (Apollo's CSRF prevention: 400).
    expect(statuses.filter((status) => status === 200)).toEqual([]);
    expect(await articleExists()).toBe(true);
    await page.close();
  }, 60_000);

  it('with the key and a non-browser client, a mutation that claims another Origin is refused', async () => {
    const response = await fetch(suite.api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${API_KEY}`,
        origin: attackerOrigin,
      },
      body: JSON.stringify({ query: DELETE }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/another origin/);
    expect(await articleExists()).toBe(true);
  });

  it("Neo4j Browser's origin reads the style and the guide; other origins do not", async () => {
    const neo4jBrowser = await listen(BROWSER_HTTP_PORT);
    try {
      for (const origin of [
        `http://localhost:${BROWSER_HTTP_PORT}`,
        `http://127.0.0.1:${BROWSER_HTTP_PORT}`,
      ]) {
        const page = await pageAt(origin);
        const bodies = await page.evaluate(
          async (urls) =>
            Promise.all(
              urls.map(async (url) => {
                // As Browser fetches them: with pragma and cache-control, which need a preflight.
                const response = await fetch(url, {
                  headers: { pragma: 'no-cache', 'cache-control': 'no-cache' },
                });
                return response.text();
              }),
            ),
          [`${suite.api.baseUrl}${STYLE_PATH}`, `${suite.api.baseUrl}${GUIDE_PATH}`],
        );
        expect(bodies[0]).toContain('node.Person');
        expect(bodies[1]).toContain('<article class="guide">');
        await page.close();
      }
    } finally {
      await close(neo4jBrowser);
    }
    const page = await pageAt(attackerOrigin);
    const refused = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'read';
      } catch {
        return 'refused';
      }
    }, `${suite.api.baseUrl}${STYLE_PATH}`);
    expect(refused).toBe('refused');
    await page.close();
  }, 60_000);

  it("the API's own pages still delete with the key the user gave (the control)", async () => {
    const page = await browser.current.newPage();
    await page.goto(`${suite.api.baseUrl}/ide/`);
    await page.locator(`#${API_KEY_FORM_ID}-input`).fill(API_KEY);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.waitForLoadState('load');
    await page.locator(`#${API_KEY_FORM_ID}`).getByText('Key set').waitFor({ timeout: 30_000 });
    const result = await page.evaluate(
      async ({ url, mutation }) => {
        const headers = (
          window as unknown as { newsgraphApiKey: { headers(): Record<string, string> } }
        ).newsgraphApiKey.headers();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: mutation }),
        });
        return { status: response.status, body: await response.text() };
      },
      { url: suite.api.url, mutation: DELETE },
    );
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ data: { deleteArticle: { articleId: TARGET } } });
    expect(await articleExists()).toBe(false);
    await page.close();
  }, 60_000);
});
