/**
 * Syntax extractor 2026-12-02.60: the "she" of '"...," she told reporters' is not a name inside the
 * quotation it closes (the speaker of a quotation is rarely named in it), and the one who spoke just
 * before may be named in apposition to the subject ("Its chief executive, Hanna Lee, said ..."). Real
 * CoreNLP output of sentences written for these tests (test/fixtures/annotations/syntax/quote-speaker.txt;
 * recorded by `npm run record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('the pronoun that closes a quotation', () => {
  const x = run('syntax/quote-speaker');
  const facts = triples(x);
  const name = (id: string | undefined): string | undefined => x.entities.find((e) => e.id === id)?.name;
  const source = (predicate: string, subject: string): (string | undefined)[] =>
    x.relations
      .filter((r) => r.predicate === predicate && name(r.subject) === subject)
      .map((r) => name(r.attributedTo));

  it('is the speaker named in apposition just before, not the firm named in the quote', () => {
    expect(facts.filter((f) => f.startsWith('Kettleby TELL'))).toEqual([]);
    expect(facts).toContain('Hanna Lee TELL_REPORTER_IN Leeds');
    expect(source('HAVE', 'Kettleby')).toEqual(['Hanna Lee']);
  });

  it('is the person named before the quotation when the quote names another', () => {
    expect(source('HAVE', 'Ashby')).toEqual(['Tom Reyes']);
  });
});
