/**
 * The HTTP layer (Fastify, src/api/http) over real HTTP: CORS only on Neo4j Browser's assets and only for
 * its origins, the offline IDE's static files (and the paths that must name none), the framework's
 * refusals in the API's shapes and codes, and the headers every response carries.
 */
import { GUIDE_PATH, STYLE_PATH } from '../../src/explore/browser-setup';
import { useApiSuite } from './support/lifecycle';

jest.setTimeout(120_000);

const suite = useApiSuite();
const browserOrigin = () => `http://localhost:${suite.api.config.embedded.httpPort}`;
const url = (path: string) => `${suite.api.baseUrl}${path}`;

describe('CORS', () => {
  test("Neo4j Browser's origin reads the style and the guide: its origin echoed, never *", async () => {
    for (const path of [STYLE_PATH, GUIDE_PATH]) {
      const response = await fetch(url(path), { headers: { origin: browserOrigin() } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(browserOrigin());
      expect(response.headers.get('access-control-expose-headers')).toBe('x-request-id');
      expect(response.headers.get('vary')).toMatch(/origin/i);
    }
  });

  test("the preflight Browser sends (pragma, cache-control) is granted for Browser's origin only", async () => {
    const preflight = (origin: string) =>
      fetch(url(STYLE_PATH), {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'pragma, cache-control',
        },
      });
    const granted = await preflight(browserOrigin());
    expect(granted.status).toBe(204);
    expect(granted.headers.get('access-control-allow-origin')).toBe(browserOrigin());
    expect(granted.headers.get('access-control-allow-headers')).toBe('pragma, cache-control');
    expect(granted.headers.get('access-control-allow-methods')).toBe('GET, OPTIONS');
    expect(granted.headers.get('access-control-max-age')).toBe('600');
    const refused = await preflight('http://127.0.0.1:1');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('another origin gets no grant on the style; nobody gets one on /graphql, the IDE or health', async () => {
    const other = await fetch(url(STYLE_PATH), { headers: { origin: 'http://evil.example' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    for (const path of ['/graphql', '/ide/', '/healthz']) {
      const response = await fetch(url(path), {
        method: 'OPTIONS',
        headers: {
          origin: browserOrigin(),
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
      expect([path, response.headers.get('access-control-allow-origin')]).toEqual([path, null]);
      const get = await fetch(url(path), { headers: { origin: browserOrigin() } });
      expect([path, get.headers.get('access-control-allow-origin')]).toEqual([path, null]);
    }
  });
});

describe('static files of the offline IDE', () => {
  test('a file of the bundle, with its type and a cache lifetime', async () => {
    const response = await fetch(url('/ide/styles.css'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect((await response.text()).length).toBeGreaterThan(0);
    const head = await fetch(url('/ide/styles.css'), { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  test('bad percent-encoding, paths out of the bundle and unknown files are 404, never 400 or 500', async () => {
    for (const path of [
      '/ide/%E0%A4%A',
      '/ide/%',
      '/ide/..%2F..%2F..%2Fpackage.json',
      '/ide/%2e%2e/%2e%2e/package.json',
      '/ide/no-such-file.js',
    ]) {
      const response = await fetch(url(path));
      expect([path, response.status]).toEqual([path, 404]);
      expect(await response.text()).not.toContain('"name": "newsgraph"');
    }
  });
});

describe('refusals and headers', () => {
  test('every response, a 404 included, carries a request id and nosniff', async () => {
    for (const path of ['/healthz', '/nothing', '/ide/%E0%A4%A', STYLE_PATH]) {
      const response = await fetch(url(path));
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  test('unknown paths: a JSON 404 naming the API; a known path with another method: 405 with Allow', async () => {
    const missing = await fetch(url('/nothing'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Nothing at /nothing; the GraphQL API is at /graphql.' });
    const wrongMethod = await fetch(url('/graphql'), { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
  });

  test('GraphQL answers, errors included, say cache-control: no-store', async () => {
    for (const query of ['{ articles { totalCount } }', '{ nothing }']) {
      const response = await fetch(url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect([query, response.headers.get('cache-control')]).toEqual([query, 'no-store']);
    }
  });

  test('/ redirects to /graphql', async () => {
    const response = await fetch(url('/'), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphql');
  });

  test('an empty JSON body: 400 BAD_REQUEST; a text/plain body: refused by Apollo (CSRF), not 415', async () => {
    const empty = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '',
    });
    expect(empty.status).toBe(400);
    expect(
      ((await empty.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('BAD_REQUEST');
    const plain = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);
  });

  test("every GraphQL error names the request's id: Apollo's refusals before the pipeline, and the pipeline's", async () => {
    type Answer = { errors: { extensions: { code: string; requestId?: string } }[] };
    const refusals = [
      // Apollo refuses these before any operation runs (no context, no plugin hears of them).
      fetch(url('/graphql'), {
        headers: { 'x-request-id': 'http-no-query', 'apollo-require-preflight': '1' },
      }),
      fetch(url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'x-request-id': 'http-csrf' },
        body: JSON.stringify({ query: '{ articles { totalCount } }' }),
      }),
      // The pipeline's: a syntax error and a validation error.
      fetch(url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'http-syntax' },
        body: JSON.stringify({ query: '{ articles {' }),
      }),
      fetch(url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'http-validation' },
        body: JSON.stringify({ query: '{ noSuchField }' }),
      }),
    ];
    const answers = await Promise.all(
      refusals.map(async (pending) => {
        const response = await pending;
        return [response.status, ((await response.json()) as Answer).errors[0]?.extensions.requestId];
      }),
    );
    expect(answers).toEqual([
      [400, 'http-no-query'],
      [400, 'http-csrf'],
      [400, 'http-syntax'],
      [400, 'http-validation'],
    ]);
  });

  test('a mutation without the key: 401 UNAUTHENTICATED with WWW-Authenticate (the authChecker)', async () => {
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { deleteArticle(id: "anything") { deleted } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="newsgraph"');
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  test('JSON with a +json media type is JSON', async () => {
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/graphql-response+json', 'apollo-require-preflight': '1' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    const body = (await response.json()) as { data?: { articles: { totalCount: number } } };
    expect(body.data?.articles.totalCount).toEqual(expect.any(Number));
  });
});
