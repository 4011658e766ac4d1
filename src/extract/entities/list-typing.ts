/**
 * The members of a list are of one kind: "Hamas, Hizballah, Islamic Jihad", "Al Qaeda and ISIS",
 * "Marin, Sonoma, Napa and northern Solano Counties". A member typed a person only by its
 * shape takes the type of a neighbour whose type a lexicon, gazetteer, head word or acronym gave.
 */
import { gazetteer } from '../gazetteer';
import type { MentionDraft } from '../model';
import type { AnalysedText, Token } from '../nlp/document';

const STRONG_CUES = new Set(['lexicon', 'gazetteer', 'head-word']);
const LISTED_TYPES = new Set(['ORGANIZATION', 'CITY', 'COUNTRY', 'LOCATION']);

const MAX_PASSES = 4;

export function typeListMembers(analysed: AnalysedText, mentions: readonly MentionDraft[]): void {
  const ordered = [...mentions].sort((a, b) => a.first - b.first);
  // A retyped member passes its type on along the list ("Hamas, Hizballah, Islamic Jihad").
  for (let pass = 0; pass < MAX_PASSES && retypePass(analysed, ordered); pass += 1);
}

function retypePass(analysed: AnalysedText, ordered: readonly MentionDraft[]): boolean {
  let changed = false;
  for (let i = 0; i < ordered.length; i += 1) {
    const mention = ordered[i] as MentionDraft;
    if (mention.type !== 'PERSON' || !isWeak(analysed.tokens, mention)) continue;
    const neighbour = [ordered[i - 1], ordered[i + 1]].find(
      (other) => other !== undefined && isStrong(other) && listed(analysed.tokens, mention, other, ordered),
    );
    if (neighbour !== undefined) changed = retype(analysed, mention, neighbour) || changed;
  }
  return changed;
}

/** A list of places makes a place only of a name the gazetteer knows ("Galveston", not "Putin"). */

/** Typed a person by shape, or by a first name that is the Arabic article ("Al Qaeda"). */
function isWeak(tokens: readonly Token[], mention: MentionDraft): boolean {
  if (mention.cue === 'shape') return true;
  return mention.cue === 'first-name' && /^(Al|El)$/.test(tokens[mention.first]?.text ?? '');
}

function isStrong(mention: MentionDraft): boolean {
  if (!LISTED_TYPES.has(mention.type)) return false;
  return (
    STRONG_CUES.has(mention.cue) ||
    (mention.type === 'ORGANIZATION' && (mention.cue === 'shape' || mention.cue === 'context'))
  );
}

/**
 * "A and B", or "A, B" inside a longer list: a lone comma between two names is as often an apposition
 * ("the United States, Andrew Jackson,") and does not make a list.
 */
function listed(
  tokens: readonly Token[],
  a: MentionDraft,
  b: MentionDraft,
  ordered: readonly MentionDraft[],
): boolean {
  const [left, right] = a.first < b.first ? [a, b] : [b, a];
  if (!separated(tokens, left, right)) return false;
  if (tokens.slice(left.last, right.first).some((t) => /^(and|or)$/.test(t.lower))) return true;
  const after = ordered.find((m) => m.first > right.last && m.first - right.last <= 2);
  const before = [...ordered].reverse().find((m) => m.last < left.first && left.first - m.last <= 2);
  return (
    (after !== undefined && separated(tokens, right, after)) ||
    (before !== undefined && separated(tokens, before, left))
  );
}

function separated(tokens: readonly Token[], left: MentionDraft, right: MentionDraft): boolean {
  if (right.first <= left.last || right.first - left.last > 2 || left.sentence !== right.sentence)
    return false;
  return tokens.slice(left.last, right.first).every((t) => t.text === ',' || /^(and|or)$/.test(t.lower));
}

function retype(analysed: AnalysedText, mention: MentionDraft, neighbour: MentionDraft): boolean {
  if (neighbour.type === 'ORGANIZATION') {
    mention.type = 'ORGANIZATION';
    mention.cue = 'context';
    return true;
  }
  const place = gazetteer().place(analysed.original.slice(mention.start, mention.end));
  if (place === undefined) return false;
  mention.cue = 'context';
  mention.type = place.type;
  mention.key = place.key;
  mention.canonical = place.name;
  return true;
}
