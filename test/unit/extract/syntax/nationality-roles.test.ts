/**
 * Syntax extractor 2026-12-02.66: a nationality before a role that no state employs ("French striker X",
 * "the Argentine actor X"; data list nationalityRoles) makes X a citizen, not an employee, of the country;
 * before a state's role ("Russian diplomat X") it still names the employer. Real CoreNLP output of
 * sentences written for these tests (test/fixtures/annotations/syntax/nationality-roles.txt; recorded by
 * `npm run record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('a nationality before a role', () => {
  const facts = triples(run('syntax/nationality-roles'));

  it('is citizenship for a player or an actor', () => {
    expect(facts).toEqual(
      expect.arrayContaining(['Pierre Morel CITIZEN_OF France', 'Luis Perez CITIZEN_OF Argentina']),
    );
    expect(facts.filter((f) => /(Morel|Perez) WORKS_FOR/.test(f))).toEqual([]);
  });

  it('is the employer of a diplomat', () => {
    expect(facts).toContain('Ivan Petrov WORKS_FOR Russia');
  });
});
