/**
 * An Extraction turned into what the writer needs: entity candidates with their keys, mentions and facts
 * that still point at the article's own entity ids (refs). Once resolution has given every ref its global
 * entity id, mentionRows() and factRows() produce the rows the Cypher statements UNWIND.
 */
import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '../errors';
import type {
  AttributeValue,
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  Sentence,
} from '../extract/types';
import { isEntityType, isValidRelationshipType, labelOf } from '../vocabulary';
import type { CheckedArticle } from './article-input';
import { entityKeys } from './entity-keys';
import { combineAttributes, compare } from './entity-state';
import type { EntityCandidate } from './resolution';

/** Properties every entity has; an extracted attribute of the same name is stored as attribute_<name>. */
const RESERVED_PROPERTIES = new Set(['id', 'name', 'type', 'aliases', 'attributeKeys', 'labels']);
/** Relationship types that are not facts: a predicate may never take one of them. */
const RESERVED_TYPES = new Set(['MENTIONS']);

export interface MentionDraft {
  readonly ref: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

export interface FactDraft {
  readonly subjectRef: string;
  readonly predicate: string;
  readonly objectRef: string;
  readonly sentenceIndex: number;
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly negated: boolean;
  readonly modality: string | null;
  readonly date: string | null;
  readonly attributedToRef: string | null;
  readonly construction: string | null;
}

export interface PreparedArticle {
  readonly article: CheckedArticle;
  readonly candidates: readonly EntityCandidate[];
  readonly mentions: readonly MentionDraft[];
  readonly facts: readonly FactDraft[];
  /** Relations left out: a predicate that is no valid relationship type, or no evidence. */
  readonly skippedRelations: number;
}

export function prepareArticle(article: CheckedArticle, extraction: Extraction): PreparedArticle {
  const refOf = (entityId: string) => `${article.id}/${entityId}`;
  const known = new Set(extraction.entities.map((entity) => entity.id));
  const candidates = extraction.entities.map((entity) => candidateOf(entity, refOf(entity.id)));
  const mentions = extraction.entities.map((entity) => ({ ref: refOf(entity.id), spans: entity.mentions }));
  const sentences = new Map(extraction.article.sentences.map((sentence) => [sentence.index, sentence]));
  const facts: FactDraft[] = [];
  let skippedRelations = 0;
  for (const relation of extraction.relations) {
    const drafts = isWritable(relation, known) ? factDrafts(relation, sentences, refOf, known) : [];
    if (drafts.length === 0) skippedRelations += 1;
    facts.push(...drafts);
  }
  return { article, candidates, mentions, facts, skippedRelations };
}

function candidateOf(entity: ExtractedEntity, ref: string): EntityCandidate {
  if (!isEntityType(entity.type)) {
    throw new AppError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      `the extractor returned entity "${entity.name}" with type "${String(entity.type)}", which is not in the vocabulary`,
    );
  }
  const aliases = [...new Set(entity.aliases.filter((alias) => alias !== entity.name))];
  return {
    ref,
    type: entity.type,
    label: labelOf(entity.type),
    name: entity.name,
    aliases,
    attributes: storedAttributes(entity.attributes),
    keys: entityKeys({ type: entity.type, name: entity.name, aliases }),
  };
}

/** Attributes become properties: scalars and string lists only, reserved names prefixed. */
export function storedAttributes(
  attributes: Readonly<Record<string, AttributeValue>>,
): Record<string, AttributeValue> {
  const stored: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const storable =
      ['string', 'number', 'boolean'].includes(typeof value) ||
      (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    if (storable) stored[RESERVED_PROPERTIES.has(key) ? `attribute_${key}` : key] = value;
  }
  return stored;
}

/** The one gate between a predicate and Cypher: the vocabulary's pattern, and never a reserved type. */
export function isFactType(predicate: string): boolean {
  return isValidRelationshipType(predicate) && !RESERVED_TYPES.has(predicate);
}

function isWritable(relation: ExtractedRelation, known: ReadonlySet<string>): boolean {
  return isFactType(relation.predicate) && known.has(relation.subject) && known.has(relation.object);
}

/** One fact per sentence of evidence: the first evidence span of each sentence decides its offsets. */
function factDrafts(
  relation: ExtractedRelation,
  sentences: ReadonlyMap<number, Sentence>,
  refOf: (entityId: string) => string,
  known: ReadonlySet<string>,
): FactDraft[] {
  const reporter = relation.attributedTo;
  const bySentence = new Map<number, FactDraft>();
  for (const evidence of relation.evidence) {
    if (bySentence.has(evidence.sentence)) continue;
    const sentence = sentences.get(evidence.sentence);
    bySentence.set(evidence.sentence, {
      subjectRef: refOf(relation.subject),
      predicate: relation.predicate,
      objectRef: refOf(relation.object),
      sentenceIndex: evidence.sentence,
      evidence: sentence?.text ?? evidence.text,
      start: sentence?.start ?? evidence.start,
      end: sentence?.end ?? evidence.end,
      confidence: relation.confidence,
      negated: relation.negated,
      modality: relation.modality,
      date: relation.date,
      attributedToRef: reporter !== undefined && known.has(reporter) ? refOf(reporter) : null,
      construction: relation.construction ?? null,
    });
  }
  return [...bySentence.values()];
}

export interface MentionRow {
  readonly articleId: string;
  readonly entityId: string;
  readonly count: number;
  /** "start-end" character offsets (UTF-16, end exclusive) into the article text, in text order. */
  readonly spans: readonly string[];
  /**
   * The names and aliases this article brought for the entity. When the article is retracted, the
   * entity keeps only the aliases some remaining article brought.
   */
  readonly forms: readonly string[];
  /** The names the article gave the entity (its candidates' names), sorted. */
  readonly names: readonly string[];
  /** What the article says of the entity, as JSON (keys sorted): the entity combines every article's. */
  readonly attributes: string;
  /**
   * Whether the article attributes facts to the entity (their `attributedTo`): renaming or merging the
   * entity then rewrites those facts, and only the articles whose MENTIONS say so are visited.
   */
  readonly speaker: boolean;
}

/** One MENTIONS per entity: two refs that resolved to one entity pool their spans. */
export function mentionRows(prepared: PreparedArticle, entityIdOf: (ref: string) => string): MentionRow[] {
  const spansByEntity = new Map<string, Map<string, number>>();
  for (const mention of prepared.mentions) {
    const entityId = entityIdOf(mention.ref);
    const spans = spansByEntity.get(entityId) ?? new Map<string, number>();
    for (const span of mention.spans) spans.set(`${span.start}-${span.end}`, span.start);
    spansByEntity.set(entityId, spans);
  }
  const speakers = new Set(
    prepared.facts.flatMap((fact) =>
      fact.attributedToRef === null ? [] : [entityIdOf(fact.attributedToRef)],
    ),
  );
  const byEntity = new Map<string, EntityCandidate[]>();
  for (const candidate of prepared.candidates) {
    const entityId = entityIdOf(candidate.ref);
    byEntity.set(entityId, [...(byEntity.get(entityId) ?? []), candidate]);
  }
  return [...spansByEntity].map(([entityId, spans]) => {
    const ordered = [...spans].sort((a, b) => a[1] - b[1]).map(([span]) => span);
    const candidates = byEntity.get(entityId) ?? [];
    const sorted = (forms: string[]) => [...new Set(forms)].sort(compare);
    return {
      articleId: prepared.article.id,
      entityId,
      count: ordered.length,
      spans: ordered,
      forms: sorted(candidates.flatMap((candidate) => [candidate.name, ...candidate.aliases])),
      names: sorted(candidates.map((candidate) => candidate.name)),
      attributes: JSON.stringify(combineAttributes(candidates.map((candidate) => candidate.attributes))),
      speaker: speakers.has(entityId),
    };
  });
}

export interface FactRow {
  readonly subjectId: string;
  readonly objectId: string;
  /** Checked by isFactType: safe as a relationship type. */
  readonly predicate: string;
  readonly properties: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * One fact per (subject, predicate, object, article, sentence); a repeat keeps the higher confidence.
 * The fact's id comes from the article's own entity refs, not the entities' ids, which change when an
 * entity is renamed (settle.ts).
 */
export function factRows(prepared: PreparedArticle, entityIdOf: (ref: string) => string): FactRow[] {
  const articleId = prepared.article.id;
  const rows = new Map<string, FactRow>();
  for (const fact of prepared.facts) {
    const subjectId = entityIdOf(fact.subjectRef);
    const objectId = entityIdOf(fact.objectRef);
    const identity = JSON.stringify([subjectId, fact.predicate, objectId, fact.sentenceIndex]);
    const id = factId(fact.subjectRef, fact.predicate, fact.objectRef, articleId, fact.sentenceIndex);
    const previous = rows.get(identity);
    if (previous !== undefined && Number(previous.properties.confidence) >= fact.confidence) continue;
    rows.set(identity, {
      subjectId,
      objectId,
      predicate: fact.predicate,
      properties: {
        id,
        articleId,
        // The article's publication day (null when undated): Query.timeline buckets an entity's facts by
        // it without reading their articles (timeline-entity.cypher).
        publishedAt: prepared.article.publishedAt,
        sentenceIndex: fact.sentenceIndex,
        evidence: fact.evidence,
        start: fact.start,
        end: fact.end,
        confidence: fact.confidence,
        negated: fact.negated,
        modality: fact.modality,
        date: fact.date,
        attributedTo: fact.attributedToRef === null ? null : entityIdOf(fact.attributedToRef),
        construction: fact.construction,
      },
    });
  }
  return [...rows.values()];
}

/** Stable: the same fact of the same sentence of the same article always has the same id. */
export function factId(
  subjectId: string,
  predicate: string,
  objectId: string,
  articleId: string,
  sentenceIndex: number,
): string {
  const identity = JSON.stringify([subjectId, predicate, objectId, articleId, sentenceIndex]);
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}
