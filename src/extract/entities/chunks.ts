/**
 * Proper-name chunks: maximal runs of capitalized tokens, joined across "of" when an organization, facility
 * or title leads ("Ministry of Finance", "Bank of England", "Secretary of State"), across name particles
 * ("Charles de Gaulle"), and across "and" only when the whole is a known name ("Trinidad and Tobago").
 */
import type { AnalysedText, SentenceSpan, Token } from '../nlp/document';
import { gazetteer } from '../gazetteer';
import { isEnglishWord, isFirstName } from '../lexicon/english-words';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_LEADS } from '../lexicon/organizations';
import { FACILITY_HEADS, LOCATION_LEADS } from '../lexicon/places';
import { isTitleWord } from '../lexicon/titles';
import { isAcronym, isNameToken, NAME_PARTICLES } from './name-tokens';

export interface NameChunk {
  readonly first: number;
  /** Exclusive. */
  readonly last: number;
}

const OF_LEADS = new Set([
  ...ORGANIZATION_LEADS,
  ...FACILITY_HEADS,
  ...LOCATION_LEADS,
  'Secretary',
  'Minister',
  'Director',
  'Chairman',
  'Speaker',
  'Governor',
  'Duke',
  'Prince',
  'King',
  'Queen',
  'Republic',
  'Kingdom',
  'Province',
  'State',
  'Isle',
  'Gulf',
  'Bay',
  'Sea',
  'Strait',
  'City',
  'Port',
  'Battle',
  'Treaty',
]);

/**
 * The longest name a chunk may grow to, in tokens: names are short ("United Nations Educational,
 * Scientific and Cultural Organization" is 9), and every later step looks inside a chunk, so an unbounded
 * run of capitalized words ("A. A. A. ...", 100,000 of them) would make the extractor quadratic.
 */
export const MAX_CHUNK_TOKENS = 16;

export function findNameChunks(analysed: AnalysedText): NameChunk[] {
  const chunks: NameChunk[] = [];
  for (const sentence of analysed.sentences) chunks.push(...chunksOfSentence(analysed, sentence));
  return chunks;
}

function chunksOfSentence(analysed: AnalysedText, sentence: SentenceSpan): NameChunk[] {
  const tokens = analysed.tokens;
  const chunks: NameChunk[] = [];
  let i = sentence.first;
  while (i < sentence.last) {
    const leadingParticle = startsWithParticle(tokens, i, sentence.last);
    if (!isNameToken(tokens[i] as Token) && !leadingParticle) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end - i < MAX_CHUNK_TOKENS) {
      const next = extendOnce(tokens, i, end, sentence.last);
      if (next === end) break;
      end = next;
    }
    const first = cutBeforeFirstName(tokens, trimSentenceInitial(tokens, i, end, sentence), end);
    if (first < end) chunks.push({ first, last: end });
    i = end;
  }
  return chunks;
}

/** Particles that open a surname or a name: "bin Laden", "al Qaeda", "de Cuellar". */
const LEADING_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'abu', 'de', 'del', 'da', 'di', 'du', 'von']);

function startsWithParticle(tokens: readonly Token[], i: number, limit: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  return LEADING_PARTICLES.has(token.text) && next !== undefined && i + 1 < limit && isNameToken(next);
}

/** One step of growth: the new exclusive end, or `end` itself when the chunk cannot grow. */
function extendOnce(tokens: readonly Token[], first: number, end: number, limit: number): number {
  const next = tokens[end];
  if (next === undefined || end >= limit) return end;
  if (next.splitBefore) return end;
  const previous = tokens[end - 1] as Token;
  // "Kevin O 'Brien", "D 'Amato": an apostrophe split off an Irish or Italian surname.
  if (/^[ODL]$/.test(previous.text) && next.text.startsWith("'"))
    return next.text === "'" ? Math.min(end + 2, limit) : end + 1;
  // "Minn ." with the abbreviation's dot as a token of its own.
  const abbreviated = next.text === '.' ? gazetteer().place(`${previous.text}.`) : undefined;
  // Only an abbreviation takes the dot: "Texas ." and "Utah ." end their sentence.
  if (
    abbreviated?.type === 'LOCATION' &&
    abbreviated.name !== previous.text &&
    /^[A-Z][a-z]{1,4}$/.test(previous.text)
  )
    return end + 1;
  if (isNameToken(next) && !startsAfterBreak(tokens, end)) return end + 1;
  const after = tokens[end + 1];
  if (after === undefined || end + 1 >= limit || !isNameToken(after)) return end;
  if (NAME_PARTICLES.has(next.text) || next.text === '&') return end + 1;
  if (next.lower === 'of' || next.lower === 'for' || next.lower === 'on') {
    const lead = tokens[first] as Token;
    const head = tokens[end - 1] as Token;
    if (OF_LEADS.has(lead.text) || OF_LEADS.has(head.text)) return end + 1;
    return knownNameThrough(tokens, first, end, limit);
  }
  if (next.lower === 'and') return knownNameThrough(tokens, first, end, limit);
  return end;
}

/** Joins across a connector only when the whole run is a known place or organization. */
function knownNameThrough(tokens: readonly Token[], first: number, end: number, limit: number): number {
  let stop = end + 1;
  while (stop < limit && isNameToken(tokens[stop] as Token)) stop += 1;
  const words = tokens.slice(first, stop).map((t) => t.text);
  const whole = words.join(' ');
  if (gazetteer().place(whole) !== undefined || KNOWN_ORGANIZATIONS.has(whole)) return stop;
  return end;
}

/** A quotation mark or a bracket between two capitalized words ends the name. */
function startsAfterBreak(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  return token.lineBefore;
}

/**
 * The first word of a sentence is capitalized whatever it is: it starts a name only when it is known as a
 * name, or is not an English word, or a title follows ("Composer Thomas").
 */
function trimSentenceInitial(
  tokens: readonly Token[],
  first: number,
  end: number,
  sentence: SentenceSpan,
): number {
  if (!isSentenceInitial(tokens, first, sentence)) return first;
  const token = tokens[first] as Token;
  if (
    isKnownWordName(token.text) ||
    !isEnglishWord(token.lower) ||
    isTitleWord(token.text) ||
    isTitleWord(token.text.replace(/s$/, '')) ||
    bareNameBeforeVerb(tokens, first, end)
  )
    return first;
  if (
    end - first > 1 &&
    isKnownWordName(
      tokens
        .slice(first, end)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return first;
  return first + 1;
}

/**
 * "Chapman said", "Ray is being held", "Bork agreed": a common noun opens a sentence with a determiner;
 * a lone word the tagger reads as a proper noun, right before the verb, is a surname.
 */
function bareNameBeforeVerb(tokens: readonly Token[], first: number, end: number): boolean {
  const token = tokens[first] as Token;
  const next = tokens[end];
  return (
    end - first === 1 &&
    token.pos === 'PROPN' &&
    !/s$/.test(token.lower) &&
    next !== undefined &&
    next.sentence === token.sentence &&
    (next.pos === 'VERB' || next.pos === 'AUX')
  );
}

/** "Finance Janet Yellen": common words before a first name are no part of the person's name. */
function cutBeforeFirstName(tokens: readonly Token[], first: number, end: number): number {
  for (let k = first + 1; k < end - 1; k += 1) {
    if (!isFirstName((tokens[k] as Token).text)) continue;
    const before = tokens.slice(first, k);
    if (before.every((t) => isEnglishWord(t.lower) && !isTitleWord(t.text) && !isKnownWordName(t.text)))
      return k;
    return first;
  }
  return first;
}

function isSentenceInitial(tokens: readonly Token[], index: number, sentence: SentenceSpan): boolean {
  // "Say yes. Give America a raise.": a full stop the sentence splitter missed still ends a sentence.
  if (/^[.!?]$/.test(tokens[index - 1]?.text ?? '')) return true;
  for (let k = index - 1; k >= sentence.first; k -= 1) {
    const token = tokens[k] as Token;
    if (token.kind !== 'punctuation') return false;
  }
  return true;
}

function isKnownWordName(text: string): boolean {
  const place = gazetteer().place(text);
  // "Give" is a Danish town, and "Give America a raise" starts with a verb: a small town whose name is an
  // English word does not make the word a name.
  return (
    (place !== undefined && (place.major || place.type !== 'CITY' || !isEnglishWord(text.toLowerCase()))) ||
    gazetteer().demonymOf(text) !== undefined ||
    KNOWN_ORGANIZATIONS.has(text) ||
    isFirstName(text) ||
    isAcronym(text)
  );
}
