/**
 * Unnamed but identifiable entities: organizations named by a nationality or a country's possessive and an
 * organization noun ("Belarusian special forces", "Ukraine's state security service"), the ones named
 * "the X ministry", and an administration named after its head ("the Biden administration").
 */
import { gazetteer, type Place } from '../gazetteer';
import { ORGANIZATION_NOUNS } from '../lexicon/organizations';
import type { MentionDraft } from '../model';
import type { AnalysedText, Token } from '../nlp/document';
import { makeDraft } from './drafts';
import type { MentionIndex, MentionLink } from './mention-index';

/** Organization nouns that never make an organization of their own ("the US government" is the US). */
const ACTOR_IS_OWNER = new Set(['government', 'authorities', 'regime']);
/**
 * Descriptions of a country's people under arms or in service ("Russian forces", "Ukrainian
 * intelligence", "the US military"): no named organization, so no entity; the nationality still names the
 * country, which acts through them ("attack by Russian military forces").
 */
export const GROUP_NOUNS = new Set([
  'forces',
  'military',
  'army',
  'intelligence',
  'special forces',
  'armed forces',
  'military forces',
  'marines',
  'troops',
]);
const MAX_MODIFIERS = 3;
/** Last words of the organization nouns: a cheap test before the phrase is matched. */
const HEAD_WORDS = new Set([...ORGANIZATION_NOUNS].map((noun) => noun.split(' ').pop() as string));

export interface Described {
  readonly mentions: MentionDraft[];
  readonly links: MentionLink[];
}

export function describedOrganizations(analysed: AnalysedText, index: MentionIndex): Described {
  const mentions: MentionDraft[] = [];
  const links: MentionLink[] = [];
  const tokens = analysed.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const owner = ownerAt(analysed, index, i);
    if (owner === undefined) continue;
    const head = organizationHead(tokens, owner.next);
    if (head === undefined || ACTOR_IS_OWNER.has(head.noun)) continue;
    if (GROUP_NOUNS.has(head.noun)) {
      if (owner.mention === undefined && owner.place !== undefined)
        mentions.push(demonymMention(analysed, owner.first, owner.place));
      i = head.end - 1;
      continue;
    }
    const org = makeDraft(analysed, owner.first, head.end, 'ORGANIZATION', 'pattern');
    org.name = analysed.original.slice(
      (tokens[owner.first] as Token).start,
      (tokens[head.end - 1] as Token).end,
    );
    mentions.push(org);
    if (owner.mention !== undefined) {
      const predicate = owner.mention.type === 'PERSON' ? 'LEADS' : 'BELONGS_TO';
      const [subject, object] = predicate === 'LEADS' ? [owner.mention, org] : [org, owner.mention];
      links.push({ subject, predicate, object, construction: 'modifier', confidence: 0.8 });
    } else if (owner.place !== undefined) {
      const country = demonymMention(analysed, owner.first, owner.place);
      mentions.push(country);
      links.push({
        subject: org,
        predicate: 'BELONGS_TO',
        object: country,
        construction: 'demonym',
        confidence: 0.8,
      });
    }
    i = head.end - 1;
  }
  return { mentions, links };
}

interface Owner {
  readonly first: number;
  /** First token after the owner (and its "'s"). */
  readonly next: number;
  readonly mention?: MentionDraft;
  readonly place?: Place;
}

function ownerAt(analysed: AnalysedText, index: MentionIndex, i: number): Owner | undefined {
  const tokens = analysed.tokens;
  const token = tokens[i] as Token;
  const mention = index.at(i);
  if (mention !== undefined && mention.first === i && ownerType(mention)) {
    const after = tokens[mention.last];
    const possessive = after !== undefined && (after.text === "'s" || after.text === "'");
    return { first: i, next: possessive ? mention.last + 1 : mention.last, mention };
  }
  if (mention === undefined && (token.lower === 'the' || token.lower === 'its')) {
    const next = tokens[i + 1];
    if (
      next !== undefined &&
      next.text === next.lower &&
      organizationHead(tokens, i + 1)?.noun.endsWith('ministry')
    ) {
      return { first: i + 1, next: i + 1 };
    }
  }
  const place = mention === undefined ? gazetteer().demonymOf(token.text) : undefined;
  return place === undefined ? undefined : { first: i, next: i + 1, place };
}

function ownerType(mention: MentionDraft): boolean {
  return mention.type === 'COUNTRY' || mention.type === 'PERSON' || mention.type === 'CITY';
}

/** Up to three lower-case modifiers, then an organization noun (the longest that fits). */
function organizationHead(tokens: readonly Token[], from: number): { end: number; noun: string } | undefined {
  const sentence = tokens[from]?.sentence;
  let hasHead = false;
  for (let k = from; k < from + MAX_MODIFIERS + 2 && k < tokens.length; k += 1) {
    if (HEAD_WORDS.has((tokens[k] as Token).lower)) hasHead = true;
  }
  if (!hasHead) return undefined;
  for (let length = MAX_MODIFIERS + 2; length >= 1; length -= 1) {
    const words = tokens.slice(from, from + length);
    if (
      words.length < length ||
      words.some((t) => t.text !== t.lower || t.sentence !== sentence || !/^[a-z-]+$/.test(t.text))
    )
      continue;
    const after = tokens[from + length];
    if (after !== undefined && after.pos === 'NOUN' && after.text === after.lower) continue;
    for (let nounLength = Math.min(3, length); nounLength >= 1; nounLength -= 1) {
      const noun = words
        .slice(length - nounLength)
        .map((t) => t.lower)
        .join(' ');
      if (!ORGANIZATION_NOUNS.has(noun)) continue;
      const modifiers = words.slice(0, length - nounLength);
      if (modifiers.every((t) => t.pos === 'ADJ' || t.pos === 'NOUN')) return { end: from + length, noun };
    }
  }
  return undefined;
}

/** The country a nationality word stands for, as a mention of that country. */
export function demonymMention(analysed: AnalysedText, token: number, place: Place): MentionDraft {
  const mention = makeDraft(analysed, token, token + 1, 'COUNTRY', 'gazetteer');
  mention.key = place.key;
  mention.canonical = place.name;
  mention.attributes.demonym = true;
  return mention;
}
