/**
 * Syntax extractor 2026-12-02.58: "ORG's chief executive, NAME" where the NER read the organisation's
 * short name as a person ("Marlow" after "Marlow Dairies": joined to the one organisation it begins, on
 * the cue of its chief executive); "The chairman of ORG, NAME, has retired", parsed with the name in
 * apposition to the organisation, hangs the name from the role. Real CoreNLP output of sentences written
 * for these tests (test/fixtures/annotations/syntax/role-appositions.txt; recorded by `npm run
 * record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('roles set off in apposition', () => {
  const x = run('syntax/role-appositions');
  const facts = triples(x);

  it('"Marlow\'s chief executive, Hanna Lee": she leads Marlow Dairies, and Marlow is that firm', () => {
    expect(facts).toContain('Hanna Lee LEADS Marlow Dairies');
    expect(x.entities.find((e) => e.name === 'Marlow Dairies')?.aliases).toContain('Marlow');
    expect(x.entities.filter((e) => e.name === 'Marlow')).toEqual([]);
  });

  it('"The chairman of Ostrava Coaches, Piet Janssen, has retired": he led it', () => {
    expect(facts).toContain('Piet Janssen LEADS Ostrava Coaches');
  });
});
