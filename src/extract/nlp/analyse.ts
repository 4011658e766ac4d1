/**
 * Runs wink line by line (a line break ends a sentence: headlines and captions carry no full stop) and
 * turns its output into tokens that know their offsets in the ORIGINAL text.
 */
import { isTitleWord } from '../lexicon/titles';
import type { OffsetText } from '../offset-text';
import type { AnalysedText, NumericSpan, Pos, SentenceSpan, Token } from './document';
import { domainNameLength } from './domain-names';
import { hyphenNameLength, titleAbbreviationLength } from './joined-names';
import { findNumerics } from './numerics';
import { correctPartsOfSpeech } from './pos-fixes';
import { analyseWithWink, type RawAnalysis, type RawToken } from './wink';

interface Builder {
  readonly original: string;
  readonly offsetText: OffsetText;
  readonly tokens: Token[];
  readonly sentences: [number, number][];
  readonly numerics: NumericSpan[];
}

export function analyse(original: string, offsetText: OffsetText): AnalysedText {
  const builder: Builder = { original, offsetText, tokens: [], sentences: [], numerics: [] };
  const text = offsetText.text;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim().length > 0) readLine(builder, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  const sentences = buildSentences(builder.tokens, builder.sentences);
  correctPartsOfSpeech(builder.tokens);
  return { original, tokens: builder.tokens, sentences, numerics: findNumerics(builder.tokens, sentences) };
}

function readLine(builder: Builder, lineStart: number, lineEnd: number): void {
  const text = builder.offsetText.text;
  const raw: RawAnalysis = analyseWithWink(text.slice(lineStart, lineEnd));
  const base = builder.tokens.length;
  // globalIndex[i]: the token raw token i became, or for skipped whitespace the next token.
  const globalIndex: number[] = new Array<number>(raw.tokens.length + 1);
  let cursor = lineStart;
  let i = 0;
  while (i < raw.tokens.length) {
    const t = raw.tokens[i] as RawToken;
    cursor = locate(text, t, cursor + t.precedingSpaces.length, lineEnd);
    globalIndex[i] = builder.tokens.length;
    if (t.pos === 'SPACE' || t.value.trim().length === 0) {
      cursor += t.value.length;
      i += 1;
      continue;
    }
    const domain = domainNameLength(raw.tokens, i);
    const hyphenated = hyphenNameLength(raw.tokens, i);
    const parts =
      domain > 1
        ? domain
        : Math.max(
            realHyphens(builder, cursor, joinedLength(raw.tokens, i, hyphenated)) ? hyphenated : 1,
            titleAbbreviationLength(raw.tokens, i),
          );
    const value = parts > 1 ? text.slice(cursor, cursor + joinedLength(raw.tokens, i, parts)) : t.value;
    for (let k = 1; k < parts; k += 1) globalIndex[i + k] = builder.tokens.length;
    pushToken(builder, t, value, cursor, lineStart, domain > 1 ? 'url' : parts > 1 ? 'name' : undefined);
    cursor += value.length;
    i += parts;
  }
  globalIndex[raw.tokens.length] = builder.tokens.length;
  const end = builder.tokens.length;
  const lastOf = (k: number): number => Math.min(end, (globalIndex[k + 1] ?? end) - 0) - 1;
  for (const [a, b] of mergeGluedSentences(raw)) {
    const first = globalIndex[a] ?? end;
    const last = lastOf(b);
    if (last >= first && first >= base) builder.sentences.push([first, last]);
  }
  for (const entity of raw.entities) {
    const first = globalIndex[entity.span[0]] ?? end;
    const last = lastOf(entity.span[1]);
    if (last >= first) builder.numerics.push({ type: entity.type, first, last });
  }
}

/** Only a hyphen of the original joins a name: a dash the normalizer straightened ("President—President") does not. */
function realHyphens(builder: Builder, at: number, length: number): boolean {
  const { original, offsetText } = builder;
  for (let k = at; k < at + length; k += 1) {
    if (offsetText.text[k] !== '-') continue;
    if (!'-\u2010\u2011'.includes(original[offsetText.toOriginal(k)] ?? '')) return false;
  }
  return true;
}

function locate(text: string, token: RawToken, expected: number, lineEnd: number): number {
  if (text.startsWith(token.value, expected)) return expected;
  const found = text.indexOf(token.value, expected - token.precedingSpaces.length);
  return found >= 0 && found < lineEnd ? found : expected;
}

function joinedLength(tokens: readonly RawToken[], from: number, parts: number): number {
  let length = 0;
  for (let k = from; k < from + parts; k += 1) {
    const t = tokens[k] as RawToken;
    length += (k > from ? t.precedingSpaces.length : 0) + t.value.length;
  }
  return length;
}

function pushToken(
  builder: Builder,
  raw: RawToken,
  value: string,
  at: number,
  lineStart: number,
  joined: 'url' | 'name' | undefined,
) {
  const { tokens, offsetText } = builder;
  tokens.push({
    index: tokens.length,
    text: value,
    lower: value.toLowerCase(),
    lemma: joined === undefined ? raw.lemma.toLowerCase() : value.toLowerCase(),
    pos: joined === undefined ? (raw.pos as Pos) : 'PROPN',
    kind: joined === 'url' ? 'url' : raw.kind,
    start: offsetText.toOriginal(at),
    end: offsetText.toOriginal(at + value.length - 1) + 1,
    spaceBefore: raw.precedingSpaces.length > 0 || at === lineStart,
    lineBefore: at === lineStart,
    splitBefore: at > 0 && offsetText.toOriginal(at - 1) === offsetText.toOriginal(at),
    sentence: 0,
  });
}

/**
 * "DailyMail.com" reads as two sentences to wink; a sentence that starts without a space is no sentence.
 * Nor does one end on a title's abbreviation ("the Rev. Jesse Jackson", "Sgt. Frank Martinez").
 */
function mergeGluedSentences(raw: RawAnalysis): [number, number][] {
  const merged: [number, number][] = [];
  for (const [a, b] of raw.sentences) {
    const previous = merged[merged.length - 1];
    const first = raw.tokens[a];
    const glued = first !== undefined && first.precedingSpaces.length === 0;
    if (previous !== undefined && first !== undefined && (glued || endsOnTitle(raw, previous[1])))
      previous[1] = b;
    else merged.push([a, b]);
  }
  return merged;
}

function endsOnTitle(raw: RawAnalysis, last: number): boolean {
  let k = last;
  while (k >= 0 && raw.tokens[k]?.pos === 'SPACE') k -= 1;
  const token = raw.tokens[k]?.value ?? '';
  if (token === '.') return isTitleWord(`${raw.tokens[k - 1]?.value ?? ''}.`);
  return token.endsWith('.') && isTitleWord(token);
}

/** Sentences tile the tokens: every token belongs to exactly one. */
function buildSentences(tokens: Token[], ranges: readonly [number, number][]): SentenceSpan[] {
  const tiles: [number, number][] = [];
  let next = 0;
  for (const [a, b] of ranges) {
    if (b < next) continue;
    if (tiles.length > 0 && a > next) (tiles[tiles.length - 1] as [number, number])[1] = a - 1;
    tiles.push([tiles.length === 0 ? 0 : Math.max(a, next), b]);
    next = b + 1;
  }
  if (tiles.length > 0 && next < tokens.length)
    (tiles[tiles.length - 1] as [number, number])[1] = tokens.length - 1;
  if (tiles.length === 0 && tokens.length > 0) tiles.push([0, tokens.length - 1]);
  return tiles.map(([first, last], index) => {
    for (let k = first; k <= last; k += 1) (tokens[k] as Token).sentence = index;
    const a = tokens[first] as Token;
    const b = tokens[last] as Token;
    return { index, first, last: last + 1, start: a.start, end: b.end };
  });
}
