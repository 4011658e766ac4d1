/**
 * Syntax extractor 2026-12-02.44: "after criticising referee Ola Berg", "after buying Alstom" are often
 * parsed with the gerund as an adjective of the name and the name as the main verb's oblique. A gerund
 * right after a preposition, modifying a name, is read as an adverbial clause whose object is the name
 * and whose subject is the main clause's (src/extract/syntax/relations/graph.ts); an adjective before a
 * common noun ("rising star") is left alone. Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/gerund-misparsed.txt; recorded by `npm run record:annotations`,
 * checked against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never
 * news-dev or CoNLL04 text.
 */
import { caseAnnotation, extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('gerunds the parser reads as adjectives', () => {
  const facts = triples(run('syntax/gerund-misparsed'));

  it('the recorded parses hang the gerunds as amod, the misreading this repairs', () => {
    const amods = caseAnnotation('syntax/gerund-misparsed').annotation.sentences.map((s) =>
      s
        .basicDependencies!.filter((d) => d.dep === 'amod')
        .map((d) => `${d.governorGloss}>${d.dependentGloss}`),
    );
    expect(amods).toEqual([
      ['Ola>criticising'],
      ['Alstom>buying'],
      ['star>rising'],
      ['Support>Advancing', 'Families>Working'],
    ]);
  });

  it('"X did V after criticising/buying Name": X is the one who criticised or bought', () => {
    expect(facts).toContain('Karl Braun CONDEMNS Ola Berg');
    expect(facts).toContain('Siemens ACQUIRES Alstom');
    expect(facts.filter((f) => f.includes('AFTER'))).toEqual([]);
  });

  it('a capitalised gerund is a word of a name (2026-12-02.50): "the ... for Working Families Act"', () => {
    expect(facts.filter((f) => f.startsWith('Congress WORK'))).toEqual([]);
    expect(facts).toContain('Congress APPROVES Advancing Support for Working Families Act');
  });

  it('"after rising star Name" stays an adjective', () => {
    expect(facts.filter((f) => f.includes('RISE'))).toEqual([]);
    expect(facts).toContain('Ines Vogt WITHDRAWS_FROM Leeds');
  });
});
