/** Every relation of an article: links found with the mentions, then clause by clause, sentence by sentence. */
import type { MentionLink } from '../entities';
import type { EntityDraft, MentionDraft } from '../model';
import type { AnalysedText } from '../nlp/document';
import { readAdjacency } from './adjacency';
import { readAppositions } from './appositions';
import { readDateline } from './dateline';
import { readRoles } from './roles';
import { ArgumentIndex } from './argument-index';
import type { RelationDraft } from './model';
import { actsOnBehalf } from './on-behalf';
import { PronounResolver } from './pronouns';
import { readReportedSpeech, type EventFactory } from './reported-speech';
import { ref } from './subjects';
import { readClauses } from './verbal';

export type { RelationDraft } from './model';

/**
 * The longest sentence relations are read from, in tokens. News sentences run to 20-60 tokens; a
 * "sentence" of thousands ("Tony Blair said that " repeated, no full stop) is no prose, and reading it
 * clause against clause would be quadratic in its length.
 */
export const MAX_SENTENCE_TOKENS = 250;

export function readRelations(
  analysed: AnalysedText,
  mentions: readonly MentionDraft[],
  entities: EntityDraft[],
  links: readonly MentionLink[],
): RelationDraft[] {
  const index = new ArgumentIndex(analysed, mentions, entities);
  const resolver = new PronounResolver(index);
  const events = eventFactory(entities);
  const relations: RelationDraft[] = links.map(fromLink).filter((r) => r.subject.entity !== r.object.entity);
  for (const sentence of analysed.sentences) {
    if (sentence.last - sentence.first > MAX_SENTENCE_TOKENS) continue;
    const readings = readClauses(index, resolver, sentence);
    for (const reading of readings) relations.push(...reading.relations);
    relations.push(...readReportedSpeech(index, sentence, readings, events));
    relations.push(...readAppositions(index, sentence));
    relations.push(...readAdjacency(index, sentence));
    relations.push(...readDateline(index, sentence));
    relations.push(...readRoles(index, sentence));
  }
  return [...relations, ...actsOnBehalf(analysed, mentions, entities, relations)];
}

function fromLink(link: MentionLink): RelationDraft {
  return {
    subject: ref(link.subject, 'mention'),
    predicate: link.predicate,
    object: ref(link.object, 'mention'),
    sentence: link.subject.sentence,
    negated: false,
    modality: null,
    construction: link.construction,
    base: link.confidence,
    trigger: {
      start: Math.min(link.subject.start, link.object.start),
      end: Math.max(link.subject.end, link.object.end),
    },
    known: true,
  };
}

/** Events named by reported speech join an existing event with the same head and patient. */
function eventFactory(entities: EntityDraft[]): EventFactory {
  const made = new Map<string, EntityDraft>();
  return {
    event(name, head, patient, mention) {
      const key = `${head}|${patient}`;
      let entity = made.get(key);
      if (entity === undefined) {
        entity = { index: entities.length, type: 'EVENT', name, key: null, mentions: [], attributes: {} };
        entities.push(entity);
        made.set(key, entity);
      }
      if (!entity.mentions.includes(mention))
        entity.mentions.push({ ...mention, type: 'EVENT', name, entity: entity.index });
      return entity;
    },
  };
}
