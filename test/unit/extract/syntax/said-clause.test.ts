/**
 * Syntax extractor 2026-12-02.47: "Officials said Germany, France and Italy would join X" is often
 * parsed with "Officials said Germany" as the clausal subject of "join" (csubj(join, said), obj(said,
 * Germany)). The saying verb is read as the clause's reporter and its objects as the clause's subjects
 * (src/extract/syntax/relations/graph.ts). Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/said-clause.txt; recorded by `npm run record:annotations`, checked
 * against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or
 * CoNLL04 text.
 */
import { caseAnnotation, extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('a reported clause the parser reads as a clausal subject', () => {
  const x = run('syntax/said-clause');
  const facts = triples(x);

  it('the first recorded parse is the misreading this repairs; the second is parsed well', () => {
    const csubj = caseAnnotation('syntax/said-clause').annotation.sentences.map((s) =>
      s
        .basicDependencies!.filter((d) => d.dep === 'csubj')
        .map((d) => `${d.governorGloss}>${d.dependentGloss}`),
    );
    expect(csubj).toEqual([['join>said'], []]);
  });

  it('every listed subject does the reported act, with its modality', () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        'Germany JOINS United States (would)',
        'France JOINS United States (would)',
        'Italy JOINS United States (would)',
      ]),
    );
    expect(facts).toContain('Siemens ACQUIRES Alstom (would)');
  });
});
