/**
 * Titles are attributes of the person, never a node: the common nouns and title words that modify a
 * person's name from the left ("coach Ola Berg", "Prime Minister Jo Bloggs", "chief executive Jo
 * Bloggs") or stand in apposition ("Jo Bloggs, the chief executive").
 */
import { gazetteer } from '../../gazetteer';
import { isTitleWord, ROLE_NOUNS } from '../../lexicon/titles';
import type { DocumentView, SentenceView } from './document';
import type { Draft } from './drafts';
import { cleanName } from './spans';

const TITLE_TAGS = /^(NN|NNS|NNP|NNPS|JJ|HYPH)$/;

function isRoleWord(word: string, lemma: string): boolean {
  return ROLE_NOUNS.has(lemma.toLowerCase()) || isTitleWord(word) || ROLE_NOUNS.has(word.toLowerCase());
}

/** Reads the title of each PERSON draft; `covered` marks tokens of other names (sentence:token). */
export function readTitles(doc: DocumentView, drafts: readonly Draft[], covered: ReadonlySet<string>): void {
  for (const draft of drafts) {
    if (draft.type !== 'PERSON') continue;
    const view = doc.sentences[draft.sentence];
    if (view === undefined) continue;
    const left = leftTitle(view, draft, covered);
    if (left !== undefined) {
      draft.titleStart = Math.min(draft.titleStart ?? Number.MAX_SAFE_INTEGER, left.start);
      draft.title = cleanName(doc.text.slice(left.start, left.end));
      continue;
    }
    const appos = apposTitle(view, draft) ?? governingTitle(view, draft);
    if (appos !== undefined) draft.title = cleanName(doc.text.slice(appos.start, appos.end));
  }
  for (const draft of drafts) {
    if (draft.type === 'DATE' || draft.type === 'MONEY' || draft.type === 'QUANTITY') continue;
    const view = doc.sentences[draft.sentence];
    if (view === undefined) continue;
    const description = apposDescription(view, draft, covered);
    if (description !== undefined) {
      (draft.descriptions ??= []).push(cleanName(doc.text.slice(description.start, description.end)));
    }
  }
}

/**
 * A definite description in apposition after a name ("Nordwind, the Welsh firm,"): from its determiner
 * to its head noun, when no other name stands inside it.
 */
function apposDescription(
  view: SentenceView,
  draft: Draft,
  covered: ReadonlySet<string>,
): { start: number; end: number } | undefined {
  for (const d of view.dependents[draft.head] ?? []) {
    if (view.relation[d] !== 'appos' || d <= draft.last) continue;
    const head = view.tokens[d - 1]!;
    if (!/^NNS?$/.test(head.pos) || !/^\p{Ll}/u.test(head.word)) continue;
    const left = (view.dependents[d] ?? []).filter((m) => m < d);
    const det = left.find(
      (m) => view.relation[m] === 'det' && /^(the|this|that)$/i.test(view.tokens[m - 1]!.word),
    );
    if (det === undefined) continue;
    // "the head of X" is a role with its organisation, not a description of the name.
    if ((view.dependents[d] ?? []).some((m) => m > d && view.relation[m]!.startsWith('nmod'))) continue;
    // A name inside makes it more than a description ("the Apple chief"); a nationality does not.
    for (let t = det; t <= d; t += 1) {
      const nationality = gazetteer().demonymOf(view.tokens[t - 1]!.word) !== undefined;
      if (covered.has(`${view.index}:${t}`) && !nationality) return undefined;
    }
    return { start: view.tokens[det - 1]!.characterOffsetBegin, end: head.characterOffsetEnd };
  }
  return undefined;
}

function leftTitle(
  view: SentenceView,
  draft: Draft,
  covered: ReadonlySet<string>,
): { start: number; end: number } | undefined {
  let t = draft.first - 1;
  let first = draft.first;
  let hasRole = false;
  while (t >= 1) {
    const token = view.tokens[t - 1]!;
    const ofInTitle = token.word === 'of' && t > 1 && /^NNP/.test(view.tokens[t - 2]!.pos);
    if ((!TITLE_TAGS.test(token.pos) && !ofInTitle) || covered.has(`${view.index}:${t}`)) break;
    // The word must hang under the name (compound, amod) through title words only.
    let x = t;
    let inside = false;
    for (let steps = 0; steps < 8 && x > 0; steps += 1) {
      const g = view.governor[x] ?? -1;
      if (g === draft.head) {
        inside = true;
        break;
      }
      if (g <= 0 || g < t - 6 || g >= draft.first) break;
      x = g;
    }
    if (!inside) break;
    if (isRoleWord(token.word, token.lemma)) hasRole = true;
    first = t;
    t -= 1;
  }
  if (first === draft.first || !hasRole) return undefined;
  return {
    start: view.tokens[first - 1]!.characterOffsetBegin,
    end: view.tokens[draft.first - 2]!.characterOffsetEnd,
  };
}

/** "Its singer, Ana Ruiz,": the name in apposition to a role noun takes the role as its title. */
function governingTitle(view: SentenceView, draft: Draft): { start: number; end: number } | undefined {
  if (view.relation[draft.head] !== 'appos') return undefined;
  const g = view.governor[draft.head] ?? -1;
  const token = view.tokens[g - 1];
  if (
    token === undefined ||
    g > draft.first ||
    !isRoleWord(token.word, token.lemma) ||
    !/^\p{Ll}/u.test(token.word)
  ) {
    return undefined;
  }
  let first = g;
  for (const m of view.dependents[g] ?? []) {
    const r = view.relation[m] ?? '';
    if (m < g && (r === 'compound' || r === 'amod') && m < first) first = m;
  }
  return { start: view.tokens[first - 1]!.characterOffsetBegin, end: token.characterOffsetEnd };
}

function apposTitle(view: SentenceView, draft: Draft): { start: number; end: number } | undefined {
  for (const d of view.dependents[draft.head] ?? []) {
    if (view.relation[d] !== 'appos' || d < draft.last) continue;
    const token = view.tokens[d - 1]!;
    if (!isRoleWord(token.word, token.lemma) || !/^\p{Ll}/u.test(token.word)) continue;
    let first = d;
    for (const m of view.dependents[d] ?? []) {
      const r = view.relation[m] ?? '';
      if (m < d && (r === 'compound' || r === 'amod') && m < first) first = m;
    }
    return { start: view.tokens[first - 1]!.characterOffsetBegin, end: token.characterOffsetEnd };
  }
  return undefined;
}
