/**
 * Syntax extractor 2026-12-01.38: a person's home named with its place ("X's Bergen home", "his hometown
 * of Y") is where they live, unless it is a vacation, former or childhood home; the victim of a killing is
 * a person whatever the NER read ("the slaying of Mendes"); "X was the gunman who killed Y" is X's act, and "met the
 * man who killed Y" is not the one who met; "cannot remember shooting Y" negates the memory, not the
 * shooting; "serving a life sentence for the slaying of Y" puts the act on the one serving it; a verb of
 * appointment gives its object the role ("named X chairman of Y", also when the parser reads "X chairman"
 * as one noun phrase). Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/roles-and-victims.txt; recorded by `npm run record:annotations`,
 * checked against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never
 * news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('homes, victims, relative clauses, penalties and appointments', () => {
  const x = run('syntax/roles-and-victims');
  const facts = triples(x);

  it('"X\'s Bergen home" and "his hometown of Y" say where X lives; a vacation home does not', () => {
    expect(facts).toContain('Kari Nilsen LIVES_IN Bergen');
    expect(facts).toContain('Tor Haug LIVES_IN Tromso');
    expect(facts).not.toContain('Ole Berg LIVES_IN Aspen');
  });

  it('the victim of a killing is a person, whatever the NER read', () => {
    expect(x.entities.find((e) => e.name === 'Mendes')?.type).toBe('PERSON');
    expect(x.entities.find((e) => e.name === 'Denver')?.type).toBe('PERSON');
    expect(facts).toContain('Ola Ness KILLS Denver');
  });

  it('"X was the gunman who killed Y" is X\'s act; "X met the man who killed Y" is not', () => {
    expect(facts).toContain('Jon Dahl KILLS Eirik Hovland');
    expect(facts.filter((f) => f.startsWith('Nils Vik KILLS'))).toEqual([]);
  });

  it('"cannot remember shooting Y": the shooting is not negated', () => {
    expect(facts).toContain('Geir Moen KILLS Odd Lunde');
    expect(facts.filter((f) => f.startsWith('Geir Moen KILLS Odd Lunde ('))).toEqual([]);
  });

  it('serving a sentence for a slaying puts the act on the one serving it', () => {
    expect(facts).toContain('Lars Bru KILLS Anders Aas');
  });

  it('a verb of appointment gives its object the role, not its subject', () => {
    expect(facts).toContain('Mary Holm LEADS Delta Airlines');
    expect(facts).toContain('Acme Corp APPOINTS Mary Holm');
    expect(facts).toContain('Siri Lund WORKS_FOR Bergen Times');
    expect(facts).toContain('Acme Corp APPOINTS Siri Lund');
    expect(
      facts.filter((f) => f.startsWith('Acme Corp WORKS_FOR') || f.startsWith('Acme Corp LEADS')),
    ).toEqual([]);
  });
});
