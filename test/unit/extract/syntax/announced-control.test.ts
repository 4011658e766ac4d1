/**
 * Syntax extractor 2026-12-02.64: what a speaker announces is an act done to its object, not the object's
 * own act under a verb like "allow" ("the sale would allow Dunmore Foods to focus ...": no "permission of
 * Dunmore Foods"); and an "its" whose clause has a subject the NER left out or read as MISC ("Acme would
 * close its plant") is not an organisation from an earlier sentence. Real CoreNLP output of sentences
 * written for these tests (test/fixtures/annotations/syntax/announced-control.txt; recorded by `npm run
 * record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('announced acts', () => {
  const facts = triples(run('syntax/announced-control'));

  it('"would allow X to focus": no announced event about X', () => {
    expect(facts.filter((f) => f.startsWith('Tom Reyes ANNOUNCES'))).toEqual([]);
  });

  it('"Acme would close its plant": the plant is not the earlier firm\'s', () => {
    expect(facts.filter((f) => f.includes("Dunmore Foods'"))).toEqual([]);
    expect(facts).toContain('Acme CLOSES plant in Leeds (would)');
  });
});
