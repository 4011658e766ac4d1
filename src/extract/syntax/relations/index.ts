/**
 * The relation stage of the syntax extractor: `readRelations(annotation, table, text)` reads relations
 * between the entity stage's entities from CoreNLP's dependency graphs (enhanced++, else basic).
 *
 * Pipeline: one SentenceGraph per sentence (edges indexed once) -> the readers emit candidates
 * (readers.ts) -> the PredicateChooser names them (predicate-chooser.ts) -> one confidence function scores
 * them (confidence.ts) -> candidates with the same (subject, predicate, object) merge, keeping every
 * evidence. Objects that are not named entities come back as `objectPhrase` (the assembler makes an
 * EVENT or CONCEPT node named by its text). No self-loops; never a relation between two mentions of one
 * entity; DATE entities are never arguments (they date the fact: `date`).
 */
import type { Annotation } from '../../../nlp/annotation';
import { isKnownPredicate } from '../../../vocabulary/predicates';
import type { EntityTable } from '../model';
import { confidenceFromFeatures, type RelationFeatures } from './confidence';
import { SentenceGraph } from './graph';
import type { PhraseObject } from './phrase';
import { actsOnBehalf, homeCountry, nationalTargets } from './on-behalf';
import { SentenceReader, type Candidate } from './readers';
import { titleHolders } from './titles';

export type { PhraseObject } from './phrase';
export { choosePredicate, type PredicateQuery } from './predicate-chooser';
export { confidenceFromFeatures, WEIGHTS, type RelationFeatures, type Weights } from './confidence';

/** Tokens [first, last] of one sentence, 1-based and inclusive. */
export interface TokenSpan {
  readonly first: number;
  readonly last: number;
}

/** One reading of a relation in one sentence. */
export interface SyntaxEvidence {
  readonly sentence: number;
  /** The trigger token (verb, nominalization, role noun), 1-based. */
  readonly trigger: number;
  /** The subject's mention (a pronoun's own span when it was resolved). */
  readonly subject: TokenSpan;
  /** The object's mention, or the phrase's span. */
  readonly object: TokenSpan;
  readonly construction: string;
  /** Dependency relations from subject to object through the trigger. */
  readonly path: readonly string[];
  /** This reading's confidence (the API combines readings, once). */
  readonly confidence: number;
  readonly features: RelationFeatures;
}

export interface SyntaxRelation {
  /** Entity index of the subject in the EntityTable. */
  readonly subject: number;
  /** Entity index of the object; absent when the object is a phrase. */
  readonly object?: number;
  /** The object when it is not a named entity: an EVENT or CONCEPT node named by `text`. */
  readonly objectPhrase?: PhraseObject;
  /** UPPER_SNAKE, valid against PREDICATE_PATTERN. */
  readonly predicate: string;
  /** The best reading's confidence. */
  readonly confidence: number;
  readonly negated: boolean;
  /** "may", "will", "plan"...; null for a plain assertion. */
  readonly modality: string | null;
  /** The best reading's construction. */
  readonly construction: string;
  /** Entity index of who said it, for facts inside reported speech. */
  readonly attributedTo?: number;
  /** The fact's date from a DATE in its clause: "2003", "2004-12", "2004-12-01". */
  readonly date?: string;
  readonly evidence: readonly SyntaxEvidence[];
}

function features(candidate: Candidate): RelationFeatures {
  return {
    construction: candidate.construction,
    subjectNer: candidate.subject.ner,
    objectNer: candidate.object.ner,
    pathLength: candidate.path.length,
    pronounSubject: candidate.subject.resolved,
    phraseObject: candidate.object.phrase !== undefined,
    knownPredicate: isKnownPredicate(candidate.predicate),
    negated: candidate.negated,
    modal: candidate.modality !== null,
    reported: candidate.attributedTo !== undefined,
  };
}

function objectKey(candidate: Candidate): string {
  if (candidate.object.entity) return `e${candidate.object.entity.index}`;
  return `p${candidate.object.phrase!.text.toLowerCase()}`;
}

export function readRelations(
  annotation: Annotation,
  table: EntityTable,
  text: string,
): readonly SyntaxRelation[] {
  void text; // offsets come from the annotation's tokens; kept in the signature for phrase readers.
  const merged = new Map<string, { relation: SyntaxRelation; evidence: SyntaxEvidence[] }>();
  const order: string[] = [];
  const read = annotation.sentences.flatMap((sentence) =>
    new SentenceReader(new SentenceGraph(sentence), sentence.index, table).read(),
  );
  // "sanctions against Belarusian firms" also target Belarus; a head of state's acts are also the
  // state's. Each sentence's own first, in sentence order (sort is stable).
  const own = [...read, ...nationalTargets(table, read)];
  const home = homeCountry(annotation, table);
  const candidates = [
    ...own,
    ...actsOnBehalf(table, home, own),
    ...titleHolders(annotation, table, own, home),
  ].sort((a, b) => a.sentence - b.sentence);
  {
    for (const candidate of candidates) {
      const f = features(candidate);
      const confidence = confidenceFromFeatures(f);
      const evidence: SyntaxEvidence = {
        sentence: candidate.sentence,
        trigger: candidate.trigger,
        subject: { first: candidate.subject.first, last: candidate.subject.last },
        object: { first: candidate.object.first, last: candidate.object.last },
        construction: candidate.construction,
        path: candidate.path,
        confidence,
        features: f,
      };
      const key = `${candidate.subject.entity!.index}|${candidate.predicate}|${objectKey(candidate)}`;
      const existing = merged.get(key);
      if (existing) {
        existing.evidence.push(evidence);
        if (confidence > existing.relation.confidence)
          existing.relation = relationOf(candidate, confidence, existing.evidence);
        continue;
      }
      const list = [evidence];
      merged.set(key, { relation: relationOf(candidate, confidence, list), evidence: list });
      order.push(key);
    }
  }
  return order.map((key) => {
    const { relation, evidence } = merged.get(key)!;
    return { ...relation, evidence };
  });
}

function relationOf(candidate: Candidate, confidence: number, evidence: SyntaxEvidence[]): SyntaxRelation {
  return {
    subject: candidate.subject.entity!.index,
    ...(candidate.object.entity
      ? { object: candidate.object.entity.index }
      : { objectPhrase: candidate.object.phrase! }),
    predicate: candidate.predicate,
    confidence,
    negated: candidate.negated,
    modality: candidate.modality,
    construction: candidate.construction,
    ...(candidate.attributedTo !== undefined ? { attributedTo: candidate.attributedTo } : {}),
    ...(candidate.date ? { date: candidate.date } : {}),
    evidence,
  };
}
