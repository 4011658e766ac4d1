/**
 * Syntax extractor 2026-12-02.42: relative clauses the parser misreads. A sentence opening "N, which V
 * ..., " often comes out with N as the root and the rest hung from it any which way: "Poland, which
 * borders Germany, is led by X" with "borders" as the passive's subject, "which" its object and the main
 * verb a relative clause of N; "Siemens, which bought Alstom ..., raised ..." with both verbs as dep. A
 * later ", Y, who has allied with Z" then hangs as dep from the first name. Both are repaired in the
 * sentence graph (src/extract/syntax/relations/graph.ts).
 * Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/relative-misparsed.txt; recorded by `npm run record:annotations`,
 * checked against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never
 * news-dev or CoNLL04 text.
 */
import { caseAnnotation, extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('relative clauses the parser misreads', () => {
  const facts = triples(run('syntax/relative-misparsed'));

  it('the recorded parses are the misreadings this repairs', () => {
    const { annotation } = caseAnnotation('syntax/relative-misparsed');
    const roots = annotation.sentences.map(
      (s) => s.basicDependencies?.find((d) => d.governor === 0)?.dependentGloss,
    );
    expect(roots).toEqual(['Poland', 'Kenya', 'Siemens', 'AG', 'Toyota']);
    expect(annotation.sentences[1]!.basicDependencies!.some((d) => d.dep === 'dep')).toBe(true);
  });

  it('"N, which borders X, is led by Y": N borders X, and Y leads N', () => {
    expect(facts).toEqual(expect.arrayContaining(['Poland BORDERS Germany', 'Andrzej Duda LEADS Poland']));
    expect(facts).toEqual(
      expect.arrayContaining(['Kenya BORDERS Somalia', 'Kenya BORDERS Ethiopia', 'Mary Wanjiku LEADS Kenya']),
    );
  });

  it('"N, which V X ..., [adverbs] MAIN ...": N does V to X, whatever the parser hung where', () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        'Siemens ACQUIRES Alstom',
        'Nordbahn AG ACQUIRES 40% stake in the port of Gdansk',
        'Toyota EMPLOY 300,000 people',
      ]),
    );
  });

  it('", Y, who has allied with Z" left as dep is Y\'s relative clause', () => {
    expect(facts).toContain('Mary Wanjiku ALLIED_WITH Tanzania');
    expect(facts.filter((f) => f.startsWith('Kenya ALLIED_WITH'))).toEqual([]);
  });
});
