/** All mentions of an article, and the links read while finding them. */
import type { MentionDraft } from '../model';
import type { AnalysedText } from '../nlp/document';
import { findNameChunks } from './chunks';
import { describedOrganizations } from './descriptions';
import { eventMentions } from './events';
import { typeListMembers } from './list-typing';
import { embassyMentions } from './facilities';
import { MentionIndex, type MentionLink } from './mention-index';
import { namedMentions } from './names';
import { numericMentions } from './numeric';
import { propagateTypes } from './propagation';
import { titleMentions } from './titles';

export type { MentionLink } from './mention-index';
export { MentionIndex } from './mention-index';

export interface FoundMentions {
  readonly mentions: MentionDraft[];
  readonly links: MentionLink[];
}

export function findMentions(analysed: AnalysedText, articleDate: string | null): FoundMentions {
  const named = namedMentions(analysed, findNameChunks(analysed));
  const names = propagateTypes(analysed, named.mentions, named.untyped);
  typeListMembers(analysed, names);
  const base = [...names, ...numericMentions(analysed, articleDate)];
  const baseIndex = new MentionIndex(analysed.tokens.length, base);
  const organizations = describedOrganizations(analysed, baseIndex);
  const titles = titleMentions(analysed, baseIndex);
  const withOrganizations = [...base, ...organizations.mentions, ...titles.mentions];
  const orgIndex = new MentionIndex(analysed.tokens.length, withOrganizations);
  const embassies = embassyMentions(analysed, orgIndex);
  const events = eventMentions(
    analysed,
    new MentionIndex(analysed.tokens.length, [...withOrganizations, ...embassies.mentions]),
  );
  const mentions = [...withOrganizations, ...embassies.mentions, ...events.mentions];
  return {
    mentions: mentions.sort((a, b) => a.start - b.start || b.end - a.end),
    links: [...organizations.links, ...titles.links, ...embassies.links, ...events.links],
  };
}
