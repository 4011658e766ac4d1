/**
 * Long texts go to CoreNLP in pieces: the server refuses texts over its maxCharLength (100,000 characters
 * by default) and the parser's time grows with the text. splitText cuts at paragraph boundaries (blank
 * lines), a paragraph over the limit at sentence ends, a sentence over it at whitespace; the chunks are
 * contiguous slices, so their starts are the offsets mergeAnnotations shifts each piece's annotation by.
 */
import type { Annotation, CorefMention, EntityMention, Sentence, Timex, Token } from './annotation';

/** The client's default: half the server's limit, so that no single parse runs too long. */
export const MAX_CHUNK_CHARS = 50_000;

export interface TextChunk {
  /** UTF-16 offset of the chunk in the whole text. */
  readonly start: number;
  readonly text: string;
}

/** Cut points that keep the text whole: each is the offset a new chunk may start at. */
const PARAGRAPH_BREAK = /\n[ \t\r\f\v]*\n\s*/g;
const SENTENCE_END = /[.!?…]["'”’)\]]*\s+/g;
const WHITESPACE = /\s+/g;

export function splitText(text: string, maxChars: number = MAX_CHUNK_CHARS): TextChunk[] {
  if (!Number.isInteger(maxChars) || maxChars < 2) throw new RangeError('maxChars must be an integer ≥ 2');
  if (text.length <= maxChars) return [{ start: 0, text }];
  const ends = cutPoints(text, 0, text.length, maxChars, [PARAGRAPH_BREAK, SENTENCE_END, WHITESPACE]);
  const chunks: TextChunk[] = [];
  let start = 0;
  for (const end of ends) {
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

/**
 * The ends of chunks covering [from, to), each at most maxChars long: greedily packs the pieces the first
 * separator makes; a piece still too long is cut by the next separator, and last of all at maxChars.
 */
function cutPoints(
  text: string,
  from: number,
  to: number,
  maxChars: number,
  separators: readonly RegExp[],
): number[] {
  const [separator, ...finer] = separators;
  if (separator === undefined) return hardCuts(text, from, to, maxChars);
  const ends: number[] = [];
  let chunkStart = from;
  let lastFit = from;
  for (const pieceEnd of [...pieceEnds(text, from, to, separator), to]) {
    if (pieceEnd - chunkStart <= maxChars) {
      lastFit = pieceEnd;
      continue;
    }
    if (lastFit > chunkStart) {
      ends.push(lastFit);
      chunkStart = lastFit;
    }
    if (pieceEnd - chunkStart <= maxChars) {
      lastFit = pieceEnd;
      continue;
    }
    ends.push(...cutPoints(text, chunkStart, pieceEnd, maxChars, finer));
    chunkStart = pieceEnd;
    lastFit = pieceEnd;
  }
  if (lastFit > chunkStart) ends.push(lastFit);
  return ends;
}

function pieceEnds(text: string, from: number, to: number, separator: RegExp): number[] {
  const pattern = new RegExp(separator.source, 'g');
  pattern.lastIndex = from;
  const ends: number[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end >= to) break;
    if (end > from) ends.push(end);
  }
  return ends;
}

/** Last resort: fixed-size cuts that never split a surrogate pair. */
function hardCuts(text: string, from: number, to: number, maxChars: number): number[] {
  const ends: number[] = [];
  let start = from;
  while (to - start > maxChars) {
    let end = start + maxChars;
    if (isLowSurrogate(text.charCodeAt(end))) end -= 1;
    ends.push(end);
    start = end;
  }
  ends.push(to);
  return ends;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export interface AnnotatedChunk {
  readonly start: number;
  readonly annotation: Annotation;
}

/**
 * One annotation of the whole text from the annotations of its chunks: character offsets, document token
 * positions, sentence indices and numbers, coreference mention and chain ids and SUTime ids are shifted,
 * and the whitespace around a cut is restored on the tokens either side. Coreference does not cross a
 * cut (each chunk was resolved alone).
 */
export function mergeAnnotations(text: string, chunks: readonly AnnotatedChunk[]): Annotation {
  if (chunks.length === 1 && chunks[0]?.start === 0) return chunks[0].annotation;
  const sentences: Sentence[] = [];
  const corefs: Record<string, CorefMention[]> = {};
  let tokensBefore = 0;
  let corefIdOffset = 0;
  let timexOffset = 0;
  let sawCoref = false;
  for (const { start, annotation } of chunks) {
    const shift: Shift = {
      chars: start,
      sentences: sentences.length,
      tokens: tokensBefore,
      timex: timexOffset,
    };
    for (const sentence of annotation.sentences) {
      sentences.push(shiftSentence(sentence, shift));
      tokensBefore += sentence.tokens.length;
    }
    if (shift.sentences > 0 && sentences.length > shift.sentences)
      joinAtCut(text, sentences, shift.sentences);
    timexOffset = Math.max(timexOffset, maxTimexNumber(annotation, shift.timex));
    if (annotation.corefs !== undefined) {
      sawCoref = true;
      let maxId = corefIdOffset - 1;
      for (const [chainId, mentions] of Object.entries(annotation.corefs)) {
        const shiftedChain = Number(chainId) + corefIdOffset;
        maxId = Math.max(maxId, shiftedChain);
        corefs[String(shiftedChain)] = mentions.map((mention) => {
          maxId = Math.max(maxId, mention.id + corefIdOffset);
          return shiftCorefMention(mention, corefIdOffset, shift.sentences);
        });
      }
      corefIdOffset = maxId + 1;
    }
  }
  return sawCoref ? { sentences, corefs } : { sentences };
}

interface Shift {
  readonly chars: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly timex: number;
}

function shiftSentence(sentence: Sentence, shift: Shift): Sentence {
  const shifted: Sentence = {
    ...sentence,
    index: sentence.index + shift.sentences,
    tokens: sentence.tokens.map((token) => shiftToken(token, shift)),
  };
  if (sentence.entitymentions === undefined) return shifted;
  return {
    ...shifted,
    entitymentions: sentence.entitymentions.map((mention) => shiftMention(mention, shift)),
  };
}

function shiftToken(token: Token, shift: Shift): Token {
  return {
    ...token,
    characterOffsetBegin: token.characterOffsetBegin + shift.chars,
    characterOffsetEnd: token.characterOffsetEnd + shift.chars,
    ...(token.timex === undefined ? {} : { timex: shiftTimex(token.timex, shift.timex) }),
  };
}

function shiftMention(mention: EntityMention, shift: Shift): EntityMention {
  return {
    ...mention,
    characterOffsetBegin: mention.characterOffsetBegin + shift.chars,
    characterOffsetEnd: mention.characterOffsetEnd + shift.chars,
    docTokenBegin: mention.docTokenBegin + shift.tokens,
    docTokenEnd: mention.docTokenEnd + shift.tokens,
    ...(mention.timex === undefined ? {} : { timex: shiftTimex(mention.timex, shift.timex) }),
  };
}

/** SUTime numbers its expressions t1, t2... per request; later chunks continue the count. */
function shiftTimex(timex: Timex, offset: number): Timex {
  const number = timexNumber(timex.tid);
  return offset === 0 || number === null ? timex : { ...timex, tid: `t${number + offset}` };
}

function timexNumber(tid: string): number | null {
  const match = /^t(\d+)$/.exec(tid);
  return match === null ? null : Number(match[1]);
}

function maxTimexNumber(annotation: Annotation, offset: number): number {
  let max = offset;
  for (const sentence of annotation.sentences) {
    for (const token of sentence.tokens) {
      const number = token.timex === undefined ? null : timexNumber(token.timex.tid);
      if (number !== null) max = Math.max(max, number + offset);
    }
  }
  return max;
}

/** CoreNLP also writes `position: [sentNum, n]`, which the typed model leaves out; it is shifted too. */
function shiftCorefMention(mention: CorefMention, idOffset: number, sentenceOffset: number): CorefMention {
  const shifted = { ...mention, id: mention.id + idOffset, sentNum: mention.sentNum + sentenceOffset };
  const position = (mention as { position?: unknown }).position;
  if (Array.isArray(position) && typeof position[0] === 'number') {
    return { ...shifted, position: [position[0] + sentenceOffset, ...position.slice(1)] } as CorefMention;
  }
  return shifted;
}

/**
 * A chunk saw nothing past its ends: the last token before a cut and the first after it get the text
 * between them as their after/before, as one request over the whole text would have given them.
 */
function joinAtCut(text: string, sentences: Sentence[], firstOfChunk: number): void {
  const before = lastTokenAt(sentences, firstOfChunk - 1);
  const after = firstTokenAt(sentences, firstOfChunk);
  if (before === undefined || after === undefined) return;
  const [left, leftAt] = before;
  const [right, rightAt] = after;
  const between = text.slice(
    (left.tokens[leftAt] as Token).characterOffsetEnd,
    (right.tokens[rightAt] as Token).characterOffsetBegin,
  );
  (left.tokens as Token[])[leftAt] = { ...(left.tokens[leftAt] as Token), after: between };
  (right.tokens as Token[])[rightAt] = { ...(right.tokens[rightAt] as Token), before: between };
}

function lastTokenAt(sentences: readonly Sentence[], from: number): [Sentence, number] | undefined {
  for (let s = from; s >= 0; s -= 1) {
    const sentence = sentences[s] as Sentence;
    if (sentence.tokens.length > 0) return [sentence, sentence.tokens.length - 1];
  }
  return undefined;
}

function firstTokenAt(sentences: readonly Sentence[], from: number): [Sentence, number] | undefined {
  for (let s = from; s < sentences.length; s += 1) {
    const sentence = sentences[s] as Sentence;
    if (sentence.tokens.length > 0) return [sentence, 0];
  }
  return undefined;
}
