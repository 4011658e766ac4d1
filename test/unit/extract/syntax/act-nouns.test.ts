/**
 * Syntax extractor 2026-12-02.46: act nouns of the relation lexicon's nominalVerbs read as the verb they
 * name, with the possessor as the agent: "X's criticism of Y" (CONDEMNS), "X's support for Y" (SUPPORTS),
 * "X's lawsuit against Y" (SUE), "X's victory over Y" (BEAT), "X's sale of Y" (SELL). Real CoreNLP
 * output of sentences written for these tests (test/fixtures/annotations/syntax/act-nouns.txt; recorded
 * by `npm run record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('facts named by act nouns', () => {
  const facts = triples(run('syntax/act-nouns'));

  it('maps each act noun to its verb, never keeps the noun as the predicate', () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        'Karl Braun CONDEMNS Ola Berg',
        'Maria Lopez SUPPORTS Karl Braun',
        'Apple SUE Samsung',
        'Leeds BEAT Arsenal',
        'Siemens SELL Alstom',
      ]),
    );
    expect(facts.filter((f) => /CRITICISM|LAWSUIT|VICTORY|SALE/.test(f))).toEqual([]);
  });

  it('"sale of X to Y" sells X, and does not make Y the one sold', () => {
    expect(facts.filter((f) => f.startsWith('Siemens SELL'))).toEqual(['Siemens SELL Alstom']);
  });
});
