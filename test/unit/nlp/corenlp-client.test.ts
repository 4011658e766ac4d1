import { AppError, ErrorCode } from '../../../src/errors';
import { CoreNlpClient, CORENLP_VERSION, DEFAULT_CORENLP_PROPERTIES } from '../../../src/nlp/corenlp-client';
import { DEFAULT_SERVER_PROPERTIES, pinnedCoreNlpVersion } from '../../../src/services/corenlp';
import { fakeAnnotate } from './fake-annotator';

type Answer = (url: string, text: string) => Promise<Response> | Response;

/** A fetch that answers like CoreNLP servers would, recording what was asked of which server. */
function fakeFetch(answer: Answer = (_url, text) => Response.json(fakeAnnotate(text))) {
  const calls: { server: string; text: string; properties: unknown }[] = [];
  let inFlight = 0;
  let peak = 0;
  const impl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const text = Buffer.from(init?.body as Buffer).toString('utf8');
    calls.push({
      server: url.origin,
      text,
      properties: JSON.parse(url.searchParams.get('properties') ?? 'null'),
    });
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return await answer(url.origin, text);
    } finally {
      inFlight -= 1;
    }
  };
  return { fetch: impl as typeof fetch, calls, peak: () => peak };
}

function refused(): Error {
  return Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  });
}

const FAST_RETRY = { attempts: 3, backoffMs: 1 };

describe('CoreNlpClient', () => {
  it('posts the text with the default properties and returns the annotation', async () => {
    const server = fakeFetch();
    const client = new CoreNlpClient({ urls: ['http://a:9000/'], fetch: server.fetch });
    const annotation = await client.annotate('Alice met Bob.');
    expect(annotation).toEqual(fakeAnnotate('Alice met Bob.'));
    expect(server.calls).toEqual([
      {
        server: 'http://a:9000',
        text: 'Alice met Bob.',
        properties: { ...DEFAULT_CORENLP_PROPERTIES, timeout: '120000' },
      },
    ]);
    expect(DEFAULT_CORENLP_PROPERTIES).toMatchObject({
      annotators: 'tokenize,ssplit,pos,lemma,ner,depparse',
      'ner.applyFineGrained': 'false',
      'ner.useSUTime': 'false',
      'ssplit.newlineIsSentenceBreak': 'two',
      outputFormat: 'json',
    });
  });

  it('splits a long text, spreads the chunks round-robin, never exceeds the threads per server, merges', async () => {
    const server = fakeFetch();
    const client = new CoreNlpClient({
      urls: ['http://a:9000', 'http://b:9000'],
      threads: 2,
      maxChunkChars: 100,
      fetch: server.fetch,
    });
    const text = 'Alice met Bob on Monday. They talked.\n\n'.repeat(40);
    expect(await client.annotate(text)).toEqual(fakeAnnotate(text));
    expect(server.calls.length).toBeGreaterThanOrEqual(16);
    for (const call of server.calls) expect(call.text.length).toBeLessThanOrEqual(100);
    const perServer = (origin: string) => server.calls.filter((call) => call.server === origin).length;
    expect(Math.abs(perServer('http://a:9000') - perServer('http://b:9000'))).toBeLessThanOrEqual(2);
    expect(server.peak()).toBeLessThanOrEqual(4);
  });

  it('does not send whitespace-only text', async () => {
    const server = fakeFetch();
    const client = new CoreNlpClient({ urls: ['http://a:9000'], fetch: server.fetch });
    expect(await client.annotate(' \n\n ')).toEqual({ sentences: [] });
    expect(server.calls).toHaveLength(0);
  });

  it('retries a refused connection on the next server and then skips the dead one', async () => {
    const server = fakeFetch((origin, text) => {
      if (origin === 'http://dead:9000') throw refused();
      return Response.json(fakeAnnotate(text));
    });
    const client = new CoreNlpClient({
      urls: ['http://dead:9000', 'http://live:9000'],
      retry: FAST_RETRY,
      fetch: server.fetch,
    });
    await client.annotate('Alice left.');
    await client.annotate('Bob left.');
    await client.annotate('Carol left.');
    expect(server.calls.map((call) => call.server)).toEqual([
      'http://dead:9000',
      'http://live:9000',
      'http://live:9000',
      'http://live:9000',
    ]);
  });

  it('health-checks a dead server (GET /ready) instead of sending it texts, and takes it back once ready', async () => {
    let flakyUp = false;
    const texts: string[] = [];
    const probes: string[] = [];
    const impl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const url = new URL(String(input));
      const down = url.origin === 'http://flaky:9000' && !flakyUp;
      if (url.pathname === '/ready') {
        probes.push(url.origin);
        if (down) throw refused();
        return new Response('CoreNLP server is ready');
      }
      texts.push(url.origin);
      if (down) throw refused();
      return Response.json(fakeAnnotate(Buffer.from(init?.body as Buffer).toString('utf8')));
    };
    const client = new CoreNlpClient({
      urls: ['http://flaky:9000', 'http://live:9000'],
      retry: FAST_RETRY,
      deadServerMs: 5,
      fetch: impl as typeof fetch,
    });
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await client.annotate('Alice left.');
    expect(client.serverStates().map((server) => server.live)).toEqual([false, true]);
    await pause(10); // its dead time is up: the next pick checks its health, the text goes elsewhere
    await client.annotate('Bob left.');
    await pause(10);
    expect(probes.length).toBeGreaterThan(0);
    expect(new Set(probes)).toEqual(new Set(['http://flaky:9000']));
    expect(texts).toEqual(['http://flaky:9000', 'http://live:9000', 'http://live:9000']);
    flakyUp = true;
    await client.annotate('Carol left.');
    await pause(10);
    expect(client.serverStates().map((server) => server.live)).toEqual([true, true]);
    await client.annotate('Dan left.');
    await client.annotate('Eve left.');
    expect(texts.slice(3)).toContain('http://flaky:9000');
  });

  it('says a server is unreachable, with NLP_UNAVAILABLE, once the retries are spent', async () => {
    const server = fakeFetch(() => {
      throw refused();
    });
    const client = new CoreNlpClient({ urls: ['http://a:9000'], retry: FAST_RETRY, fetch: server.fetch });
    const error = await client.annotate('Alice left.').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: ErrorCode.NLP_UNAVAILABLE });
    expect((error as Error).message).toMatch(
      /CoreNLP server at http:\/\/a:9000 is not reachable \(ECONNREFUSED\)/,
    );
    expect(server.calls).toHaveLength(3);
  });

  it('does not retry an error answer, and gives its status and body', async () => {
    const server = fakeFetch(() => new Response('java.lang.IllegalArgumentException: bad', { status: 500 }));
    const client = new CoreNlpClient({ urls: ['http://a:9000'], retry: FAST_RETRY, fetch: server.fetch });
    await expect(client.annotate('Alice left.')).rejects.toMatchObject({
      code: ErrorCode.NLP_FAILED,
      message: expect.stringContaining('answered HTTP 500: java.lang.IllegalArgumentException: bad'),
    });
    expect(server.calls).toHaveLength(1);
  });

  it('tells an out-of-memory answer apart, naming the heap setting', async () => {
    const server = fakeFetch(
      () => new Response('java.lang.OutOfMemoryError: Java heap space', { status: 500 }),
    );
    const client = new CoreNlpClient({ urls: ['http://a:9000'], fetch: server.fetch });
    await expect(client.annotate('Alice left.')).rejects.toMatchObject({
      code: ErrorCode.NLP_UNAVAILABLE,
      message: expect.stringContaining('ran out of memory: give it a larger heap (NEWSGRAPH_NLP_HEAP)'),
    });
  });

  it('aborts a request that takes longer than the timeout, and does not retry it', async () => {
    const server = fakeFetch(
      () => new Promise<Response>(() => undefined), // never answers
    );
    const slow: typeof fetch = (input, init) =>
      new Promise((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        void server.fetch(input, init).then(resolve, reject);
      });
    const client = new CoreNlpClient({
      urls: ['http://a:9000'],
      timeoutMs: 30,
      retry: FAST_RETRY,
      fetch: slow,
    });
    await expect(client.annotate('Alice left.')).rejects.toMatchObject({
      code: ErrorCode.NLP_FAILED,
      message: expect.stringContaining('did not answer within 0.03 s (NEWSGRAPH_NLP_TIMEOUT_MS)'),
    });
    expect(server.calls).toHaveLength(1);
  });

  it('refuses an answer that is not an annotation', async () => {
    const server = fakeFetch(() => new Response('<html>proxy</html>', { status: 200 }));
    const client = new CoreNlpClient({ urls: ['http://a:9000'], fetch: server.fetch });
    await expect(client.annotate('Alice left.')).rejects.toMatchObject({
      code: ErrorCode.NLP_FAILED,
      message: expect.stringContaining('did not answer JSON'),
    });
  });

  it('names its engine, version and the settings that shape the output in its identity', () => {
    const client = new CoreNlpClient({ urls: ['http://a:9000'] });
    expect(client.identity()).toEqual({
      name: 'corenlp',
      version: '4.5.10',
      settings:
        'annotators=tokenize,ssplit,pos,lemma,ner,depparse;ner.applyFineGrained=false;ner.useSUTime=false;' +
        'ssplit.newlineIsSentenceBreak=two',
    });
    const other = new CoreNlpClient({
      urls: ['http://a:9000'],
      properties: { ...DEFAULT_CORENLP_PROPERTIES, 'ner.applyFineGrained': 'true' },
    });
    expect(other.identity().settings).not.toBe(client.identity().settings);
  });

  it('asks for what the local server warms up, from the CoreNLP release the project pins', () => {
    const { outputFormat: _json, ...annotating } = DEFAULT_CORENLP_PROPERTIES;
    expect(annotating).toEqual(DEFAULT_SERVER_PROPERTIES);
    expect(CORENLP_VERSION).toBe(pinnedCoreNlpVersion());
  });
});
