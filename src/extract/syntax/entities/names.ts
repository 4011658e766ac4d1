/**
 * Name mentions: the NER's PERSON, ORGANIZATION, LOCATION and MISC mentions, widened to whole words, and
 * proper-noun chains the NER left out that stand as arguments in the tree. Each is typed by its label,
 * the gazetteer and its context in the dependency tree (organisations by context, not by lists of names).
 */
import type { EntityMention, Token } from '../../../nlp/annotation';
import { gazetteer, type Place } from '../../gazetteer';
import { isFirstName } from '../../lexicon/english-words';
import { DAY_NAMES, MONTH_NAMES, PRONOUNS } from '../../lexicon/function-words';
import { GROUP_NOUNS } from '../../entities/descriptions';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS } from '../../lexicon/organizations';
import { isTitleWord, ROLE_NOUNS, titleLength } from '../../lexicon/titles';
import type { EntityType } from '../../../vocabulary';
import { list } from '../lexicon';
import { ORIGIN_NOUNS } from '../relations/lexicon';
import type { DocumentView, SentenceView } from './document';
import { CLOSING_BRACKETS, headOf, OPENING_BRACKETS } from './document';
import type { Draft } from './drafts';
import { nameKey } from './groups';
import { cleanName, tokenRange, widen } from './spans';

const NAME_LABELS = new Set([
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'MISC',
  'COUNTRY',
  'CITY',
  'STATE_OR_PROVINCE',
]);
const PROPER = new Set(['NNP', 'NNPS']);
/** "DailyMail.com", "Politico.eu": an outlet or company named by its web address (CoreNLP tags it ADD). */
const NAMED_DOMAIN = /^\p{Lu}[\p{L}\d-]*\.(?:com|net|org|eu|io|info|news|co\.uk)$/u;
const PRONOUN_TAGS = new Set(['PRP', 'PRP$', 'WP', 'WP$', 'DT']);

export function nameDrafts(doc: DocumentView): Draft[] {
  const out: Draft[] = [];
  const heads = organisationHeadsNamed(doc);
  const coveredBySentence: Uint8Array[] = [];
  for (const view of doc.sentences) {
    const covered = new Uint8Array(view.tokens.length + 2);
    coveredBySentence.push(covered);
    const found: Draft[] = [];
    const mentions = (view.sentence.entitymentions ?? [])
      .flatMap((mention) => placeRun(view, mention))
      .flatMap((mention) => placeThenCapitals(view, mention))
      .flatMap((mention) => personInOrganization(view, mention));
    for (const m of mentions) {
      if (!NAME_LABELS.has(m.ner)) continue;
      const draft = nerDraft(doc, view, m);
      if (draft === undefined) continue;
      if (found.some((d) => d.start < draft.end && draft.start < d.end)) continue;
      found.push(draft);
      for (let t = draft.first; t <= draft.last; t += 1) covered[t] = 1;
    }
    spellOutAcronyms(doc, view, found, covered);
    for (const draft of [...found]) if (found.includes(draft)) joinNickname(doc, view, draft, found, covered);
    for (const draft of found) extendIntoChain(doc, view, draft, covered);
    found.push(...phraseDrafts(doc, view, covered, heads));
    const kept: Draft[] = [];
    for (const draft of found) {
      if (isWorkTitle(doc, view, draft) || isPartOfTitle(view, draft)) continue;
      if (isCountedPlural(view, draft)) continue;
      if (!typeByContext(doc, view, draft)) continue;
      kept.push(draft);
    }
    typeConjuncts(view, kept);
    out.push(...joinGivenNames(doc, view, kept));
  }
  out.push(...sentenceInitialNames(doc, out, coveredBySentence));
  return out;
}

/** The last words of the article's multi-word organisation names that are organisation head words ("Labs"). */
function organisationHeadsNamed(doc: DocumentView): Set<string> {
  const heads = new Set<string>();
  for (const view of doc.sentences)
    for (const m of view.sentence.entitymentions ?? []) {
      if (m.ner !== 'ORGANIZATION' || m.tokenEnd - m.tokenBegin < 2) continue;
      const last = view.tokens[m.tokenEnd - 1]?.word ?? '';
      if (ORGANIZATION_HEADS.has(last)) heads.add(last);
    }
  return heads;
}

/** Where a name argument may stand: subject, object, oblique, possessor, conjunct or the root. */
const ARGUMENT_RELATIONS = /^(nsubj|nsubj:pass|obj|iobj|obl|nmod|nmod:poss|conj|appos|root)$/;

/**
 * A one-word name that opens a sentence, which the tagger read as a common noun and the NER left out
 * because every first word is capitalized ("Wasps have signed ...", Wasps/NNS): when the same word
 * is a name inside another sentence of the article (the NER's, or a proper noun standing as an argument),
 * it is that name here too (one sense per discourse). Only where it stands as an argument, not as a modifier of the next noun.
 */
function sentenceInitialNames(doc: DocumentView, drafts: readonly Draft[], covered: Uint8Array[]): Draft[] {
  const labels = new Map<string, string>();
  for (const draft of drafts) {
    if (
      (draft.source !== 'ner' && draft.source !== 'phrase') ||
      draft.first !== draft.last ||
      draft.first === 1
    )
      continue;
    const word = doc.sentences[draft.sentence]!.tokens[draft.first - 1]!.word;
    if (word === draft.name && /^\p{Lu}\p{Ll}+$/u.test(word)) labels.set(word, draft.ner);
  }
  const out: Draft[] = [];
  if (labels.size === 0) return out;
  for (const view of doc.sentences) {
    let t = 1;
    while (t < view.tokens.length && OPENING_BRACKETS.has(view.tokens[t - 1]!.word)) t += 1;
    const token = view.tokens[t - 1];
    const label = token === undefined ? undefined : labels.get(token.word);
    if (token === undefined || label === undefined || covered[view.index]![t] !== 0) continue;
    if (token.ner !== 'O' || !/^NNS?$/.test(token.pos) || !ARGUMENT_RELATIONS.test(view.relation[t] ?? ''))
      continue;
    const draft = blankDraft(view, t, t, label);
    draft.name = token.word;
    if (typeByContext(doc, view, draft)) out.push(draft);
  }
  return out;
}

/**
 * One NER mention over several known places with no comma between them ("France United Kingdom": a list
 * whose commas bad copy lost, or two names glued together) is one mention per place, when the whole is no
 * place itself and every word belongs to one of them (the longest known place first).
 */
function placeRun(view: SentenceView, m: EntityMention): EntityMention[] {
  if (m.tokenEnd - m.tokenBegin < 2 || (m.ner !== 'LOCATION' && m.ner !== 'ORGANIZATION')) return [m];
  const g = gazetteer();
  const words = view.tokens.slice(m.tokenBegin, m.tokenEnd).map((t) => t.originalText);
  if (g.place(words.join(' ')) !== undefined) return [m];
  const parts: [number, number][] = [];
  for (let i = 0; i < words.length;) {
    let j = words.length;
    while (j > i && !(g.place(words.slice(i, j).join(' '))?.major ?? false)) j -= 1;
    if (j === i) return [m];
    parts.push([i, j]);
    i = j;
  }
  if (parts.length < 2) return [m];
  return parts.map(([i, j]) => subMention(view, m, i, j, 'LOCATION'));
}

/** A word in capitals: "XINHUA", "LA", "I" inside "METEOROLOGIYA I GIDROLOGIYA". */
const CAPITALS = /^[\p{Lu}][\p{Lu}&'-]*$/u;

/**
 * A known place in title case followed by a name in capitals, which the NER read as one mention: the
 * place and the publisher of a wire-service header ("Beijing XINHUA", "Mexico City LA JORNADA", "Sao
 * Paulo O ESTADO DE SAO PAULO"). The change of case is the boundary; a company suffix ("Berlin AG") is
 * no name of its own.
 */
function placeThenCapitals(view: SentenceView, m: EntityMention): EntityMention[] {
  // The NER may read the whole header as a person ("Kiev SILSKI VISTI").
  if (m.tokenEnd - m.tokenBegin < 2 || !['LOCATION', 'ORGANIZATION', 'PERSON'].includes(m.ner)) return [m];
  const words = view.tokens.slice(m.tokenBegin, m.tokenEnd).map((t) => t.originalText);
  const k = words.findIndex((w) => CAPITALS.test(w));
  if (k < 1 || !words.slice(k).every((w) => CAPITALS.test(w))) return [m];
  if (!words.slice(0, k).every((w) => /\p{Ll}/u.test(w))) return [m];
  const capitals = words.slice(k);
  if (capitals.length === 1 && ORGANIZATION_HEADS.has(capitals[0]!)) return [m];
  if (!isWireHeader(words.slice(0, k).join(' '), capitals)) return [m];
  return [subMention(view, m, 0, k, 'LOCATION'), subMention(view, m, k, words.length, 'ORGANIZATION')];
}

/** A place the gazetteer knows, then a publisher's name in capitals (three capital letters at least). */
function isWireHeader(place: string, publisher: readonly string[]): boolean {
  return (
    publisher.every((w) => CAPITALS.test(w)) &&
    publisher.join('').replace(/[^\p{Lu}]/gu, '').length >= 3 &&
    gazetteer().place(place) !== undefined
  );
}

/** Words a spelled-out name may hold between its capitalized words ("Party of the Democratic ..."). */
const NAME_JOINERS = new Set([
  'of',
  'the',
  'for',
  'and',
  'on',
  'in',
  'de',
  'del',
  'la',
  'le',
  'des',
  'du',
  '&',
]);
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

/**
 * The acronym's letters as the starts of the words, in order, each word giving one to three letters
 * ("COMESA": COMmon Market for East and Southern Africa); or, for a name translated from another language
 * ("PRD": Party of the Democratic Revolution), its capitalized words' initials in any order.
 */
export function spellsOut(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalized.length < 2 || letters.length < 2) return false;
  const inOrder = (i: number, at: number): boolean => {
    if (at === letters.length) return i === capitalized.length;
    if (i === capitalized.length) return false;
    const word = capitalized[i]!.toUpperCase();
    for (let n = 1; n <= Math.min(3, word.length); n += 1) {
      if (letters.slice(at, at + n) !== word.slice(0, n)) break;
      if (inOrder(i + 1, at + n)) return true;
    }
    return false;
  };
  if (inOrder(0, 0)) return true;
  const sorted = (xs: string[]) => xs.sort().join('');
  return sorted(capitalized.map((w) => w.charAt(0).toUpperCase())) === sorted([...letters]);
}

/** The tokens [first, last] (1-based) of a spelled-out name: capitalized words and joiners between them. */
function isNameWord(view: SentenceView, t: number): boolean {
  const word = view.tokens[t - 1]?.word ?? '';
  return /^\p{Lu}/u.test(word) || NAME_JOINERS.has(word.toLowerCase());
}

/**
 * "the PRD (Party of the Democratic Revolution)" and "the Preferential Trade Area (PTA)": the name the
 * parenthesis spells out is one name, whatever pieces the NER made of it, and one entity with its
 * acronym (`sameAs`). The acronym gets a draft when the NER missed it.
 */
function spellOutAcronyms(doc: DocumentView, view: SentenceView, found: Draft[], covered: Uint8Array): void {
  const tokens = view.tokens;
  for (let open = 2; open < tokens.length; open += 1) {
    if (!OPENING_BRACKETS.has(tokens[open - 1]!.word)) continue;
    let close = open + 1;
    while (close <= tokens.length && close - open <= 12 && !CLOSING_BRACKETS.has(tokens[close - 1]!.word))
      close += 1;
    if (close > tokens.length || !CLOSING_BRACKETS.has(tokens[close - 1]!.word)) continue;
    let acronym: number;
    let first: number;
    let last: number;
    if (close === open + 2 && ACRONYM.test(tokens[open]!.word)) {
      // Name (ACR): the name words right before the parenthesis.
      acronym = open + 1;
      last = open - 1;
      first = last;
      while (first > 1 && last - first < 10 && isNameWord(view, first - 1)) first -= 1;
    } else if (ACRONYM.test(tokens[open - 2]!.word)) {
      // ACR (Name)
      acronym = open - 1;
      first = open + 1;
      last = close - 1;
      for (let t = first; t <= last; t += 1) if (!isNameWord(view, t)) first = Number.POSITIVE_INFINITY;
    } else continue;
    while (first <= last && !/^\p{Lu}/u.test(tokens[first - 1]!.word)) first += 1;
    while (last >= first && !/^\p{Lu}/u.test(tokens[last - 1]!.word)) last -= 1;
    if (!(first < last)) continue;
    const letters = tokens[acronym - 1]!.word;
    // The shortest run of name words before "(ACR)" that spells it out.
    const nameWords = () => tokens.slice(first - 1, last).map((t) => t.word);
    while (first < last && !spellsOut(letters, nameWords())) first += 1;
    if (first >= last) continue;
    const acronymDraft = found.find((d) => d.first <= acronym && acronym <= d.last);
    if (acronymDraft !== undefined && (acronymDraft.first !== acronym || acronymDraft.last !== acronym))
      continue;
    const inside = found.filter((d) => d.first <= last && first <= d.last);
    // Only names inside the span (a name running past it is the NER's reading of something else).
    if (inside.some((d) => d.first < first || d.last > last)) continue;
    const label =
      acronymDraft !== undefined && acronymDraft.ner !== 'MISC'
        ? acronymDraft.ner
        : gazetteer().place(nameWords().join(' ')) !== undefined
          ? 'LOCATION'
          : 'ORGANIZATION';
    const draft = blankDraft(view, first, last, label);
    draft.name = cleanName(doc.text.slice(draft.start, draft.end));
    draft.sameAs = nameKey(letters);
    for (const d of inside) found.splice(found.indexOf(d), 1);
    found.push(draft);
    for (let t = first; t <= last; t += 1) covered[t] = 1;
    if (acronymDraft === undefined) {
      const short = blankDraft(view, acronym, acronym, label);
      short.name = cleanName(doc.text.slice(short.start, short.end));
      found.push(short);
      covered[acronym] = 1;
    }
  }
}

/** Part of a mention, tokens [i, j) of it, with its own label. */
function subMention(view: SentenceView, m: EntityMention, i: number, j: number, ner: string): EntityMention {
  const first = view.tokens[m.tokenBegin + i]!;
  const last = view.tokens[m.tokenBegin + j - 1]!;
  return {
    ...m,
    tokenBegin: m.tokenBegin + i,
    tokenEnd: m.tokenBegin + j,
    docTokenBegin: m.docTokenBegin + i,
    docTokenEnd: m.docTokenBegin + j,
    text: view.tokens
      .slice(m.tokenBegin + i, m.tokenBegin + j)
      .map((t) => t.originalText)
      .join(' '),
    characterOffsetBegin: first.characterOffsetBegin,
    characterOffsetEnd: last.characterOffsetEnd,
    ner,
  };
}

/** Two or three capitalized words from `i`, the first a known first name: the length, else 0. */
function personalNameAt(words: readonly string[], i: number, end: number): number {
  const n = end - i;
  if (n < 2 || n > 3 || !isFirstName(words[i]!)) return 0;
  return words.slice(i, end).every((w) => /^\p{Lu}/u.test(w) && !isTitleWord(w)) ? n : 0;
}

/**
 * An organisation mention the NER ran over a person: "Jim Lake of Yale University" (a personal name,
 * "of", an organisation) and "Ohio Highway Patrol Officer Jim Lake" (an organisation, a title, a personal
 * name) are a person and an organisation; the title stays a word before the person's name.
 */
function personInOrganization(view: SentenceView, m: EntityMention): EntityMention[] {
  if (m.ner !== 'ORGANIZATION' || m.tokenEnd - m.tokenBegin < 4) return [m];
  const words = view.tokens.slice(m.tokenBegin, m.tokenEnd).map((t) => t.originalText);
  const of = words.indexOf('of');
  if (of > 0 && of < words.length - 1 && personalNameAt(words, 0, of) > 0)
    return [subMention(view, m, 0, of, 'PERSON'), subMention(view, m, of + 1, words.length, 'ORGANIZATION')];
  for (let k = words.length - 3; k >= 1; k -= 1) {
    if (!isTitleWord(words[k]!) && !ROLE_NOUNS.has(words[k]!.toLowerCase())) continue;
    if (personalNameAt(words, k + 1, words.length) === 0) continue;
    return [subMention(view, m, 0, k, 'ORGANIZATION'), subMention(view, m, k + 1, words.length, 'PERSON')];
  }
  return [m];
}

function blankDraft(view: SentenceView, first: number, last: number, ner: string): Draft {
  const tokens = view.tokens;
  return {
    sentence: view.index,
    first,
    last,
    head: headOf(view, first, last),
    start: tokens[first - 1]!.characterOffsetBegin,
    end: tokens[last - 1]!.characterOffsetEnd,
    name: '',
    type: 'CONCEPT',
    source: ner === '' ? 'phrase' : 'ner',
    ner,
    attributes: {},
    orgCues: 0,
    strongOrg: false,
    clubCues: 0,
    group: -1,
  };
}

function sentenceBounds(view: SentenceView): [number, number] {
  const tokens = view.tokens;
  return [tokens[0]!.characterOffsetBegin, tokens[tokens.length - 1]!.characterOffsetEnd];
}

function nerDraft(doc: DocumentView, view: SentenceView, m: EntityMention): Draft | undefined {
  const tokens = view.tokens;
  let first = m.tokenBegin + 1;
  let last = m.tokenEnd;
  // Pronouns the NER labels through coreference ("he" PERSON) come back through the chains instead.
  if (tokens.slice(first - 1, last).every((t) => PRONOUN_TAGS.has(t.pos))) return undefined;
  while (first <= last && /^(DT|POS|PRP\$)$/.test(tokens[first - 1]!.pos)) first += 1;
  if (first > 1 && verbStartsName(view, first - 1)) first -= 1;
  while (last >= first && /^(POS|,|\.|:)$/.test(tokens[last - 1]!.pos)) last -= 1;
  if (first > last) return undefined;
  const [lo, hi] = sentenceBounds(view);
  const [start, end] = widen(
    doc.text,
    tokens[first - 1]!.characterOffsetBegin,
    tokens[last - 1]!.characterOffsetEnd,
    lo,
    hi,
  );
  [first, last] = tokenRange(tokens, start, end);
  const draft = blankDraft(view, first, last, m.ner);
  draft.start = start;
  draft.end = end;
  // The entity linker's Wikipedia title, when the server ran it ("O" is its "no link").
  if (m.entitylink !== undefined && m.entitylink !== '' && m.entitylink !== 'O')
    draft.attributes.wikipedia = m.entitylink;
  const confidence = m.nerConfidences?.[m.ner];
  if (confidence !== undefined) (draft as { nerConfidence?: number }).nerConfidence = confidence;
  stripAddress(doc, view, draft);
  if (!trimEdges(view, draft)) return undefined;
  stripDemonym(view, draft);
  draft.name = cleanName(doc.text.slice(draft.start, draft.end));
  return draft.name === '' ? undefined : draft;
}

/**
 * Names in one coordination are of one kind: "X, Y, Z and W" where the NER is sure X and Y are
 * people makes an unsure organisation or place (or a name it missed) a person too.
 */
function typeConjuncts(view: SentenceView, drafts: readonly Draft[]): void {
  const lists = new Map<number, Draft[]>();
  for (const d of drafts) {
    const first = view.relation[d.head] === 'conj' ? (view.governor[d.head] ?? d.head) : d.head;
    const list = lists.get(first) ?? [];
    list.push(d);
    lists.set(first, list);
  }
  for (const members of lists.values()) {
    if (members.length < 3) continue;
    const surePeople = members.filter((d) => d.ner === 'PERSON' && (d.nerConfidence ?? 0) >= 0.9).length;
    if (surePeople < 2) continue;
    for (const d of members) {
      if (d.type === 'PERSON' || d.strongOrg || d.orgCues > 0 || d.key !== undefined) continue;
      if (d.source === 'phrase' || (d.nerConfidence ?? 1) < 0.9) d.type = 'PERSON';
    }
  }
}

/**
 * A first name the NER left out right before a surname it labelled PERSON is one name with it: the NER
 * misses given names it cannot read ("Fran&ccedil;ois Hollande", split by the reference).
 */
function joinGivenNames(doc: DocumentView, view: SentenceView, drafts: Draft[]): Draft[] {
  drafts.sort((a, b) => a.start - b.start);
  const out: Draft[] = [];
  for (const draft of drafts) {
    const previous = out[out.length - 1];
    if (
      previous !== undefined &&
      previous.source === 'phrase' &&
      draft.ner === 'PERSON' &&
      previous.last + 1 === draft.first &&
      !previous.name.includes(' ') &&
      draft.first === draft.last &&
      /^ $/.test(doc.text.slice(previous.end, draft.start)) &&
      isFirstName(previous.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    ) {
      draft.first = previous.first;
      draft.start = previous.start;
      draft.head = headOf(view, draft.first, draft.last);
      draft.name = cleanName(doc.text.slice(draft.start, draft.end));
      out[out.length - 1] = draft;
      continue;
    }
    out.push(draft);
  }
  return out;
}

/** "Norwegian Ola Berg": the nationality before a name describes it; a name remains. */
function stripDemonym(view: SentenceView, draft: Draft): void {
  for (let cut = draft.first; cut < draft.last && cut < draft.first + 2; cut += 1) {
    const prefix = view.tokens
      .slice(draft.first - 1, cut)
      .map((t) => t.word)
      .join(' ');
    if (gazetteer().demonymOf(prefix) === undefined || !isFirstName(view.tokens[cut]!.word)) continue;
    draft.first = cut + 1;
    draft.start = view.tokens[cut]!.characterOffsetBegin;
    draft.head = headOf(view, draft.first, draft.last);
    (draft as { ner: string }).ner = 'PERSON';
    return;
  }
}

/** Particles that stand inside names in lower case ("Leonardo da Vinci", "Bank of England"). */
const PARTICLES = new Set([
  'da',
  'de',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'la',
  'le',
  'of',
  'and',
  'the',
  'y',
]);

/**
 * A name neither starts nor ends with a lower-case word, nor starts with a reporting verb the tagger read
 * as a name ("Said Jones:" before a quotation). False when nothing is left.
 */
function trimEdges(view: SentenceView, draft: Draft): boolean {
  const word = (t: number): string => view.tokens[t - 1]!.word;
  const lowerWord = (t: number): boolean =>
    /^\p{Ll}/u.test(word(t)) && !(t > draft.first && t < draft.last && PARTICLES.has(word(t)));
  let first = draft.first;
  let last = draft.last;
  // A lower-case piece glued to its neighbour ("ois" of "Fran&ccedil;ois") is part of the word.
  const glued = (t: number): boolean => view.tokens[t - 1]?.before === '';
  while (
    first <= last &&
    ((lowerWord(first) && !(first < last && glued(first + 1))) ||
      (first < last && list('reportingForms').has(word(first).toLowerCase())))
  ) {
    first += 1;
  }
  while (
    last >= first &&
    ((lowerWord(last) && !(last > first && glued(last))) || /^[-&,]$/.test(word(last)))
  ) {
    last -= 1;
  }
  if (first > last) return false;
  if (first !== draft.first) draft.start = view.tokens[first - 1]!.characterOffsetBegin;
  if (last !== draft.last) draft.end = view.tokens[last - 1]!.characterOffsetEnd;
  draft.first = first;
  draft.last = last;
  draft.head = headOf(view, first, last);
  return true;
}

/** "Mr Archer" is Archer: a form of address inside the span moves to the title. */
function stripAddress(doc: DocumentView, view: SentenceView, draft: Draft): void {
  const address = list('formsOfAddress');
  while (draft.first < draft.last && address.has(doc.lower(view.index, draft.first).replace(/\.$/, ''))) {
    draft.titleStart ??= draft.start;
    draft.title ??= view.tokens[draft.first - 1]!.originalText;
    draft.first += 1;
    draft.start = view.tokens[draft.first - 1]!.characterOffsetBegin;
  }
  draft.head = headOf(view, draft.first, draft.last);
}

/**
 * A NER mention that is a compound modifier of the proper nouns after it names one thing with them:
 * "Oslo" before "Philharmonic", "US" before "Postal Service" (an ORGANIZATION mention of its own).
 */
function extendIntoChain(doc: DocumentView, view: SentenceView, draft: Draft, covered: Uint8Array): void {
  if (draft.ner === 'PERSON' || isDemonymLike(draft.name)) return;
  const next = draft.last + 1;
  const token = view.tokens[next - 1];
  if (token === undefined || !PROPER.has(token.pos) || token.before === '' || covered[next] !== 0) return;
  if (isFirstName(token.word)) return;
  // "Ohio Acme-Marts": a plural name after a place names instances in that place, not one thing.
  if (view.tokens[(view.governor[draft.head] ?? 1) - 1]?.pos === 'NNPS') return;
  const governor = view.governor[draft.head] ?? -1;
  if (view.relation[draft.head] !== 'compound' || governor <= draft.last) return;
  let last = next;
  while (last < governor && PROPER.has(view.tokens[last]!.pos)) last += 1;
  if (last !== governor || !PROPER.has(view.tokens[governor - 1]!.pos)) return;
  if (isTitleWord(view.tokens[governor - 1]!.word)) return;
  // "Paris AFP", "Moscow PRAVDA": a wire-service header, the place and its publisher in capitals
  // (placeThenCapitals when the NER read them as one).
  if (
    isWireHeader(
      draft.name,
      view.tokens.slice(next - 1, last).map((t) => t.originalText),
    )
  )
    return;
  const [lo, hi] = sentenceBounds(view);
  const [, end] = widen(doc.text, draft.start, view.tokens[last - 1]!.characterOffsetEnd, lo, hi);
  draft.end = end;
  draft.last = tokenRange(view.tokens, draft.start, end)[1];
  draft.head = headOf(view, draft.first, draft.last);
  draft.name = cleanName(doc.text.slice(draft.start, draft.end));
  (draft as { ner: string }).ner = 'MISC';
  for (let t = draft.first; t <= draft.last; t += 1) covered[t] = 1;
}

/** "Texan", "Norwegian", "Danish": a nationality or origin word, known to the gazetteer or not. */
function isDemonymLike(name: string): boolean {
  return (
    gazetteer().demonymOf(name) !== undefined ||
    /^(\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+(ans?|ians?|ers?|ese|ish|ch|i)$/u.test(name)
  );
}

/** `Thomas "TJ" Walsh`: a first name and a quoted nickname before a person's surname are one name. */
function joinNickname(
  doc: DocumentView,
  view: SentenceView,
  draft: Draft,
  found: Draft[],
  covered: Uint8Array,
): void {
  if (draft.ner !== 'PERSON' || draft.first < 5) return;
  const w = (t: number): string => view.tokens[t - 1]?.word ?? '';
  const close = draft.first - 1;
  if (w(close) !== "''" && w(close) !== '"') return;
  let open = close - 1;
  while (open > close - 4 && open > 1 && w(open) !== '``' && w(open) !== '"') open -= 1;
  if (open === close - 1 || (w(open) !== '``' && w(open) !== '"')) return;
  const given = open - 1;
  if (!PROPER.has(view.tokens[given - 1]?.pos ?? '') || !/^\p{Lu}/u.test(w(given))) return;
  const index = found.findIndex((d) => d !== draft && d.first <= given && d.last >= given);
  if (index >= 0) {
    if (found[index]!.last !== given || found[index]!.ner !== 'PERSON') return;
    draft.first = found[index]!.first;
    found.splice(index, 1);
  } else draft.first = given;
  draft.start = view.tokens[draft.first - 1]!.characterOffsetBegin;
  draft.head = headOf(view, draft.first, draft.last);
  draft.name = cleanName(doc.text.slice(draft.start, draft.end));
  for (let t = draft.first; t <= draft.last; t += 1) covered[t] = 1;
}

function isJunkWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    DAY_NAMES.has(lower) ||
    MONTH_NAMES.has(lower) ||
    PRONOUNS.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    isTitleWord(word) ||
    list('formsOfAddress').has(lower.replace(/\.$/, '')) ||
    gazetteer().demonymOf(word) !== undefined
  );
}

/** A capitalized common noun inside a name ("Harbour Lights", tagged NNS): it continues a chain. */
function capitalNoun(token: Token): boolean {
  return /^NNS?$/.test(token.pos) && /^\p{Lu}/u.test(token.word);
}

/**
 * A capitalized base-form verb right before a proper noun that is not its object starts a name: a company
 * named with an imperative ("Meet Marlow has bought X", "at Meet Marlow"); "Tell Anna to wait" has the
 * name as the verb's object and stays a verb.
 */
function verbStartsName(view: SentenceView, t: number): boolean {
  const token = view.tokens[t - 1];
  const next = view.tokens[t];
  if (token === undefined || next === undefined || token.pos !== 'VB' || next.pos !== 'NNP') return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(token.word) || !/^\p{Lu}/u.test(next.word) || next.before === '') return false;
  if (view.governor[t + 1] === t && /^(obj|iobj|xcomp|ccomp|nsubj)/.test(view.relation[t + 1] ?? ''))
    return false;
  return !(view.dependents[t] ?? []).some((d) => /^(obj|iobj)$/.test(view.relation[d] ?? ''));
}

/** Proper-noun chains the NER did not label, when they stand as an argument or a modifier's head. */
function phraseDrafts(
  doc: DocumentView,
  view: SentenceView,
  covered: Uint8Array,
  heads: ReadonlySet<string>,
): Draft[] {
  const out: Draft[] = [];
  const tokens = view.tokens;
  let t = 1;
  while (t <= tokens.length) {
    // A chain starts at a proper noun, or at a capitalized noun right after a number ("21 Records").
    const starts =
      PROPER.has(tokens[t - 1]!.pos) ||
      verbStartsName(view, t) ||
      NAMED_DOMAIN.test(tokens[t - 1]!.word) ||
      (capitalNoun(tokens[t - 1]!) && t > 2 && tokens[t - 2]!.pos === 'CD') ||
      // "Pop Idol" (Pop/NN): a capitalized noun inside a sentence compounding the proper noun after it.
      (capitalNoun(tokens[t - 1]!) &&
        t > 1 &&
        PROPER.has(tokens[t]?.pos ?? '') &&
        covered[t + 1] === 0 &&
        view.relation[t] === 'compound' &&
        view.governor[t] === t + 1) ||
      // "the Labs' director" (Labs/NNS) after "Northfield Research Labs": the head word of an
      // organisation the NER named, capitalized after "the" (groups.ts joins it to that one).
      (capitalNoun(tokens[t - 1]!) &&
        heads.has(tokens[t - 1]!.word) &&
        doc.lower(view.index, t - 1) === 'the');
    // A word the NER read as part of a date or an amount ("1313 GMT 11 Feb") is not a name's start.
    const numeric = /^(DATE|TIME|MONEY|PERCENT)$/.test(tokens[t - 1]!.ner);
    if (covered[t] !== 0 || !starts || numeric || !/^\p{Lu}|^\d/u.test(tokens[t - 1]!.word)) {
      t += 1;
      continue;
    }
    let last = t;
    while (last < tokens.length && covered[last + 1] === 0) {
      const next = tokens[last]!;
      const joined = next.before === '';
      if (PROPER.has(next.pos) || capitalNoun(next) || (joined && /^[-&]$/.test(next.word))) last += 1;
      else if (joined && tokens[last - 1]!.word === '-') last += 1;
      else break;
    }
    while (last > t && !PROPER.has(tokens[last - 1]!.pos) && !capitalNoun(tokens[last - 1]!)) last -= 1;
    // "21 Records", "Blink Team 5": a number that modifies the chain belongs to the name.
    const isNumberOf = (n: number): boolean => {
      const token = tokens[n - 1];
      if (token === undefined || token.pos !== 'CD' || covered[n] !== 0 || !/^\d+$/.test(token.word))
        return false;
      if (token.ner === 'DATE' || token.ner === 'MONEY' || token.ner === 'PERCENT') return false;
      const g = view.governor[n] ?? -1;
      if (g >= t && g <= last) return true;
      // "his 21 Records label": the number and the chain both modify the noun after them.
      const head = headOf(view, t, last);
      return n === t - 1 && view.relation[head] === 'compound' && view.governor[head] === g;
    };
    let first = t;
    if (isNumberOf(t - 1)) first = t - 1;
    if (isNumberOf(last + 1)) last += 1;
    t = last + 1;
    const words = tokens.slice(first - 1, last).map((x) => x.word);
    if (words.every((w) => isJunkWord(w) || w === '-')) continue;
    // The first word of a sentence is capitalized anyway: one such word that is an English word is no name.
    if (first === 1 && last === 1 && /^[A-Z][a-z]+$/.test(words[0]!) && !isFirstName(words[0]!)) continue;
    const draft = blankDraft(view, first, last, '');
    const [lo, hi] = sentenceBounds(view);
    const [start, end] = widen(doc.text, draft.start, draft.end, lo, hi);
    draft.start = start;
    draft.end = end;
    [draft.first, draft.last] = tokenRange(tokens, start, end);
    stripAddress(doc, view, draft);
    if (!trimEdges(view, draft)) continue;
    // A proper noun that modifies a person's name is the person's title ("Drummer Ola Berg").
    const governor = view.governor[draft.head] ?? -1;
    if (view.relation[draft.head] === 'compound' && governor > 0 && covered[governor] === 1) continue;
    if (insideTitle(view, draft, covered)) continue;
    draft.name = cleanName(doc.text.slice(draft.start, draft.end));
    if (draft.name.length < 2) continue;
    if (NAMED_DOMAIN.test(draft.name)) draft.strongOrg = true;
    out.push(draft);
  }
  return out;
}

/** A name inside a known title phrase ("State" of "Secretary of State") is no entity of its own. */
function isPartOfTitle(view: SentenceView, draft: Draft): boolean {
  if (draft.ner === 'PERSON') return false;
  for (let p = draft.first - 1; p >= Math.max(1, draft.first - 4); p -= 1) {
    const length = titleLength(view.tokens.slice(p - 1, p + 5).map((t) => t.word));
    if (length > 0 && p + length - 1 >= draft.last) return true;
  }
  return false;
}

/** "State" in "Secretary of State Anthony Blinken": part of a title that leads into a covered name. */
function insideTitle(view: SentenceView, draft: Draft, covered: Uint8Array): boolean {
  // "X, the Labs' director": a possessor owns the title; it is not a word of it.
  if (view.relation[draft.head] === 'nmod:poss') return false;
  let x = draft.head;
  for (let steps = 0; steps < 4; steps += 1) {
    const g = view.governor[x] ?? -1;
    if (g <= 0 || g < draft.first - 6 || g > draft.last + 6) return false;
    if (covered[g] === 1) return steps > 0;
    const token = view.tokens[g - 1]!;
    if (!isTitleWord(token.word) && !ROLE_NOUNS.has(token.word.toLowerCase())) return false;
    x = g;
  }
  return false;
}

function lemmaOf(view: SentenceView, t: number): string {
  return view.tokens[t - 1]?.lemma.toLowerCase() ?? '';
}

function isLower(view: SentenceView, t: number): boolean {
  return /^\p{Ll}/u.test(view.tokens[t - 1]?.word ?? '');
}

/** Titles of works: a name in quotation marks of its own, or named by a work noun ("the novel X"). */
function isWorkTitle(doc: DocumentView, view: SentenceView, draft: Draft): boolean {
  const before = view.tokens[draft.first - 2]?.word;
  const after = view.tokens[draft.last]?.word;
  const quoted = (before === '``' || before === '"') && (after === "''" || after === '"');
  if (quoted && draft.ner !== 'PERSON') return true;
  if (quoted && draft.ner === 'PERSON' && view.inQuote[draft.first] === false) return true;
  if (inShortQuotation(view, draft)) return true;
  // "The Black Album"; but an organisation's name may end in such a word ("Daily Record").
  if (
    draft.ner !== 'ORGANIZATION' &&
    draft.last > draft.first &&
    list('workNouns').has(view.tokens[draft.last - 1]!.word.toLowerCase())
  ) {
    return true;
  }
  // "won by Jo Bloggs for Summer Rain": prizes and praise are given to people for their works.
  const g = view.governor[draft.head] ?? -1;
  if (g > 0 && /^obl/.test(view.relation[draft.head] ?? '') && list('creditVerbs').has(lemmaOf(view, g))) {
    const cased = (view.dependents[draft.head] ?? []).some(
      (d) => view.relation[d] === 'case' && lemmaOf(view, d) === 'for',
    );
    if (cased && draft.ner !== 'ORGANIZATION') return true;
  }
  if (creditedToAuthor(view, draft) || inListOfWorks(view, draft)) return true;
  const works = list('workNouns');
  const governor = view.governor[draft.head] ?? -1;
  const rel = view.relation[draft.head] ?? '';
  if (governor > 0 && (rel === 'appos' || rel === 'compound' || rel === 'flat') && isLower(view, governor)) {
    if (works.has(lemmaOf(view, governor))) return true;
  }
  for (const d of view.dependents[draft.head] ?? []) {
    if (d >= draft.first && d <= draft.last) continue;
    const r = view.relation[d] ?? '';
    if (
      (r === 'compound' || r === 'appos' || r === 'amod') &&
      isLower(view, d) &&
      works.has(lemmaOf(view, d))
    ) {
      // "the novel Grey Harbour"; "new novel" (amod of the work noun) does not reach here.
      return true;
    }
  }
  void doc;
  return false;
}

/** A word that may stand inside a title-cased title: a capitalized word, a number, "and", "of", "the". */
function inTitleRun(view: SentenceView, t: number): boolean {
  const word = view.tokens[t - 1]?.word ?? '';
  return /^[\p{Lu}\d]/u.test(word) || /^(and|&|of|the|a|an|in|on|to)$/.test(word);
}

/**
 * "X and Mr Y by Ann Author": a title-cased run followed by "by" and a person who is no passive agent
 * (the participle of "was won by Ann Author" is not in the run) names a work, not people.
 */
function creditedToAuthor(view: SentenceView, draft: Draft): boolean {
  let end = draft.last;
  while (end < view.tokens.length && inTitleRun(view, end + 1)) end += 1;
  let start = draft.first;
  while (start > 1 && inTitleRun(view, start - 1)) start -= 1;
  // The run starts at its first capitalized word ("in X and Y by Z": X).
  while (start < draft.first && !/^\p{Lu}/u.test(view.tokens[start - 1]!.word)) start += 1;
  const by = end + 1;
  if (view.tokens[by - 1]?.word !== 'by') return false;
  const author = by + 1;
  const authorToken = view.tokens[author - 1];
  if (authorToken === undefined || authorToken.ner !== 'PERSON') return false;
  // Not the agent of a passive: "beaten by Ann Author" has a participle right before "by".
  if (/^VBN$/.test(view.tokens[start - 2]?.pos ?? '')) return false;
  let personHead = author;
  while (view.tokens[personHead]?.ner === 'PERSON') personHead += 1;
  if (view.tokens[personHead]?.word === "'s") return false;
  const governor = view.governor[personHead] ?? -1;
  const passive = (view.dependents[governor] ?? []).some((d) => view.relation[d] === 'aux:pass');
  return !passive;
}

/**
 * "His hits have included Blue Harbour, Rain and Anna and Tom": the title-cased list right after
 * "include" whose subject (or its apposition) is a work noun names works.
 */
function inListOfWorks(view: SentenceView, draft: Draft): boolean {
  const works = list('workNouns');
  let start = draft.first;
  while (start > 1 && (inTitleRun(view, start - 1) || view.tokens[start - 2]!.word === ',')) start -= 1;
  const verb = start - 1;
  if (verb < 1 || view.tokens[verb - 1]!.lemma.toLowerCase() !== 'include') return false;
  for (const d of view.dependents[verb] ?? []) {
    if (view.relation[d] !== 'nsubj') continue;
    const nouns = [d, ...(view.dependents[d] ?? []).filter((a) => view.relation[a] === 'appos')];
    if (nouns.some((n) => works.has(lemmaOf(view, n)) && view.tokens[n - 1]!.pos === 'NNS')) return true;
  }
  return false;
}

/**
 * A name inside a short quotation with no finite verb is (part of) a title: '"Summer Rain"',
 * '"Anna Berg and Mr Holm"'. Quotations that are speech have verbs.
 */
function inShortQuotation(view: SentenceView, draft: Draft): boolean {
  const w = (t: number): string => view.tokens[t - 1]?.word ?? '';
  const isOpen = (t: number): boolean => w(t) === '``' || w(t) === '"' || w(t) === '\u201c';
  const isClose = (t: number): boolean => w(t) === "''" || w(t) === '"' || w(t) === '\u201d';
  let open = draft.first - 1;
  while (open >= 1 && draft.first - open <= 8 && !isOpen(open) && !isClose(open)) open -= 1;
  if (open < 1 || !isOpen(open)) return false;
  let close = draft.last + 1;
  while (close <= view.tokens.length && close - open <= 10 && !isClose(close) && !isOpen(close)) close += 1;
  if (close > view.tokens.length || !isClose(close)) return false;
  for (let t = open + 1; t < close; t += 1) {
    if (/^(VBD|VBZ|VBP|MD)$/.test(view.tokens[t - 1]!.pos)) return false;
  }
  // Titles are title-cased ("Rain Over Your Town"); a quoted phrase ("a great day for Britain") is not.
  for (let t = open + 1; t < close; t += 1) {
    const word = w(t);
    if (/^\p{L}{4,}$/u.test(word) && !/^\p{Lu}/u.test(word)) return false;
  }
  return /^\p{Lu}|^\d/u.test(w(open + 1));
}

/**
 * "three Grand Finals", "two Golden Globes": a plural proper noun counted by a number names instances of
 * a kind (contests, prizes), not one thing.
 */
function isCountedPlural(view: SentenceView, draft: Draft): boolean {
  if (view.tokens[draft.head - 1]?.pos !== 'NNPS') return false;
  return (view.dependents[draft.head] ?? []).some(
    (d) => (d < draft.first || d > draft.last) && view.relation[d] === 'nummod',
  );
}

const PLACE_TYPES: Readonly<Record<string, EntityType>> = {
  COUNTRY: 'COUNTRY',
  CITY: 'CITY',
  LOCATION: 'LOCATION',
};

/** Sets the draft's type; false when the mention is no entity (a demonym used alone). */
function typeByContext(doc: DocumentView, view: SentenceView, draft: Draft): boolean {
  const g = gazetteer();
  const label = draft.ner;
  const isPlaceLabel =
    label === 'LOCATION' || label === 'COUNTRY' || label === 'CITY' || label === 'STATE_OR_PROVINCE';
  readCues(view, draft, isPlaceLabel);
  const lastWord = view.tokens[draft.last - 1]!.word;
  // "Soviet Union" is a country although "Union" heads organisations' names.
  if (ORGANIZATION_HEADS.has(lastWord) && draft.last > draft.first && g.place(draft.name)?.type !== 'COUNTRY')
    draft.strongOrg = true;
  // The NER's MISC covers nationalities the gazetteer lacks ("Texan"); a phrase needs the gazetteer.
  if (
    (label === 'MISC' && isDemonymLike(draft.name)) ||
    (label === '' && gazetteer().demonymOf(draft.name) !== undefined)
  ) {
    return demonym(doc, view, draft);
  }
  // "Booth shot Lincoln", "the slaying of Mendes": the victim of a killing is a person, whatever the NER
  // read (a town or a firm is not killed); a country keeps its type.
  if (
    (label === 'ORGANIZATION' || isPlaceLabel) &&
    !draft.strongOrg &&
    draft.orgCues === 0 &&
    draft.clubCues === 0 &&
    g.place(draft.name)?.type !== 'COUNTRY' &&
    isVictim(view, draft)
  ) {
    draft.type = 'PERSON';
    return true;
  }
  const town = townOfRegion(view, draft);
  if (town !== undefined) {
    draft.type = 'CITY';
    draft.place = town;
    draft.key = `place:${town.key}`;
    return true;
  }
  if (label === 'PERSON') {
    const place = g.place(draft.name);
    draft.type = draft.strongOrg || (place !== undefined && draft.clubCues > 0) ? 'ORGANIZATION' : 'PERSON';
    return true;
  }
  // "Warner, 70, who owned ...": an age in apposition belongs to a person, whatever the NER read.
  if (
    (label === 'ORGANIZATION' || label === '') &&
    !draft.strongOrg &&
    draft.orgCues === 0 &&
    hasAge(view, draft)
  ) {
    draft.type = 'PERSON';
    return true;
  }
  if (label === 'ORGANIZATION') {
    // "Leeds native Tom Baker", "a Leeds resident": a known city or country that says where someone is from.
    const known = g.place(draft.name);
    if (known?.major === true && draft.orgCues === 0 && !draft.strongOrg && namesAnOrigin(view, draft.head)) {
      draft.type = PLACE_TYPES[known.type] ?? 'LOCATION';
      draft.place = known;
      draft.key = `place:${known.key}`;
      return true;
    }
    draft.type = 'ORGANIZATION';
    return true;
  }
  const place = g.place(draft.name);
  if (isPlaceLabel) {
    // A country stays a country ("Belarus joined the war"); its team or government is either.
    const country = place?.type === 'COUNTRY';
    // "the Hawks", "the Rovers": a plural name that is no known place names a team or a band.
    const before = view.tokens[draft.first - 2]?.word.toLowerCase();
    if (place === undefined && before === 'the' && view.tokens[draft.last - 1]!.pos === 'NNPS')
      draft.strongOrg = true;
    if (!country && (draft.clubCues > 0 || draft.orgCues > 0 || draft.strongOrg)) {
      draft.type = 'ORGANIZATION';
      return true;
    }
    // A seat of government or a landmark institution the NER reads as a place ("the Kremlin").
    if (place === undefined && KNOWN_ORGANIZATIONS.has(draft.name)) {
      draft.type = 'ORGANIZATION';
      return true;
    }
    // A small town of the same name does not make "White House" or "the West" a city.
    if (place !== undefined && (place.major || place.type !== 'CITY')) {
      draft.type = PLACE_TYPES[place.type] ?? 'LOCATION';
      draft.place = place;
      draft.key = `place:${place.key}`;
    } else {
      draft.type = 'LOCATION';
    }
    return true;
  }
  // MISC and phrases: typed by context.
  if (draft.strongOrg || draft.orgCues > 0) draft.type = 'ORGANIZATION';
  else if (list('eventWords').has(lastWord.toLowerCase())) draft.type = 'EVENT';
  else if (place !== undefined && label === '' && place.major) {
    draft.type = PLACE_TYPES[place.type] ?? 'LOCATION';
    draft.place = place;
    draft.key = `place:${place.key}`;
  } else if (label === '' && draft.last > draft.first && isFirstName(view.tokens[draft.first - 1]!.word)) {
    draft.type = 'PERSON';
  } else draft.type = label === 'MISC' ? 'CONCEPT' : 'ORGANIZATION';
  return true;
}

/** The name is the object of a killing verb or the "of" or possessor of a killing noun. */
function isVictim(view: SentenceView, draft: Draft): boolean {
  const rel = view.relation[draft.head] ?? '';
  const governor = view.governor[draft.head] ?? -1;
  if (governor <= 0) return false;
  const lemma = lemmaOf(view, governor);
  if (rel === 'obj' || rel === 'nsubj:pass') return list('killingVerbs').has(lemma);
  if (!list('killingNouns').has(lemma)) return false;
  if (rel === 'nmod:poss') return true;
  return (
    rel === 'nmod' &&
    view.dependents[draft.head]!.some((d) => view.relation[d] === 'case' && lemmaOf(view, d) === 'of')
  );
}

/** ", 45 ," right after the name: an age (a number of 1 to 119 set off by commas). */
function hasAge(view: SentenceView, draft: Draft): boolean {
  const word = (t: number) => view.tokens[t - 1]?.word;
  const age = Number(word(draft.last + 2));
  return (
    word(draft.last + 1) === ',' &&
    /^\d{1,3}$/.test(word(draft.last + 2) ?? '') &&
    age >= 1 &&
    age < 120 &&
    [',', ';', ')'].includes(word(draft.last + 3) ?? '')
  );
}

/**
 * A demonym names its country only as a modifier ("Belarusian embassy"); before an institution noun it
 * names that institution ("the Danish government"); used alone ("the Danes") it is a description.
 */
function demonym(doc: DocumentView, view: SentenceView, draft: Draft): boolean {
  const rel = view.relation[draft.head];
  if (rel !== 'amod' && rel !== 'compound') return false;
  const governor = view.governor[draft.head] ?? -1;
  const noun = view.tokens[governor - 1];
  // "Russian forces", "the US military": a country's people under arms are no organisation of their
  // own; the nationality names the country, which acts through them (GROUP_NOUNS, the fast extractor's).
  if (
    noun !== undefined &&
    governor === draft.last + 1 &&
    ORGANIZATION_NOUNS.has(noun.word.toLowerCase()) &&
    !GROUP_NOUNS.has(noun.word.toLowerCase())
  ) {
    draft.last = governor;
    draft.end = noun.characterOffsetEnd;
    draft.head = governor;
    draft.name = cleanName(doc.text.slice(draft.start, draft.end));
    draft.type = 'ORGANIZATION';
    return true;
  }
  const place = gazetteer().demonymOf(draft.name);
  if (place === undefined) return false;
  draft.type = place.type === 'COUNTRY' ? 'COUNTRY' : 'LOCATION';
  draft.place = place;
  draft.key = `place:${place.key}`;
  draft.name = place.name;
  draft.source = 'gazetteer';
  return true;
}

/**
 * "Baton Rouge, La.", "Folsom, Calif.": a name followed by a comma and the region the gazetteer puts a
 * town of that name in is that town, whatever the NER said (it reads many towns as organisations).
 */
function townOfRegion(view: SentenceView, draft: Draft): Place | undefined {
  if (view.tokens[draft.last]?.word !== ',') return undefined;
  const g = gazetteer();
  const town = g.place(draft.name);
  if (town?.type !== 'CITY' || town.region === undefined) return undefined;
  for (const n of [1, 2]) {
    const words = view.tokens.slice(draft.last + 1, draft.last + 1 + n).map((t) => t.originalText);
    if (words.length === n && g.place(words.join(' '))?.key === town.region) return town;
  }
  return undefined;
}

/** The token modifies an origin noun ("Leeds resident"), or a name that one modifies ("Leeds native X"). */
function namesAnOrigin(view: SentenceView, token: number): boolean {
  const rel = view.relation[token];
  const governor = view.governor[token] ?? 0;
  if ((rel !== 'compound' && rel !== 'amod') || governor <= 0) return false;
  const isOrigin = (t: number) => ORIGIN_NOUNS[lemmaOf(view, t)] !== undefined;
  if (isOrigin(governor)) return true;
  return (view.dependents[governor] ?? []).some(
    (d) => d !== token && (view.relation[d] === 'amod' || view.relation[d] === 'compound') && isOrigin(d),
  );
}

/** Organisation and club cues around the mention's head. */
function readCues(view: SentenceView, draft: Draft, isPlace: boolean): void {
  const head = draft.head;
  const governor = view.governor[head] ?? -1;
  const rel = view.relation[head] ?? '';
  const orgNouns = list('orgNouns');
  const word = (t: number): string => view.tokens[t - 1]?.word.toLowerCase() ?? '';
  // "the Blue Harbour label" (not for places: "Berlin studio" is a studio in Berlin).
  if (!isPlace && governor > 0 && (rel === 'compound' || rel === 'appos') && isLower(view, governor)) {
    if (orgNouns.has(lemmaOf(view, governor))) draft.orgCues += 2;
  }
  // "firm Nordwind", "Bookmaker Ola Berg", "Nordwind, the firm"; not a word of another name ("University
  // of Texas sniper Charles Whitman", "X, candidate of the PRD (Party of ...)").
  for (const d of view.dependents[head] ?? []) {
    if (d >= draft.first && d <= draft.last) continue;
    if ((view.tokens[d - 1]?.ner ?? 'O') !== 'O' || (d > 1 && !isLower(view, d))) continue;
    const r = view.relation[d] ?? '';
    if ((r === 'compound' || r === 'appos') && (orgNouns.has(lemmaOf(view, d)) || orgNouns.has(word(d))))
      draft.orgCues += 2;
  }
  if (governor <= 0) return;
  const gl = lemmaOf(view, governor);
  // "X's shares", "X's chief executive".
  const gw = word(governor);
  const orgPossession = list('orgPossessions');
  const clubPossession = list('clubPossessions');
  if (rel === 'nmod:poss' && (orgPossession.has(gl) || orgPossession.has(gw))) draft.orgCues += 1;
  if (
    (rel === 'nmod:poss' || (isPlace && rel === 'compound')) &&
    (clubPossession.has(gl) || clubPossession.has(gw))
  ) {
    draft.clubCues += 1;
  }
  // "shares in X".
  if (rel.startsWith('nmod') && list('orgPrepositionNouns').has(gl)) {
    const cased = (view.dependents[head] ?? []).some(
      (d) => view.relation[d] === 'case' && lemmaOf(view, d) === 'in',
    );
    if (cased) draft.orgCues += 2;
  }
  const verb = view.tokens[governor - 1]!.pos.startsWith('VB');
  // "rejoins Wasps", "Wasps beat Leicester".
  if ((rel === 'obj' || rel === 'nsubj') && verb && list('clubVerbs').has(gl)) draft.clubCues += 1;
  // "X has bought the website".
  if (rel === 'nsubj' && verb && list('orgSubjectVerbs').has(gl)) draft.orgCues += 1;
  // "X was founded in 1984": people are not founded, listed or acquired.
  if (rel === 'nsubj:pass' && verb && list('orgPassiveVerbs').has(gl)) draft.orgCues += 1;
}
