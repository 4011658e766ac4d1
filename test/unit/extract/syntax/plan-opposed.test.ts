/**
 * Syntax extractor 2026-12-02.62: the infinitive after a plan noun ("a plan to build ...") is a plan, and
 * whose plan it is matters: not the one who blocked it ("blocked a plan to build 300 flats"), not the one
 * who backed someone else's ("backed our plan to hire"), but the one who unveiled it, as a plan ("unveiled a
 * plan to build a factory": modality plan). The parser hangs the infinitive on the verb (xcomp), which gave
 * it the verb's subject. Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/plan-opposed.txt; recorded by `npm run record:annotations`, checked
 * against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or
 * CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('a plan to do something', () => {
  const facts = triples(run('syntax/plan-opposed'));

  it("is not done by the one who blocked it, nor by the one who backed another's plan", () => {
    expect(facts.filter((f) => f.startsWith('Jon Dahl'))).toEqual([]);
    expect(facts.filter((f) => f.startsWith('Harlow Nurses Union'))).toEqual([]);
  });

  it('is a plan of the one who unveiled it', () => {
    expect(facts).toContain('Nordwind BUILD factory in Ohio (plan)');
  });
});
