/**
 * Syntax extractor 2026-12-02.65: one who leaves a post with no object ("has resigned", "quit as chairman
 * of Y", "stepped down") WITHDRAWS_FROM the organisation the same sentence gives him a role at, with the
 * clause's negation. Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/departures.txt; recorded by `npm run record:annotations`, checked
 * against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or
 * CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('leaving a post', () => {
  const facts = triples(run('syntax/departures'), { negation: true });
  const left = facts.filter((f) => f.includes('WITHDRAWS_FROM'));

  it('"X, chief executive of Y, has resigned" and the like: X withdraws from Y', () => {
    expect(left).toEqual(
      expect.arrayContaining([
        'Daniel Voss WITHDRAWS_FROM Corbel Motors',
        'Ann Lee WITHDRAWS_FROM Acme Foods',
        'Tom Reyes WITHDRAWS_FROM Acme Foods',
      ]),
    );
  });

  it('"did not resign" is negated', () => {
    expect(left).toContain('Jon Dahl WITHDRAWS_FROM Vantor Group (not)');
    expect(left).not.toContain('Jon Dahl WITHDRAWS_FROM Vantor Group');
  });
});
