/** Rows of the reader turned into the values the GraphQL types describe. */
import type { ArticleRow, EntityRow, RelationRow } from '../graph/read';
import { latestDate, noisyOr, sortFacts } from '../graph/read';
import type { EntityType } from '../vocabulary';
import type { Article } from './article/article.type';
import type { Entity } from './entity/entity.type';
import { relationId } from './relation/relation-id';
import type { Relation } from './relation/relation.type';

/** Properties the row does not carry (a compiled statement's, for a request that reads none of them) stay empty. */
export function toEntity(row: EntityRow): Entity {
  const attributes = (row.attributes ?? []).filter(([, value]) => value !== null);
  return {
    __typename: 'Entity',
    id: row.id,
    name: row.name,
    type: row.type as EntityType,
    aliases: row.aliases === undefined ? [] : [...row.aliases],
    mentionCount: row.mentionCount ?? null,
    firstSeen: row.firstSeen ?? null,
    lastSeen: row.lastSeen ?? null,
    attributes: attributes.length === 0 ? null : Object.fromEntries(attributes),
  };
}

export function toArticle(row: ArticleRow): Article {
  return { __typename: 'Article', ...row, text: row.text ?? null };
}

export function toRelation(row: RelationRow): Relation {
  const facts = sortFacts(row.facts);
  return {
    __typename: 'Relation',
    id: relationId(row),
    subjectId: row.subjectId,
    predicate: row.predicate,
    objectId: row.objectId,
    negated: row.negated,
    modality: row.modality,
    confidence: noisyOr(facts.map((fact) => fact.confidence ?? 0)),
    date: latestDate(facts),
    evidence: facts.map((fact) => ({
      articleId: fact.articleId,
      sentenceIndex: fact.sentenceIndex,
      text: fact.evidence ?? '',
      start: fact.start ?? 0,
      end: fact.end ?? 0,
    })),
  };
}
