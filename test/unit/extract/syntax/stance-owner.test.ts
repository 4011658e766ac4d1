/**
 * Syntax extractor 2026-12-02.51: a stance toward a thing is a stance toward its owner: "condemned
 * Russia's decision" also CONDEMNS Russia, "opposed Siemens's plan" also OPPOSES Siemens (stancePredicates
 * in the relation lexicon); "supported its own plan" relates nothing to itself. Real CoreNLP output of
 * sentences written for these tests (test/fixtures/annotations/syntax/stance-owner.txt; recorded by `npm
 * run record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe("stances toward a thing's owner", () => {
  const facts = triples(run('syntax/stance-owner'));

  it('gives the stance toward the possessor as well as the thing', () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        "Britain CONDEMNS Russia's decision",
        'Britain CONDEMNS Russia',
        "Maria Lopez OPPOSES Siemens's plan",
        'Maria Lopez OPPOSES Siemens',
      ]),
    );
  });

  it('never relates an entity to itself through its own possession', () => {
    expect(facts.filter((f) => f.startsWith('Nordbahn AG SUPPORTS Nordbahn AG'))).toEqual([]);
  });
});
