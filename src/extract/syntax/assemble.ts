/**
 * From the entity table and the chosen relations to the output contract: ids like `person:simon-fuller`
 * (money, quantities and dates by their normalized value: `money:gbp-10600000`), mentions with character
 * offsets, sentences from the annotation's tokens, relations with their evidence. Objects that are
 * phrases, not entities, become EVENT or CONCEPT nodes named by their text.
 */
import type { Annotation } from '../../nlp/annotation';
import type { EntityType } from '../../vocabulary';
import { IdAllocator, relationId, slug } from '../ids';
import { EVENT_NOUNS } from '../lexicon/events';
import type {
  AttributeValue,
  Evidence,
  ExtractedEntity,
  ExtractedRelation,
  Mention,
  Sentence,
} from '../types';
import type { BuiltTable } from './entities';
import type { SyntaxMention } from './model';
import type { PhraseObject, SyntaxEvidence, SyntaxRelation } from './relations';

export function assembleSentences(annotation: Annotation, text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of annotation.sentences) {
    const first = s.tokens[0];
    const last = s.tokens[s.tokens.length - 1];
    if (first === undefined || last === undefined) continue;
    const start = first.characterOffsetBegin;
    const end = last.characterOffsetEnd;
    out.push({ index: s.index, start, end, text: text.slice(start, end) });
  }
  return out;
}

export interface Assembled {
  readonly entities: ExtractedEntity[];
  readonly relations: ExtractedRelation[];
}

interface Node {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly mentions: Mention[];
  readonly order: number;
  id: string;
}

class Spans {
  constructor(
    private readonly annotation: Annotation,
    private readonly text: string,
  ) {}

  range(sentence: number, first: number, last: number): { start: number; end: number } | undefined {
    const tokens = this.annotation.sentences[sentence]?.tokens;
    const a = tokens?.[first - 1];
    const b = tokens?.[last - 1];
    if (a === undefined || b === undefined) return undefined;
    return { start: a.characterOffsetBegin, end: b.characterOffsetEnd };
  }

  sentenceRange(sentence: number): { start: number; end: number } | undefined {
    const tokens = this.annotation.sentences[sentence]?.tokens;
    return tokens === undefined ? undefined : this.range(sentence, 1, tokens.length);
  }

  span(sentence: number, first: number, last: number): Mention | undefined {
    const r = this.range(sentence, first, last);
    return r === undefined ? undefined : { sentence, ...r, text: this.text.slice(r.start, r.end) };
  }
}

export function assemble(
  annotation: Annotation,
  text: string,
  table: BuiltTable,
  relations: readonly SyntaxRelation[],
): Assembled {
  const spans = new Spans(annotation, text);
  const nodes: Node[] = [];
  const byEntity = new Map<number, Node>();
  for (const entity of table.entities) {
    const mentions = entityMentions(spans, table, entity.mentions);
    if (mentions.length === 0) continue;
    const { idKey, ...attributes } = entity.attributes;
    const node: Node = {
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
      attributes,
      mentions,
      order: mentions[0]!.start,
      id: typeof idKey === 'string' ? idKey : slug(entity.name),
    };
    nodes.push(node);
    byEntity.set(entity.index, node);
  }
  const phrases = new Map<string, Node>();
  const phraseNode = (phrase: PhraseObject): Node | undefined => {
    if (phrase.role !== true && isGenericPhrase(annotation, phrase)) return undefined;
    const mention = spans.span(phrase.sentence, phrase.first, phrase.last);
    if (mention === undefined) return undefined;
    const key = phrase.text.toLowerCase();
    let node = phrases.get(key);
    if (node === undefined) {
      const head = annotation.sentences[phrase.sentence]?.tokens[phrase.head - 1];
      const type: EntityType =
        phrase.event === true || (head !== undefined && EVENT_NOUNS.has(head.lemma.toLowerCase()))
          ? 'EVENT'
          : 'CONCEPT';
      node = {
        type,
        name: phrase.text,
        aliases: [],
        attributes: {},
        mentions: [],
        order: mention.start,
        id: slug(phrase.text),
      };
      phrases.set(key, node);
      nodes.push(node);
    }
    if (!node.mentions.some((m) => m.start === mention.start && m.end === mention.end))
      node.mentions.push(mention);
    return node;
  };
  // A description the coreference resolved ("the company") is that entity, not a node of its own.
  const resolvedPhrase = (phrase: PhraseObject): Node | undefined => {
    const entity = table.entityAt({ sentence: phrase.sentence, token: phrase.head });
    return entity === undefined ? undefined : byEntity.get(entity.index);
  };
  const resolved = relations.map((r) => ({
    relation: r,
    subject: byEntity.get(r.subject),
    object:
      r.object !== undefined
        ? byEntity.get(r.object)
        : r.objectPhrase !== undefined
          ? (resolvedPhrase(r.objectPhrase) ?? phraseNode(r.objectPhrase))
          : undefined,
  }));
  nodes.sort((a, b) => a.order - b.order);
  const allocator = new IdAllocator();
  for (const node of nodes) node.id = allocator.allocate(`${node.type.toLowerCase()}:${node.id}`);
  const entities: ExtractedEntity[] = nodes.map((n) => ({
    id: n.id,
    name: n.name,
    type: n.type,
    aliases: [...n.aliases],
    attributes: sortedAttributes(n.attributes),
    mentions: n.mentions.sort((a, b) => a.start - b.start || a.end - b.end),
  }));
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const { relation: r, subject, object } of resolved) {
    if (subject === undefined || object === undefined || subject === object) continue;
    const evidence = r.evidence
      .map((e) => evidenceOf(spans, text, e))
      .filter((e): e is Evidence => e !== undefined);
    const key = [subject.id, r.predicate, object.id, r.negated ? 'not' : '', r.modality ?? ''].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const attributedTo = r.attributedTo === undefined ? undefined : byEntity.get(r.attributedTo)?.id;
    out.push({
      id: relationId([key, String(r.evidence[0]?.sentence ?? 0)]),
      subject: subject.id,
      predicate: r.predicate,
      object: object.id,
      confidence: r.confidence,
      negated: r.negated,
      modality: r.modality,
      date: r.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : null,
      evidence,
      ...(attributedTo === undefined ? {} : { attributedTo }),
      construction: r.construction,
    });
  }
  return { entities, relations: out };
}

/**
 * Phrases that name no node of their own: a bare noun ("the company", "customers") and a plural class
 * with only adjectives or nouns before it ("PC users"). Phrases with a name, a number, a prepositional
 * phrase or a singular modified head stay ("unauthorised access", "closure of the embassy").
 */
function isGenericPhrase(annotation: Annotation, phrase: PhraseObject): boolean {
  const tokens = annotation.sentences[phrase.sentence]?.tokens;
  if (tokens === undefined) return false;
  const inside = tokens
    .slice(phrase.first - 1, phrase.last)
    .filter((t) => phrase.text.includes(t.originalText));
  if (inside.length === 0) return false;
  const head = tokens[phrase.head - 1];
  if (head === undefined || !/^NNS?$/.test(head.pos)) return false;
  // "the company", "a statement", "the CD": a bare noun the coreference did not resolve is anaphoric or
  // generic; as a node it would join every article's "company".
  if (inside.every((t) => t === head || /^(DT|PRP\$)$/.test(t.pos))) return true;
  if (head.pos !== 'NNS') return false;
  // "customers", "PC users", "the majors": a plural with no name, number or prepositional phrase in it.
  return inside.every((t) => t === head || /^(DT|PRP\$|JJ|JJR|JJS|NN|NNS)$/.test(t.pos));
}

function entityMentions(spans: Spans, table: BuiltTable, mentions: readonly SyntaxMention[]): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of mentions) {
    const span = spans.span(m.sentence, m.first, m.last);
    if (span === undefined) continue;
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const titleStart = table.titleStartOf(m);
    out.push(titleStart === undefined || titleStart >= span.start ? span : { ...span, titleStart });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function evidenceOf(spans: Spans, text: string, e: SyntaxEvidence): Evidence | undefined {
  const whole = spans.sentenceRange(e.sentence);
  if (whole === undefined) return undefined;
  const subject = spans.range(e.sentence, e.subject.first, e.subject.last);
  const object = spans.range(e.sentence, e.object.first, e.object.last);
  const trigger = spans.range(e.sentence, e.trigger, e.trigger);
  return {
    sentence: e.sentence,
    start: whole.start,
    end: whole.end,
    text: text.slice(whole.start, whole.end),
    ...(subject === undefined ? {} : { subject }),
    ...(object === undefined ? {} : { object }),
    ...(trigger === undefined ? {} : { trigger }),
  };
}

function sortedAttributes(
  attributes: Readonly<Record<string, AttributeValue>>,
): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const k of Object.keys(attributes).sort()) out[k] = attributes[k]!;
  return out;
}
