/**
 * Embassies and consulates, which news names by owner and place: "the US embassy in Moscow", "its embassy
 * in Minsk", "our embassy in Moscow, Russia". An embassy "in" a country is the one in its capital, so "the
 * US embassy in Belarus" and "the US embassy in Minsk" are one facility.
 */
import { gazetteer, type Place } from '../gazetteer';
import type { MentionDraft } from '../model';
import type { AnalysedText, Token } from '../nlp/document';
import { makeDraft } from './drafts';
import type { MentionIndex, MentionLink } from './mention-index';

export const MISSION_NOUNS: ReadonlySet<string> = new Set(['embassy', 'consulate', 'embassies']);
const OWNER_PRONOUNS = new Set(['its', 'our', 'their', 'his', 'her']);

export function embassyMentions(
  analysed: AnalysedText,
  index: MentionIndex,
): { mentions: MentionDraft[]; links: MentionLink[] } {
  const mentions: MentionDraft[] = [];
  const links: MentionLink[] = [];
  const tokens = analysed.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const noun = tokens[i] as Token;
    if (!MISSION_NOUNS.has(noun.lower) || noun.text !== noun.lower) continue;
    const place = placeAfter(tokens, index, i + 1);
    if (place === undefined) continue;
    const owner = ownerBefore(analysed, index, i);
    if (owner === undefined) continue;
    const first = owner.token ?? i;
    const facility = makeDraft(analysed, first, place.mention.last, 'FACILITY', 'pattern');
    const city = cityOf(place.mention);
    const ownerName =
      owner.mention.type === 'COUNTRY' && owner.mention.name.length <= 4
        ? owner.mention.name
        : (owner.mention.canonical ?? owner.mention.name);
    facility.name = `${ownerName} ${noun.lower} in ${city.name}`;
    facility.key = `facility:${noun.lower}:${owner.mention.key ?? owner.mention.name}:${city.key}`;
    facility.attributes.kind = noun.lower;
    mentions.push(facility);
    links.push({
      subject: facility,
      predicate: 'LOCATED_IN',
      object: place.mention,
      construction: 'facility',
      confidence: 0.85,
    });
    links.push({
      subject: facility,
      predicate: 'BELONGS_TO',
      object: owner.mention,
      construction: 'facility',
      confidence: 0.8,
    });
  }
  return { mentions, links };
}

function placeAfter(
  tokens: readonly Token[],
  index: MentionIndex,
  at: number,
): { mention: MentionDraft } | undefined {
  const preposition = tokens[at];
  if (preposition === undefined || (preposition.lower !== 'in' && preposition.lower !== 'to'))
    return undefined;
  const mention = index.at(at + 1);
  if (mention === undefined || mention.first !== at + 1) return undefined;
  return mention.type === 'CITY' || mention.type === 'COUNTRY' ? { mention } : undefined;
}

function cityOf(place: MentionDraft): { name: string; key: string } {
  if (place.type === 'COUNTRY' && place.key !== null) {
    const country = gazetteer().place(place.canonical ?? place.name);
    const capital: Place | undefined = country === undefined ? undefined : gazetteer().capitalOf(country);
    if (capital !== undefined) return { name: capital.name, key: capital.key };
  }
  return { name: place.canonical ?? place.name, key: place.key ?? place.name };
}

interface EmbassyOwner {
  readonly mention: MentionDraft;
  /** First token of the owner phrase when it is part of the facility's span ("the US embassy"). */
  readonly token?: number;
}

function ownerBefore(analysed: AnalysedText, index: MentionIndex, nounAt: number): EmbassyOwner | undefined {
  const tokens = analysed.tokens;
  const direct = index.endingAt(nounAt);
  if (direct !== undefined && direct.type === 'COUNTRY') return { mention: direct, token: direct.first };
  const before = tokens[nounAt - 1];
  if (before === undefined) return undefined;
  if (before.text === "'s") {
    const possessor = index.endingAt(nounAt - 1);
    return possessor?.type === 'COUNTRY' ? { mention: possessor, token: possessor.first } : undefined;
  }
  if (!OWNER_PRONOUNS.has(before.lower)) return undefined;
  // A possessive pronoun points at the country that leads the sentence, or failing that the last one before.
  const sentence = analysed.sentences[before.sentence];
  for (let t = sentence?.first ?? nounAt; t < nounAt; t += 1) {
    const mention = index.at(t);
    if (mention?.type === 'COUNTRY') return { mention };
  }
  for (let t = (sentence?.first ?? 0) - 1; t >= 0 && t > nounAt - 400; t -= 1) {
    const mention = index.at(t);
    if (mention?.type === 'COUNTRY') return { mention };
  }
  return undefined;
}
