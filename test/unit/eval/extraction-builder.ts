/**
 * Hand-made Extractions for the scorer's tests: entities get one mention per occurrence of their name
 * or aliases in the text, so tests read like the article they describe.
 */
import type { Extraction, ExtractedEntity, ExtractedRelation, Mention } from '../../../src/extract/types';
import type { EntityType } from '../../../src/vocabulary';

export interface EntityOptions {
  readonly aliases?: readonly string[];
  /** A title standing before the mentions ("President"): recorded as each mention's titleStart. */
  readonly title?: string;
}

export interface RelationOptions {
  readonly negated?: boolean;
  readonly modality?: string | null;
  /** Character spans of the arguments in the evidence, as the extractor may report them. */
  readonly spans?: {
    readonly subject: readonly [number, number];
    readonly object: readonly [number, number];
  };
}

export class ExtractionBuilder {
  private readonly entities: ExtractedEntity[] = [];
  private readonly relations: ExtractedRelation[] = [];

  constructor(readonly text: string) {}

  /** Every occurrence of `form` in the text, as mentions of sentence 0. */
  mentionsOf(form: string): Mention[] {
    const mentions: Mention[] = [];
    for (let at = this.text.indexOf(form); at >= 0; at = this.text.indexOf(form, at + form.length)) {
      mentions.push({ sentence: 0, start: at, end: at + form.length, text: form });
    }
    return mentions;
  }

  entity(name: string, type: EntityType, options: EntityOptions = {}): string {
    const id = `e${this.entities.length + 1}`;
    const aliases = options.aliases ?? [];
    const title = options.title;
    const mentions = [name, ...aliases]
      .flatMap((form) => this.mentionsOf(form))
      .map((m) =>
        title !== undefined && this.text.slice(0, m.start).endsWith(`${title} `)
          ? { ...m, titleStart: m.start - title.length - 1 }
          : m,
      )
      .sort((a, b) => a.start - b.start);
    this.entities.push({ id, name, type, aliases, attributes: {}, mentions });
    return id;
  }

  relation(subject: string, predicate: string, object: string, options: RelationOptions = {}): string {
    const id = `r${this.relations.length + 1}`;
    const spans = options.spans;
    const argumentSpans =
      spans === undefined
        ? {}
        : {
            subject: { start: spans.subject[0], end: spans.subject[1] },
            object: { start: spans.object[0], end: spans.object[1] },
          };
    const evidence = { sentence: 0, start: 0, end: this.text.length, text: this.text, ...argumentSpans };
    this.relations.push({
      id,
      subject,
      predicate,
      object,
      confidence: 1,
      negated: options.negated ?? false,
      modality: options.modality ?? null,
      date: null,
      evidence: [evidence],
    });
    return id;
  }

  build(): Extraction {
    const sentence = { index: 0, start: 0, end: this.text.length, text: this.text };
    const article = { id: 'test', title: null, date: null, sentences: [sentence] };
    return { article, entities: [...this.entities], relations: [...this.relations] };
  }
}
