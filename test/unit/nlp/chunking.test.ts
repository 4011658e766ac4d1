import { mergeAnnotations, splitText, type TextChunk } from '../../../src/nlp/chunking';
import { fakeAnnotate } from './fake-annotator';

const PARAGRAPHS = [
  'Alice met Bob on Monday. They talked.',
  'Carol wrote to Dave.\r\nEve replied on Monday.',
  'Frank said nothing.',
  'Grace and Heidi left on Monday. Ivan stayed. Judy laughed.',
];
const TEXT = `${PARAGRAPHS.join('\n\n')}\n`;

function annotateInChunks(text: string, maxChars: number) {
  const chunks = splitText(text, maxChars);
  return mergeAnnotations(
    text,
    chunks.map((chunk) => ({ start: chunk.start, annotation: fakeAnnotate(chunk.text) })),
  );
}

function expectCovering(text: string, chunks: readonly TextChunk[], maxChars: number): void {
  expect(chunks.map((chunk) => chunk.text).join('')).toBe(text);
  let start = 0;
  for (const chunk of chunks) {
    expect(chunk.start).toBe(start);
    expect(chunk.text.length).toBeLessThanOrEqual(maxChars);
    expect(chunk.text.length).toBeGreaterThan(0);
    start += chunk.text.length;
  }
}

describe('splitText', () => {
  it('keeps a text within the limit whole', () => {
    expect(splitText(TEXT, 1_000)).toEqual([{ start: 0, text: TEXT }]);
  });

  it('cuts at blank lines, packing whole paragraphs into each chunk', () => {
    const chunks = splitText(TEXT, 90);
    expectCovering(TEXT, chunks, 90);
    expect(chunks.map((chunk) => chunk.text.trim())).toEqual([
      `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`,
      `${PARAGRAPHS[2]}\n\n${PARAGRAPHS[3]}`,
    ]);
  });

  it('cuts a paragraph over the limit at sentence ends', () => {
    const chunks = splitText(TEXT, 40);
    expectCovering(TEXT, chunks, 40);
    expect(chunks.map((chunk) => chunk.text.trim())).toContain('Grace and Heidi left on Monday.');
    for (const chunk of chunks) expect(chunk.text.trim()).toMatch(/[.]$/);
  });

  it('cuts a sentence over the limit at whitespace, and a word over it anywhere but inside a surrogate pair', () => {
    const text = `${'word '.repeat(30)}${'😀'.repeat(20)}`;
    const chunks = splitText(text, 16);
    expectCovering(text, chunks, 16);
    for (const chunk of chunks) {
      expect(chunk.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('cuts a 1 MB text into chunks of at most 50,000 characters by default', () => {
    const paragraph = `${'Alice met Bob on Monday and they talked for a long while. '.repeat(40)}\n\n`;
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const chunks = splitText(text);
    expectCovering(text, chunks, 50_000);
    expect(chunks.length).toBeGreaterThanOrEqual(20);
    for (const chunk of chunks.slice(1)) expect(chunk.text.startsWith('Alice')).toBe(true);
  });

  it('refuses a limit below 2', () => {
    expect(() => splitText(TEXT, 1)).toThrow(RangeError);
  });
});

describe('mergeAnnotations', () => {
  it.each([90, 40, 32])(
    'gives what one request over the whole text gives (chunks of at most %i characters)',
    (maxChars) => {
      expect(splitText(TEXT, maxChars).length).toBeGreaterThan(1);
      expect(annotateInChunks(TEXT, maxChars)).toEqual(fakeAnnotate(TEXT));
    },
  );

  it('shifts offsets so that every token and mention is its slice of the whole text', () => {
    const text = `${'Zoe saw 😀 Yan on Monday.\r\n\r\n'.repeat(30)}Xia left.`;
    const merged = annotateInChunks(text, 70);
    const tokens = merged.sentences.flatMap((sentence) => sentence.tokens);
    expect(tokens.length).toBe(fakeAnnotate(text).sentences.flatMap((sentence) => sentence.tokens).length);
    for (const token of tokens) {
      expect(text.slice(token.characterOffsetBegin, token.characterOffsetEnd)).toBe(token.originalText);
    }
    const mentions = merged.sentences.flatMap((sentence) => sentence.entitymentions ?? []);
    for (const mention of mentions) {
      expect(text.slice(mention.characterOffsetBegin, mention.characterOffsetEnd)).toBe(mention.text);
      expect(tokens[mention.docTokenBegin]?.characterOffsetBegin).toBe(mention.characterOffsetBegin);
    }
    expect(merged.sentences.map((sentence) => sentence.index)).toEqual(merged.sentences.map((_, i) => i));
    const chains = Object.entries(merged.corefs ?? {});
    const ids = chains.flatMap(([, chain]) => chain.map((mention) => mention.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, chain] of chains) {
      for (const mention of chain) {
        const sentence = merged.sentences[mention.sentNum - 1];
        expect(sentence?.tokens[mention.startIndex - 1]?.word).toBe(mention.text);
      }
    }
    const tids = tokens.flatMap((token) => (token.timex === undefined ? [] : [token.timex.tid]));
    expect(new Set(tids).size).toBe(30);
  });

  it('returns the single annotation of an unsplit text as it is', () => {
    const annotation = fakeAnnotate(TEXT);
    expect(mergeAnnotations(TEXT, [{ start: 0, annotation }])).toBe(annotation);
  });

  it('leaves out corefs when no chunk had any', () => {
    const merged = mergeAnnotations('a b', [
      { start: 0, annotation: { sentences: [] } },
      { start: 2, annotation: { sentences: [] } },
    ]);
    expect(merged).toEqual({ sentences: [] });
  });
});
