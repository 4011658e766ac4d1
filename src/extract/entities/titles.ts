/**
 * Titles become CONCEPT entities the person HOLDS_TITLE ("Secretary of State"), and a place or nationality
 * before the title says what the person leads or belongs to ("Kansas Gov. Ellen Marsh",
 * "Belarusian leader Alexander Lukashenko").
 */
import { gazetteer } from '../gazetteer';
import { LEADER_ROLES } from '../lexicon/titles';
import type { MentionDraft } from '../model';
import type { AnalysedText, Token } from '../nlp/document';
import { demonymMention } from './descriptions';
import { makeDraft } from './drafts';
import type { MentionIndex, MentionLink } from './mention-index';

/** "Mr.", "Dr.": forms of address stay an attribute; they are no office a person HOLDS_TITLE. */
const FORMS_OF_ADDRESS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mme', 'Dr', 'Sir', 'Dame']);

export function titleMentions(
  analysed: AnalysedText,
  index: MentionIndex,
): { mentions: MentionDraft[]; links: MentionLink[] } {
  const mentions: MentionDraft[] = [];
  const links: MentionLink[] = [];
  for (const person of index.mentions) {
    if (person.type !== 'PERSON') continue;
    const title = typeof person.attributes.title === 'string' ? person.attributes.title : undefined;
    const role = typeof person.attributes.role === 'string' ? person.attributes.role : undefined;
    const titleFirst = person.titleFirst ?? (role !== undefined ? person.first - 1 : undefined);
    if (titleFirst === undefined) continue;
    if (title !== undefined && !FORMS_OF_ADDRESS.has(title.replace(/\.$/, ''))) {
      const concept = makeDraft(analysed, titleFirst, person.first, 'CONCEPT', 'lexicon');
      concept.name = title;
      concept.key = `title:${title.toLowerCase().replace(/\.$/, '')}`;
      mentions.push(concept);
      links.push({
        subject: person,
        predicate: 'HOLDS_TITLE',
        object: concept,
        construction: 'title',
        confidence: 0.9,
      });
    }
    const leads = LEADER_ROLES.has((title ?? role ?? '').toLowerCase().replace(/\.$/, ''));
    const holder = holderBefore(analysed, index, titleFirst);
    if (holder === undefined) continue;
    if (holder.fresh) mentions.push(holder.mention);
    const predicate =
      leads || holder.mention.type !== 'ORGANIZATION' ? (leads ? 'LEADS' : 'BELONGS_TO') : 'WORKS_FOR';
    links.push({
      subject: person,
      predicate,
      object: holder.mention,
      construction: 'title',
      confidence: 0.75,
    });
  }
  return { mentions, links };
}

function holderBefore(
  analysed: AnalysedText,
  index: MentionIndex,
  titleFirst: number,
): { mention: MentionDraft; fresh: boolean } | undefined {
  let at = titleFirst;
  const before = analysed.tokens[at - 1];
  if (before?.lower === 'former' || before?.lower === 'then') at -= 1;
  if (analysed.tokens[at - 1]?.text === "'s") at -= 1;
  const mention = index.endingAt(at);
  if (mention !== undefined && mention.type !== 'PERSON' && mention.type !== 'DATE')
    return { mention, fresh: false };
  const token = analysed.tokens[at - 1] as Token | undefined;
  const place = token === undefined ? undefined : gazetteer().demonymOf(token.text);
  return place === undefined ? undefined : { mention: demonymMention(analysed, at - 1, place), fresh: true };
}
