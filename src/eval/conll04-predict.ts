/**
 * One extracted sentence -> one CoNLL04 prediction record. Every mention of an entity whose type maps
 * to CoNLL04 becomes a token-span entity, except pronoun mentions (CoNLL04 annotates names only).
 * A relation needs the spans of its two arguments: the evidence's `subject`/`object` spans when the
 * extractor gives them (and they are not pronouns), otherwise the argument entity's first mention inside
 * the evidence span, otherwise its first mention in the evidence sentence. Negated relations are dropped:
 * CoNLL04 annotates none. Person spans are widened over the titles CoNLL04 counts as part of the name
 * (conll04-mapping.ts).
 */
import type {
  CharRange,
  Evidence,
  Extraction,
  ExtractedEntity,
  ExtractedRelation,
  Mention,
} from '../extract/types';
import { conllEntityType, PERSON_SPAN_TITLES, predicateRule } from './conll04-mapping';
import { joinedBirthplaces, joinedPlace, type JoinedPlaces } from './conll04-places';
import type { ConllEntity, ConllEntityType, ConllRecord, ConllRelation } from './conll04-record';
import { PRONOUNS } from './forbidden-entities';
import { toTokenSpan, tokenOffsets, type TokenOffsets } from './token-spans';

export interface Prediction {
  readonly record: ConllRecord;
  /** Entity spans widened to whole tokens. */
  readonly snapped: number;
}

/** Reads the argument span the evidence gives, if any. */
function argumentRange(evidence: Evidence, role: 'subject' | 'object'): CharRange | null {
  return evidence[role] ?? null;
}

function isPronoun(text: string): boolean {
  return PRONOUNS.has(text.trim().toLowerCase());
}

class PredictionBuilder {
  readonly entities: ConllEntity[] = [];
  readonly relations: ConllRelation[] = [];
  snapped = 0;
  private readonly entityIndex = new Map<string, number>();
  private readonly relationKeys = new Set<string>();
  private readonly offsets: TokenOffsets;
  /** Start of the titled span of a person mention, by `start:end` of the mention. */
  private readonly titledStarts = new Map<string, number>();
  private readonly places: JoinedPlaces;

  constructor(
    private readonly text: string,
    tokens: readonly string[],
    extraction: Extraction,
  ) {
    this.offsets = tokenOffsets(tokens);
    this.places = joinedBirthplaces(text, extraction);
    for (const entity of extraction.entities) {
      if (entity.type !== 'PERSON') continue;
      for (const m of entity.mentions) {
        if (m.titleStart === undefined) continue;
        const title = text.slice(m.titleStart, m.start).trim();
        if (PERSON_SPAN_TITLES.has(title)) this.titledStarts.set(`${m.start}:${m.end}`, m.titleStart);
      }
    }
  }

  /** The index of the entity for this character range, adding it when new; null if it covers no token. */
  entity(range: CharRange, type: ConllEntityType): number | null {
    if (isPronoun(this.text.slice(range.start, range.end))) return null;
    const place = type === 'Loc' ? joinedPlace(this.places, range) : range;
    const start =
      type === 'Peop' ? (this.titledStarts.get(`${range.start}:${range.end}`) ?? range.start) : place.start;
    const span = toTokenSpan(this.offsets, start, place.end);
    if (span === null) return null;
    const key = `${span.start}:${span.end}:${type}`;
    const known = this.entityIndex.get(key);
    if (known !== undefined) return known;
    if (span.snapped) this.snapped++;
    this.entities.push({ type, start: span.start, end: span.end });
    this.entityIndex.set(key, this.entities.length - 1);
    return this.entities.length - 1;
  }

  /**
   * CoNLL04 annotates a residence or a seat at every level of the nested places the sentence names
   * ("of Fresno, Calif.": Live_In Fresno and Live_In Calif.; on train 43 of 44 such pairs): a Live_In or
   * OrgBased_In to a place that is Located_In another place also holds for that other place.
   */
  closeOverContainment(): void {
    for (const relation of [...this.relations]) {
      if (relation.type !== 'Live_In' && relation.type !== 'OrgBased_In') continue;
      for (const container of this.relations)
        if (container.type === 'Located_In' && container.head === relation.tail)
          this.relation({ type: relation.type, head: relation.head, tail: container.tail });
    }
  }

  relation(relation: ConllRelation): void {
    if (relation.head === relation.tail) return;
    const key = `${relation.type}:${relation.head}:${relation.tail}`;
    if (this.relationKeys.has(key)) return;
    this.relationKeys.add(key);
    this.relations.push(relation);
  }
}

function mentionFor(entity: ExtractedEntity, evidence: Evidence): Mention | undefined {
  const inSentence = entity.mentions.filter((m) => m.sentence === evidence.sentence && !isPronoun(m.text));
  return inSentence.find((m) => m.start >= evidence.start && m.end <= evidence.end) ?? inSentence[0];
}

function argumentSpan(entity: ExtractedEntity, evidence: Evidence, role: 'subject' | 'object', text: string) {
  const given = argumentRange(evidence, role);
  if (given !== null && !isPronoun(text.slice(given.start, given.end))) {
    // A phrase around the name ("the Mediterranean Foundation research group"): CoNLL04 marks the name.
    const name = entity.mentions.find(
      (m) => m.start >= given.start && m.end <= given.end && !isPronoun(m.text),
    );
    return name ?? given;
  }
  return mentionFor(entity, evidence) ?? null;
}

function addRelation(
  builder: PredictionBuilder,
  relation: ExtractedRelation,
  entities: ReadonlyMap<string, ExtractedEntity>,
  text: string,
): void {
  const subject = entities.get(relation.subject);
  const object = entities.get(relation.object);
  if (subject === undefined || object === undefined || relation.negated) return;
  const subjectType = conllEntityType(subject.type);
  const objectType = conllEntityType(object.type);
  if (subjectType === null || objectType === null) return;
  const rule = predicateRule(relation.predicate, subjectType, objectType);
  if (rule === undefined) return;
  for (const evidence of relation.evidence) {
    const subjectSpan = argumentSpan(subject, evidence, 'subject', text);
    const objectSpan = argumentSpan(object, evidence, 'object', text);
    if (subjectSpan === null || objectSpan === null) continue;
    const head = builder.entity(subjectSpan, subjectType);
    const tail = builder.entity(objectSpan, objectType);
    if (head === null || tail === null) continue;
    builder.relation(
      rule.reversed ? { type: rule.relation, head: tail, tail: head } : { type: rule.relation, head, tail },
    );
    return;
  }
}

export function predictRecord(record: ConllRecord, extraction: Extraction): Prediction {
  const text = record.tokens.join(' ');
  const builder = new PredictionBuilder(text, record.tokens, extraction);
  for (const entity of extraction.entities) {
    const type = conllEntityType(entity.type);
    if (type === null) continue;
    for (const mention of entity.mentions) builder.entity(mention, type);
  }
  const byId = new Map(extraction.entities.map((entity) => [entity.id, entity]));
  for (const relation of extraction.relations) addRelation(builder, relation, byId, text);
  builder.closeOverContainment();
  const prediction = { ...record, entities: builder.entities, relations: builder.relations };
  return { record: prediction, snapped: builder.snapped };
}
