/**
 * Syntax extractor 2026-12-02.43: "X alleges (that) Y did Z" is an accusation of Y as well as a statement
 * (X ACCUSES Y, X ALLEGE the clause, Y's act attributed to X); "said" accuses no one. A clause with its
 * own subject hung from a saying verb as dep ("alleges Samsung copied", "copied" tagged VBN) is read as
 * what was said (src/extract/syntax/relations/graph.ts). Real CoreNLP output of sentences written for
 * these tests (test/fixtures/annotations/syntax/alleging.txt; recorded by `npm run record:annotations`,
 * checked against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never
 * news-dev or CoNLL04 text.
 */
import { caseAnnotation, extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('allegations', () => {
  const x = run('syntax/alleging');
  const facts = triples(x);

  it('the recorded parse hangs the alleged clause as dep, the misreading this repairs', () => {
    const deps = caseAnnotation('syntax/alleging').annotation.sentences[0]!.basicDependencies!;
    expect(deps.some((d) => d.dep === 'dep' && d.governorGloss === 'alleges')).toBe(true);
  });

  it('"X alleges Y did Z": X accuses Y', () => {
    expect(facts).toContain('Apple ACCUSES Samsung');
    expect(facts).toContain('Maria Lopez ACCUSES Karl Braun');
  });

  it('the alleged act is reported by the one who alleges it', () => {
    const copy = x.relations.find((r) => r.predicate === 'COPY');
    const apple = x.entities.find((e) => e.name === 'Apple');
    expect(copy?.attributedTo).toBe(apple?.id);
  });

  it('"X said that Y did Z" accuses no one', () => {
    expect(facts.filter((f) => f.includes('ACCUSES Karl Braun'))).toEqual(['Maria Lopez ACCUSES Karl Braun']);
    expect(facts.filter((f) => f.startsWith('Maria Lopez ACCUSES')).length).toBe(1);
  });
});
