/**
 * Syntax extractor 2026-12-02.59: what people the text does not name report ("Investigators said he had
 * smuggled ...") is no assertion of the article: its facts carry the modality "reported" (no source to
 * attribute them to). A pronoun subject ("we believe", "I hope": the writer) does not count. Real CoreNLP
 * output of sentences written for these tests (test/fixtures/annotations/syntax/unnamed-reporter.txt;
 * recorded by `npm run record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { extractCase as run } from '../../../helpers/syntax-facts';

describe('facts reported by people the text does not name', () => {
  const x = run('syntax/unnamed-reporter');
  const name = (id: string | undefined): string | undefined => x.entities.find((e) => e.id === id)?.name;
  const smuggling = x.relations.filter((r) => r.predicate.startsWith('SMUGGLE'));

  it('are marked reported, with no source', () => {
    expect(smuggling.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`)).toEqual([
      'Anton Vale SMUGGLE 40 parrots',
      'Anton Vale SMUGGLE_INTO Britain',
    ]);
    for (const r of smuggling) {
      expect(r.modality).toBe('reported');
      expect(r.attributedTo).toBeUndefined();
    }
  });

  it('while a named speaker still states what he said', () => {
    const states = x.relations.filter((r) => r.predicate === 'STATES');
    expect(states.map((r) => name(r.subject))).toEqual(['Anton Vale']);
    expect(states[0]?.modality).toBeNull();
  });
});
