/**
 * Syntax extractor 2026-12-02.54: an "it"/"its" whose clause (or the saying clause above it) has a subject
 * that names nothing ("The council will cut its budget", "The report said it would cost ...") stands for
 * that subject, not for an organisation named in an earlier sentence; a pronoun with no such subject still
 * resolves ("It said ..."). Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/unnamed-subject.txt; recorded by `npm run record:annotations`, checked
 * against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or
 * CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('a pronoun under a subject nobody named', () => {
  const facts = triples(run('syntax/unnamed-subject'));

  it('"The council will cut its budget": not the budget of the last organisation', () => {
    expect(facts.filter((f) => f.includes('Labs'))).toEqual([]);
    expect(facts).toContain('Tom Reyes ANNOUNCES cut of its budget (will)');
  });

  it('"It said ..." after a named subject still is that organisation', () => {
    expect(facts).toContain('Garrow Foods STATES the sale would help its plans');
  });
});
