/**
 * Syntax extractor 2026-12-02.48: a clause with a subject of its own that names no entity ("while
 * analysts were saying that ...") borrows no subject from the clause it hangs from; "worked with firms to
 * secure X", parsed with "firms" as the subject of "secure" after mark "with", still gives the act to the
 * one who worked. Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/own-subject.txt; recorded by `npm run record:annotations`, checked
 * against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or
 * CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('clauses with a subject of their own', () => {
  const facts = triples(run('syntax/own-subject'));

  it('"X did A while analysts were saying that S": S is not what X said', () => {
    expect(facts.filter((f) => f.startsWith('Siemens STATES'))).toEqual([]);
  });

  it('"X worked with firms to secure Y": X secures Y', () => {
    expect(facts).toContain('Maria Lopez SECURE pledge of 500 jobs for veterans');
  });
});
