/**
 * Hand-made Extractions for the graph's tests, written against the extractor's contract
 * (src/extract/types.ts): entities are found in the text by their name and aliases, facts point at a
 * sentence. The graph is tested without depending on what the extractor finds.
 */
import type { AttributeValue, Extraction, Mention, Sentence } from '../../../src/extract/types';
import type { Extractor } from '../../../src/graph/extractor';
import type { EntityType } from '../../../src/vocabulary';

export interface EntitySpec {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
}

export interface RelationSpec {
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  /** Index of the sentence that states it; default 0. */
  readonly sentence?: number;
  readonly confidence?: number;
  readonly negated?: boolean;
  readonly modality?: string | null;
  /** YYYY-MM-DD when the sentence dates the fact; default none. */
  readonly date?: string | null;
  /** The id of the entity the article says stated it (reported speech). */
  readonly attributedTo?: string;
}

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^.!?\n]+[.!?]?/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const raw = match[0];
    const start = match.index + (raw.length - raw.trimStart().length);
    const trimmed = raw.trim();
    if (trimmed !== '')
      sentences.push({ index: sentences.length, start, end: start + trimmed.length, text: trimmed });
  }
  return sentences;
}

function mentionsOf(text: string, forms: readonly string[], sentences: readonly Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const sentence = sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;
      mentions.push({ sentence, start: at, end: at + form.length, text: form });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export function buildExtraction(
  text: string,
  entities: readonly EntitySpec[],
  relations: readonly RelationSpec[] = [],
  id = 'article',
): Extraction {
  const sentences = sentencesOf(text);
  return {
    article: { id, title: null, date: null, sentences },
    entities: entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases ?? [],
      attributes: entity.attributes ?? {},
      mentions: mentionsOf(text, [entity.name, ...(entity.aliases ?? [])], sentences),
    })),
    relations: relations.map((relation, index) => {
      const sentence = sentences[relation.sentence ?? 0] ?? { index: 0, start: 0, end: 0, text: '' };
      return {
        id: `r${index}`,
        subject: relation.subject,
        predicate: relation.predicate,
        object: relation.object,
        confidence: relation.confidence ?? 0.9,
        negated: relation.negated ?? false,
        modality: relation.modality ?? null,
        ...(relation.attributedTo === undefined ? {} : { attributedTo: relation.attributedTo }),
        date: relation.date ?? null,
        evidence: [
          { sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text },
        ],
      };
    }),
  };
}

/** An extractor that answers from a table keyed by the exact text. */
export function tableExtractor(
  table: ReadonlyArray<readonly [string, readonly EntitySpec[], readonly RelationSpec[]]>,
): Extractor {
  return (text, options) => {
    const entry = table.find(([known]) => known === text);
    if (entry === undefined) throw new Error(`no extraction prepared for: ${text.slice(0, 60)}`);
    return buildExtraction(text, entry[1], entry[2], options.id);
  };
}

/**
 * For tests that ingest texts nobody prepared: every run of capitalized words after a sentence's first
 * word is an entity (COUNTRY when it is one of a few country names, else PERSON when two words or more,
 * else ORGANIZATION), and the first two entities of a sentence are related by RELATED_TO.
 */
const COUNTRIES = new Set(['United States', 'Belarus', 'Ukraine', 'Russia', 'US']);

export const naiveExtractor: Extractor = (text, options) => {
  const entities = new Map<string, EntitySpec>();
  const relations: RelationSpec[] = [];
  sentencesOf(text).forEach((sentence) => {
    const names = [...sentence.text.matchAll(/(?<=\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)*/g)].map((m) => m[0]);
    for (const name of names) {
      const type = COUNTRIES.has(name) ? 'COUNTRY' : name.includes(' ') ? 'PERSON' : 'ORGANIZATION';
      if (!entities.has(name)) entities.set(name, { id: `e${entities.size}`, name, type });
    }
    const [subject, object] = names.map((name) => entities.get(name)?.id ?? '');
    if (subject !== undefined && object !== undefined) {
      relations.push({ subject, predicate: 'RELATED_TO', object, sentence: sentence.index });
    }
  });
  return buildExtraction(text, [...entities.values()], relations, options.id);
};
