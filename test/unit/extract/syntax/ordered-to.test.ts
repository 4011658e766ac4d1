/**
 * Syntax extractor 2026-12-02.67: what someone is ordered, forced, asked or urged to do is not done yet:
 * the act of "ordered X to return ..." carries the modality of the controlling verb (data modalityVerbs:
 * ordered, forced, asked, urged, required), as "plans to" already gave plan. Real CoreNLP output of
 * sentences written for these tests (test/fixtures/annotations/syntax/ordered-to.txt; recorded by `npm
 * run record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('ordered or forced to do something', () => {
  const facts = triples(run('syntax/ordered-to'));

  it('is an order, not a fact', () => {
    expect(facts.filter((f) => f.startsWith('Galerie Roux RETURN'))).toEqual([
      'Galerie Roux RETURN two paintings (ordered)',
    ]);
  });

  it('is forced, not chosen', () => {
    expect(facts).toContain('Vantor Group SELL Kestrel Air (forced)');
    expect(facts.filter((f) => f.startsWith('Vantor Group') && !f.endsWith('(forced)'))).toEqual([]);
  });
});
