/**
 * Named mentions from name chunks: titles are cut off into attributes ("Secretary of State Anthony Blinken"),
 * a place before a title or an institution is its own mention ("Kansas Gov. Ellen Marsh",
 * "US State Department"), and what is left is typed by name-typing.ts.
 */
import type { AnalysedText, Token } from '../nlp/document';
import { gazetteer } from '../gazetteer';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS } from '../lexicon/organizations';
import { FACILITY_HEADS, LOCATION_HEADS } from '../lexicon/places';
import { isFirstName } from '../lexicon/english-words';
import { ROLE_NOUNS, titleLength } from '../lexicon/titles';
import type { MentionDraft } from '../model';
import type { NameChunk } from './chunks';
import { typeName, type Typing } from './name-typing';
import { titledLists } from './title-lists';

export interface NamedMentions {
  readonly mentions: MentionDraft[];
  /** Chunks no rule could type: typed later from the rest of the article, or dropped. */
  readonly untyped: NameChunk[];
}

export function namedMentions(analysed: AnalysedText, chunks: readonly NameChunk[]): NamedMentions {
  const mentions: MentionDraft[] = [];
  const untyped: NameChunk[] = [];
  const listed = titledLists(analysed.tokens, chunks);
  for (const chunk of chunks) {
    const titled = listed.get(chunk.first);
    const parts: ChunkPart[] = titled === undefined ? splitChunk(analysed.tokens, chunk) : [titled];
    for (const part of parts) {
      const typing =
        part.source === true
          ? SOURCE_TYPING
          : typeName(analysed.tokens, part.first, part.last, part.title !== undefined);
      if (typing === undefined) {
        untyped.push({ first: part.first, last: part.last });
        continue;
      }
      mentions.push(makeMention(analysed, part, typing));
    }
  }
  return { mentions, untyped };
}

interface ChunkPart extends NameChunk {
  readonly title?: string;
  readonly titleFirst?: number;
  /** A news source named after its city ("Moscow ITAR-TASS"): an organization. */
  readonly source?: boolean;
}

const SOURCE_TYPING: Typing = { type: 'ORGANIZATION', cue: 'shape', key: null, canonical: null };
const SHOUTED_WORD = /^[A-Z][A-Z0-9&'.-]*$/;

function splitChunk(tokens: readonly Token[], chunk: NameChunk): ChunkPart[] {
  const words = tokens.slice(chunk.first, chunk.last).map((t) => t.text);
  const whole = words.join(' ');
  const source = sourceSplit(words, chunk, creditedInLanguage(tokens, chunk));
  if (source !== undefined) return source;
  if (
    gazetteer().place(whole) !== undefined ||
    KNOWN_ORGANIZATIONS.has(whole) ||
    endsWithInstitutionHead(words)
  ) {
    return institutionSplit(tokens, chunk) ?? [chunk];
  }
  for (let k = 0; k < words.length - 1; k += 1) {
    // "Martin Luther King Jr.": a title word after a first name is part of the name.
    if (k > 0 && isFirstName(words[0] as string)) break;
    const length = titleLength(words.slice(k));
    if (length === 0 || k + length >= words.length) continue;
    // "Minister of Women": a title's own "of" phrase, not a name after the title.
    if (/^[a-z]/.test(words[k + length] as string)) break;
    const person: ChunkPart = {
      first: chunk.first + k + length,
      last: chunk.last,
      title: words.slice(k, k + length).join(' '),
      titleFirst: chunk.first + k,
    };
    return k > 0 ? [{ first: chunk.first, last: chunk.first + k }, person] : [person];
  }
  return institutionSplit(tokens, chunk) ?? [chunk];
}

/**
 * "Moscow ITAR-TASS", "Tokyo MAINICHI SHIMBUN", "Paris AFP": wire copy credits a source by its city, then
 * its name in capitals. The place and the source are two names.
 */
function sourceSplit(words: readonly string[], chunk: NameChunk, credited: boolean): ChunkPart[] | undefined {
  for (let k = 1; k < words.length && k <= 3; k += 1) {
    const rest = words.slice(k);
    const shouted = rest.every((w) => SHOUTED_WORD.test(w)) && rest.some((w) => w.length > 1);
    if (!shouted && !credited) continue;
    if (words.slice(0, k).every((w) => SHOUTED_WORD.test(w))) return undefined;
    if (gazetteer().place(words.slice(0, k).join(' ')) === undefined) continue;
    return [
      { first: chunk.first, last: chunk.first + k },
      { first: chunk.first + k, last: chunk.last, source: true },
    ];
  }
  return undefined;
}

/** Languages a wire credit names: "Paris Radio France International in French 1830 GMT". */
const CREDIT_LANGUAGES = new Set([
  'English',
  'French',
  'Spanish',
  'Portuguese',
  'German',
  'Russian',
  'Arabic',
  'Chinese',
  'Japanese',
  'Korean',
  'Italian',
  'Turkish',
  'Persian',
  'Ukrainian',
  'Polish',
  'Czech',
  'Serbo-Croatian',
  'Greek',
  'Hindi',
  'Thai',
]);

/** The chunk is followed by "in <language>": a wire service credit, place then source. */
function creditedInLanguage(tokens: readonly Token[], chunk: NameChunk): boolean {
  const next = tokens[chunk.last];
  const language = tokens[chunk.last + 1];
  return next?.lower === 'in' && language !== undefined && CREDIT_LANGUAGES.has(language.text);
}

function endsWithInstitutionHead(words: readonly string[]): boolean {
  const head = words[words.length - 1] as string;
  return (
    words.length > 1 && (ORGANIZATION_HEADS.has(head) || FACILITY_HEADS.has(head) || LOCATION_HEADS.has(head))
  );
}

/** "US State Department" -> "US" + "State Department": a country's name before one of its institutions. */
function institutionSplit(tokens: readonly Token[], chunk: NameChunk): ChunkPart[] | undefined {
  const words = tokens.slice(chunk.first, chunk.last).map((t) => t.text);
  if (words.length < 2 || gazetteer().place(words.join(' ')) !== undefined) return undefined;
  const country = gazetteer().place(words[0] as string);
  if (country?.type !== 'COUNTRY') return undefined;
  const rest = words.slice(1);
  const head = rest[rest.length - 1] as string;
  if (!KNOWN_ORGANIZATIONS.has(rest.join(' ')) && head !== 'Department' && head !== 'Ministry')
    return undefined;
  return [
    { first: chunk.first, last: chunk.first + 1 },
    { first: chunk.first + 1, last: chunk.last },
  ];
}

function makeMention(analysed: AnalysedText, part: ChunkPart, typing: Typing): MentionDraft {
  const tokens = analysed.tokens;
  const firstToken = tokens[part.first] as Token;
  const lastToken = tokens[part.last - 1] as Token;
  const attributes: MentionDraft['attributes'] = {};
  if (part.title !== undefined) attributes.title = part.title;
  const before = tokens[(part.titleFirst ?? part.first) - 1];
  if (
    typing.type === 'PERSON' &&
    before !== undefined &&
    ROLE_NOUNS.has(before.lower) &&
    before.text === before.lower
  ) {
    attributes.role = before.lower;
  }
  if (typing.place !== undefined && typing.place.country !== null)
    attributes.countryCode = typing.place.country;
  if (typing.place?.region !== undefined) attributes.region = typing.place.region;
  const text = analysed.original.slice(firstToken.start, lastToken.end);
  return {
    first: part.first,
    last: part.last,
    sentence: firstToken.sentence,
    start: firstToken.start,
    end: lastToken.end,
    type: typing.type,
    name: tokens
      .slice(part.first, part.last)
      .map((t, i) => (i > 0 && t.spaceBefore ? ' ' : '') + t.text)
      .join(''),
    key: typing.key,
    canonical: typing.canonical,
    attributes,
    cue: typing.cue,
    ...(part.titleFirst === undefined ? {} : { titleFirst: part.titleFirst }),
    entity: -1,
    ...(text.length === 0 ? {} : {}),
  };
}
