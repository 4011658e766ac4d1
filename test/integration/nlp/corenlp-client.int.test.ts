/**
 * The client against a real CoreNLP server (CORENLP_URL; the test setup's, or the developer's): offsets
 * stay UTF-16 slices of the text whatever it holds, a split text reads as one, a 1 MB text passes the
 * server's 100,000-character limit, and failures say what happened.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { ErrorCode } from '../../../src/errors';
import type { Annotation } from '../../../src/nlp/annotation';
import { CoreNlpClient, DEFAULT_CORENLP_PROPERTIES } from '../../../src/nlp/corenlp-client';

const URL = process.env.CORENLP_URL ?? 'http://127.0.0.1:9000';
const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = readFileSync(path.join(ROOT, 'samples/belarus-embassy-closure.txt'), 'utf8');
const TOKENS_ONLY = { annotators: 'tokenize,ssplit,pos', outputFormat: 'json' };

jest.setTimeout(600_000);

function tokens(annotation: Annotation) {
  return annotation.sentences.flatMap((sentence) => sentence.tokens);
}

function expectOffsetsSliceTheText(text: string, annotation: Annotation): void {
  const all = tokens(annotation);
  expect(all.length).toBeGreaterThan(0);
  const wrong = all.filter(
    (token) => text.slice(token.characterOffsetBegin, token.characterOffsetEnd) !== token.originalText,
  );
  expect(wrong).toEqual([]);
  for (const sentence of annotation.sentences) {
    for (const mention of sentence.entitymentions ?? []) {
      expect(text.slice(mention.characterOffsetBegin, mention.characterOffsetEnd)).toBe(mention.text);
      expect(all[mention.docTokenBegin]?.characterOffsetBegin).toBe(mention.characterOffsetBegin);
    }
  }
  expect(annotation.sentences.map((sentence) => sentence.index)).toEqual(
    annotation.sentences.map((_, i) => i),
  );
}

/** A loopback port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('CoreNlpClient on a live server', () => {
  let deadUrl = '';
  beforeAll(async () => {
    deadUrl = `http://127.0.0.1:${await closedPort()}`;
  });
  const client = new CoreNlpClient({ urls: [URL], timeoutMs: 300_000 });

  it('is ready', async () => {
    await expect(client.ready()).resolves.toBe(true);
  });

  it.each([
    [
      'Windows line ends',
      'Apple said on Monday.\r\nIt will close stores in Minsk.\r\n\r\nTim Cook agreed.\r\n',
    ],
    ['emoji (surrogate pairs)', 'Fans 😀 cheered as Wolves 👍🏽 beat Chelsea in London 🇬🇧 on Saturday.'],
    [
      'HTML entities',
      'AT&amp;T &lt;b&gt;bought&lt;/b&gt; Time Warner &#8212; said John Stankey &quot;today&quot;.',
    ],
    ['accents and astral letters', 'Café owner José Núñez met 𝒳 Corp in Zürich.'],
  ])('keeps UTF-16 offsets that slice the text (%s)', async (_name, text) => {
    expectOffsetsSliceTheText(text, await client.annotate(text));
  });

  it('reads a text cut at its paragraphs as one request over the whole text reads it', async () => {
    const whole = await new CoreNlpClient({
      urls: [URL],
      timeoutMs: 300_000,
      properties: TOKENS_ONLY,
    }).annotate(SAMPLE);
    const split = new CoreNlpClient({
      urls: [URL],
      timeoutMs: 300_000,
      properties: TOKENS_ONLY,
      maxChunkChars: 1_500,
    });
    const merged = await split.annotate(SAMPLE);
    const view = (annotation: Annotation) =>
      annotation.sentences.map((sentence) => ({
        index: sentence.index,
        tokens: sentence.tokens.map(
          ({ index, word, characterOffsetBegin, characterOffsetEnd, pos, before, after }) => ({
            index,
            word,
            characterOffsetBegin,
            characterOffsetEnd,
            pos,
            before,
            after,
          }),
        ),
      }));
    expect(view(merged)).toEqual(view(whole));
  });

  it('merges real NER mentions and coreference chains of a split text into the whole text', async () => {
    // The default properties run no coref annotator (the extractor resolves coreference itself); a user's
    // own properties may, and its chains must survive the split too.
    const split = new CoreNlpClient({
      urls: [URL],
      timeoutMs: 300_000,
      maxChunkChars: 3_000,
      properties: {
        ...DEFAULT_CORENLP_PROPERTIES,
        annotators: 'tokenize,ssplit,pos,lemma,ner,depparse,coref',
        'coref.algorithm': 'statistical',
      },
    });
    const merged = await split.annotate(SAMPLE);
    expectOffsetsSliceTheText(SAMPLE, merged);
    const mentions = merged.sentences.flatMap((sentence) => sentence.entitymentions ?? []);
    expect(mentions.length).toBeGreaterThan(50);
    const chains = Object.entries(merged.corefs ?? {});
    expect(chains.length).toBeGreaterThan(3);
    const ids = chains.flatMap(([, chain]) => chain.map((mention) => mention.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, chain] of chains) {
      for (const mention of chain) {
        const tokens = merged.sentences[mention.sentNum - 1]?.tokens ?? [];
        const words = tokens.slice(mention.startIndex - 1, mention.endIndex - 1).map((token) => token.word);
        expect(words.length).toBeGreaterThan(0);
        expect(mention.text.replace(/\s+/g, '')).toBe(
          SAMPLE.slice(
            tokens[mention.startIndex - 1]?.characterOffsetBegin,
            tokens[mention.endIndex - 2]?.characterOffsetEnd,
          ).replace(/\s+/g, ''),
        );
      }
    }
  });

  it('annotates a 1 MB article: every chunk under the server limit, every offset shifted into the whole text', async () => {
    const gold = path.join(ROOT, 'test/fixtures/gold');
    const texts = readdirSync(gold)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(path.join(gold, file), 'utf8'));
    let text = '';
    for (let i = 0; text.length < 1_000_000; i += 1) text += `${texts[i % texts.length]?.trim()}\n\n`;
    const big = new CoreNlpClient({ urls: [URL], timeoutMs: 300_000, properties: TOKENS_ONLY });
    const annotation = await big.annotate(text);
    expectOffsetsSliceTheText(text, annotation);
    const all = tokens(annotation);
    expect(all.length).toBeGreaterThan(150_000);
    expect(text.slice(all.at(-1)?.characterOffsetEnd).trim()).toBe('');
  });

  it('spreads texts over a live server and a dead port: the dead one is skipped, every text is read', async () => {
    const pair = new CoreNlpClient({ urls: [deadUrl, URL], timeoutMs: 300_000, deadServerMs: 60_000 });
    const texts = ['Alice met Bob in Paris.', 'Carol visited Berlin.', 'Dave called Erin.'];
    const annotations = await Promise.all(texts.map((text) => pair.annotate(text)));
    expect(annotations.map((annotation) => annotation.sentences.length)).toEqual([1, 1, 1]);
    expect(pair.serverStates()).toEqual([
      { url: deadUrl, live: false },
      { url: URL.replace(/\/+$/, ''), live: true },
    ]);
  });

  it('says a server that refuses connections is unreachable', async () => {
    const dead = new CoreNlpClient({ urls: [deadUrl], retry: { attempts: 2, backoffMs: 10 } });
    await expect(dead.annotate('Alice met Bob.')).rejects.toMatchObject({
      code: ErrorCode.NLP_UNAVAILABLE,
      message: expect.stringContaining(`CoreNLP server at ${deadUrl} is not reachable (ECONNREFUSED)`),
    });
    await expect(dead.ready()).resolves.toBe(false);
  });

  it('passes over a dead server to a live one', async () => {
    const mixed = new CoreNlpClient({
      urls: [deadUrl, URL],
      retry: { attempts: 2, backoffMs: 10 },
      properties: TOKENS_ONLY,
    });
    for (const text of ['Alice met Bob.', 'Carol met Dave.', 'Eve met Frank.']) {
      expect(tokens(await mixed.annotate(text))).toHaveLength(4);
    }
  });

  it('gives up on a request that takes longer than the timeout', async () => {
    const hasty = new CoreNlpClient({ urls: [URL], timeoutMs: 5, properties: DEFAULT_CORENLP_PROPERTIES });
    await expect(hasty.annotate(SAMPLE)).rejects.toMatchObject({
      code: ErrorCode.NLP_FAILED,
      message: expect.stringMatching(/did not answer within 0\.005 s|gave up on the text/),
    });
  });
});
