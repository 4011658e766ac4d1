/**
 * The syntax extractor's output in the form its unit tests assert on: relations as short strings, over the
 * case fixtures (real CoreNLP output of sentences written for the tests, test/fixtures/annotations/<folder>/
 * <case>.{txt,json}) or over hand parses (test/helpers/hand-parse.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFromAnnotation } from '../../src/extract/syntax';
import { viewOf } from '../../src/extract/syntax/entities/document';
import type { Extraction } from '../../src/extract/types';
import type { Annotation, CorefMention } from '../../src/nlp/annotation';
import { handParse, type HandCoref } from './hand-parse';

const ANNOTATIONS_DIR = path.join(__dirname, '..', 'fixtures', 'annotations');

/** A case fixture's text and its recorded annotation ("syntax/origin"). */
export function caseAnnotation(name: string): { text: string; annotation: Annotation } {
  const text = readFileSync(path.join(ANNOTATIONS_DIR, `${name}.txt`), 'utf8');
  const annotation = JSON.parse(
    readFileSync(path.join(ANNOTATIONS_DIR, `${name}.json`), 'utf8'),
  ) as Annotation;
  return { text, annotation };
}

/** The syntax extractor on a case fixture, with no options (as `npm run eval:news-dev` runs it). */
export function extractCase(name: string): Extraction {
  const { text, annotation } = caseAnnotation(name);
  return extractFromAnnotation(text, annotation, {});
}

/** The coreference chains the extractor builds for a case fixture (its annotations carry none). */
export function caseChains(name: string): (readonly CorefMention[])[] {
  const { text, annotation } = caseAnnotation(name);
  return Object.values(viewOf(annotation, text).chains);
}

/** The syntax extractor on a hand parse. */
export function extractHand(
  spec: readonly string[],
  chains: readonly (readonly HandCoref[])[] = [],
): Extraction {
  const { text, annotation } = handParse(spec, chains);
  return extractFromAnnotation(text, annotation, {});
}

/**
 * Relations as "Subject PREDICATE Object", then " (not)" for a negated one when `negation` is asked, then
 * " (modality)".
 */
export function triples(x: Extraction, { negation = false }: { negation?: boolean } = {}): string[] {
  const name = (id: string): string => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map(
    (r) =>
      `${name(r.subject)} ${r.predicate} ${name(r.object)}${negation && r.negated ? ' (not)' : ''}${
        r.modality ? ` (${r.modality})` : ''
      }`,
  );
}
