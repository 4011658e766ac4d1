/**
 * A typed client over the Stanford CoreNLP server's HTTP API: POST the raw UTF-8 text to
 * `/?properties=<JSON>`, read the JSON annotation back. Per-request timeout, at most `threads` requests in
 * flight per server, several servers shared round-robin (one that refuses connections is skipped for a
 * while), retries only when a request never reached the server, and long texts split into chunks whose
 * annotations are merged back (src/nlp/chunking.ts): the caller sees one Annotation of the whole text.
 */
import { AppError, ErrorCode } from '../errors';
import type { Annotation, AnalyzerIdentity } from './annotation';
import { MAX_CHUNK_CHARS, mergeAnnotations, splitText } from './chunking';
import { DEFAULT_RETRY_POLICY, isConnectionError, withRetry, type RetryPolicy } from './retry';
import { Semaphore } from './semaphore';

/** The CoreNLP release newsgraph runs and records its fixtures with. */
export const CORENLP_VERSION = '4.5.10';

/**
 * The annotators and options of every request: the client, the server's warm-up and the benchmark use
 * these, so that what is measured and recorded is what ingest runs.
 */
export const DEFAULT_CORENLP_PROPERTIES: Readonly<Record<string, string>> = Object.freeze({
  // No coref annotator: its statistical coreference was three quarters of the engine's time and the
  // extractor resolves pronouns and descriptions itself (src/extract/syntax/entities/coreference.ts) at
  // the same news-dev scores. No SUTime and no fine-grained NER either (half of what is left): dates are
  // read by src/extract/dates.ts against the article's date, places typed by our gazetteers. README,
  // "The NLP engine", has the measured table.
  annotators: 'tokenize,ssplit,pos,lemma,ner,depparse',
  'ner.applyFineGrained': 'false',
  'ner.useSUTime': 'false',
  // A blank line ends a sentence: a headline (no full stop) is not parsed as the first sentence's subject.
  'ssplit.newlineIsSentenceBreak': 'two',
  outputFormat: 'json',
});

/**
 * What annotations made with these properties depend on, without a server: a queue producer computes
 * the content hash the worker will (src/ingest/queue/jobs.ts).
 */
export function coreNlpIdentity(
  properties: Readonly<Record<string, string>> = DEFAULT_CORENLP_PROPERTIES,
): AnalyzerIdentity {
  const { outputFormat: _format, timeout: _timeout, ...shaping } = properties;
  const settings = Object.keys(shaping)
    .sort()
    .map((key) => `${key}=${shaping[key] ?? ''}`)
    .join(';');
  return { name: 'corenlp', version: CORENLP_VERSION, settings };
}

export interface CoreNlpClientOptions {
  /** Base URLs of one or more servers, e.g. http://127.0.0.1:9000. */
  readonly urls: readonly string[];
  /** Requests in flight per server at most: the server's -threads. Default 2. */
  readonly threads?: number;
  /** Per request (per chunk), in milliseconds. Default 120,000. */
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** Longest text sent in one request. Default 50,000 (the server refuses more than 100,000). */
  readonly maxChunkChars?: number;
  /** Default DEFAULT_CORENLP_PROPERTIES. */
  readonly properties?: Readonly<Record<string, string>>;
  /** How long a server that refused a connection is passed over. Default 5,000 ms. */
  readonly deadServerMs?: number;
  /** For tests. */
  readonly fetch?: typeof fetch;
}

interface Server {
  readonly url: string;
  readonly slots: Semaphore;
  /** 0: live. Else passed over until then, and after that until a health check (GET /ready) passes. */
  deadUntil: number;
  probing: boolean;
}

export class CoreNlpClient {
  readonly properties: Readonly<Record<string, string>>;
  private readonly servers: Server[];
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly maxChunkChars: number;
  private readonly deadServerMs: number;
  private readonly fetch: typeof fetch;
  private cursor = 0;

  constructor(options: CoreNlpClientOptions) {
    if (options.urls.length === 0)
      throw new AppError(ErrorCode.CONFIG_INVALID, 'the CoreNLP client needs a URL');
    const threads = options.threads ?? 2;
    this.servers = options.urls.map((url) => ({
      url: url.replace(/\/+$/, ''),
      slots: new Semaphore(threads),
      deadUntil: 0,
      probing: false,
    }));
    this.properties = options.properties ?? DEFAULT_CORENLP_PROPERTIES;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.maxChunkChars = options.maxChunkChars ?? MAX_CHUNK_CHARS;
    this.deadServerMs = options.deadServerMs ?? 5_000;
    this.fetch = options.fetch ?? fetch;
  }

  get urls(): readonly string[] {
    return this.servers.map((server) => server.url);
  }

  /** What this client's annotations depend on: folded into the extractor version and the content hash. */
  identity(): AnalyzerIdentity {
    return coreNlpIdentity(this.properties);
  }

  /** The annotation of the whole text, however many requests it took. */
  async annotate(text: string): Promise<Annotation> {
    const chunks = splitText(text, this.maxChunkChars);
    const annotations = await Promise.all(
      chunks.map(async (chunk) => ({ start: chunk.start, annotation: await this.annotateChunk(chunk.text) })),
    );
    return mergeAnnotations(text, annotations);
  }

  /** Whether some server answers GET /ready with 200 (its annotators are loaded). */
  async ready(): Promise<boolean> {
    const answers = await Promise.all(this.servers.map((server) => this.serverReady(server)));
    return answers.some(Boolean);
  }

  /** Which servers take texts now: a dead one is skipped until its health check passes. */
  serverStates(): { url: string; live: boolean }[] {
    return this.servers.map((server) => ({ url: server.url, live: server.deadUntil === 0 }));
  }

  private async serverReady(server: Server): Promise<boolean> {
    try {
      const response = await this.fetch(`${server.url}/ready`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      server.deadUntil = response.ok ? 0 : Date.now() + this.deadServerMs;
      return response.ok;
    } catch {
      server.deadUntil = Date.now() + this.deadServerMs;
      return false;
    }
  }

  private async annotateChunk(text: string): Promise<Annotation> {
    if (text.trim() === '') return { sentences: [] };
    return withRetry(async () => {
      const server = this.pickServer();
      try {
        return await server.slots.run(() => this.post(server, text));
      } catch (error) {
        if (isConnectionError(error)) server.deadUntil = Date.now() + this.deadServerMs;
        throw error;
      }
    }, this.retryAcrossServers()).catch((error: unknown) => {
      throw this.toAppError(error);
    });
  }

  /** Every server gets a try before the policy's attempts are spent. */
  private retryAcrossServers(): RetryPolicy {
    return { ...this.retry, attempts: Math.max(this.retry.attempts, this.servers.length) };
  }

  /** Round-robin over the live servers, preferring one with a free slot; all dead: the soonest back. */
  private pickServer(): Server {
    const now = Date.now();
    const count = this.servers.length;
    const order = Array.from({ length: count }, (_, i) => this.servers[(this.cursor + i) % count] as Server);
    this.cursor = (this.cursor + 1) % count;
    for (const server of order)
      if (server.deadUntil !== 0 && server.deadUntil <= now) this.healthCheck(server);
    const live = order.filter((server) => server.deadUntil === 0);
    if (live.length === 0) return [...order].sort((a, b) => a.deadUntil - b.deadUntil)[0] as Server;
    const free = live.find((server) => server.slots.inUse < server.slots.permits);
    if (free !== undefined) return free;
    return [...live].sort((a, b) => a.slots.queued - b.slots.queued)[0] as Server;
  }

  /**
   * A dead server whose time is up gets GET /ready in the background, not a text: texts keep going to
   * the live servers, and it rejoins once it answers ready (or stays out for another deadServerMs).
   */
  private healthCheck(server: Server): void {
    if (server.probing) return;
    server.probing = true;
    void this.serverReady(server).finally(() => {
      server.probing = false;
    });
  }

  private async post(server: Server, text: string): Promise<Annotation> {
    // The server's own per-request timeout (its -timeout, unless a request names one) is set to ours, so
    // that it does not give up on a long text before the client does.
    const properties = { ...this.properties, timeout: String(this.timeoutMs) };
    const url = `${server.url}/?properties=${encodeURIComponent(JSON.stringify(properties))}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new RequestTimeout(this.timeoutMs)), this.timeoutMs);
    try {
      const response = await this.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: Buffer.from(text, 'utf8'),
        signal: controller.signal,
      });
      const body = await response.text();
      if (!response.ok) throw new ServerAnswer(server.url, response.status, body);
      return parseAnnotation(server.url, body);
    } catch (error) {
      if (controller.signal.aborted) throw new RequestTimeout(this.timeoutMs, server.url);
      if (error instanceof ServerAnswer || error instanceof AppError) throw error;
      throw Object.assign(error as Error, { serverUrl: server.url });
    } finally {
      clearTimeout(timer);
    }
  }

  private toAppError(error: unknown): AppError {
    if (error instanceof AppError) return error;
    if (error instanceof RequestTimeout) {
      return new AppError(
        ErrorCode.NLP_FAILED,
        `CoreNLP at ${error.url ?? this.urls.join(', ')} did not answer within ${error.ms / 1000} s ` +
          '(NEWSGRAPH_NLP_TIMEOUT_MS); the text may be too long or the server overloaded',
        { url: error.url, timeoutMs: error.ms },
        { cause: error },
      );
    }
    if (error instanceof ServerAnswer) return serverAnswerError(error);
    const url = (error as { serverUrl?: string }).serverUrl ?? this.urls.join(', ');
    if (isConnectionError(error)) {
      return new AppError(
        ErrorCode.NLP_UNAVAILABLE,
        `the CoreNLP server at ${url} is not reachable (${connectionCode(error)}): start it with ` +
          '`newsgraph nlp start`, set CORENLP_URL to a running one, or use NEWSGRAPH_ANALYZER=fast',
        { url },
        { cause: error },
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    return new AppError(
      ErrorCode.NLP_FAILED,
      `the request to CoreNLP at ${url} failed: ${message}`,
      { url },
      {
        cause: error,
      },
    );
  }
}

class RequestTimeout extends Error {
  constructor(
    readonly ms: number,
    readonly url?: string,
  ) {
    super(`timed out after ${ms} ms`);
  }
}

class ServerAnswer extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}`);
  }
}

const MAX_BODY_IN_MESSAGE = 500;

function serverAnswerError(answer: ServerAnswer): AppError {
  const body = answer.body.trim();
  const details = { url: answer.url, status: answer.status, body: body.slice(0, 4_000) };
  if (/OutOfMemoryError|Java heap space|GC overhead limit/i.test(body)) {
    return new AppError(
      ErrorCode.NLP_UNAVAILABLE,
      `the CoreNLP server at ${answer.url} ran out of memory: give it a larger heap (NEWSGRAPH_NLP_HEAP) ` +
        'or fewer threads (NEWSGRAPH_NLP_THREADS)',
      details,
    );
  }
  if (/timed out/i.test(body)) {
    return new AppError(
      ErrorCode.NLP_FAILED,
      `the CoreNLP server at ${answer.url} gave up on the text (its own timeout): ${body.slice(0, MAX_BODY_IN_MESSAGE)}`,
      details,
    );
  }
  return new AppError(
    ErrorCode.NLP_FAILED,
    `the CoreNLP server at ${answer.url} answered HTTP ${answer.status}: ${body.slice(0, MAX_BODY_IN_MESSAGE) || '(no body)'}`,
    details,
  );
}

function parseAnnotation(url: string, body: string): Annotation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new AppError(
      ErrorCode.NLP_FAILED,
      `the CoreNLP server at ${url} did not answer JSON: ${body.slice(0, MAX_BODY_IN_MESSAGE)}`,
    );
  }
  if (!isAnnotation(parsed)) {
    throw new AppError(
      ErrorCode.NLP_FAILED,
      `the CoreNLP server at ${url} answered JSON without "sentences"`,
    );
  }
  return parsed;
}

function isAnnotation(value: unknown): value is Annotation {
  return typeof value === 'object' && value !== null && Array.isArray((value as Annotation).sentences);
}

function connectionCode(error: unknown): string {
  // typeof, not instanceof: undici's errors may come from another realm (a jest sandbox, a worker).
  for (
    let current: unknown = error, depth = 0;
    typeof current === 'object' && current !== null && depth < 5;
    depth += 1
  ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}
