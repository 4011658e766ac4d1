/**
 * Syntax extractor 2026-12-02.68: embassies as facilities of one owner and one city, titles as roles of one
 * state or organisation (HOLDS_TITLE), a country's forces acting for it, and a run-on list of names read
 * as the subjects of the verb after it. Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/missions-titles.txt; recorded by `npm run record:annotations`, checked
 * against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or
 * CoNLL04 text.
 */
import { caseAnnotation, extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('embassies, titles, forces and run-on lists', () => {
  const x = run('syntax/missions-titles');
  const facts = triples(x);
  const entity = (name: string) => x.entities.find((e) => e.name === name);

  describe('an embassy is a facility of its country in its city', () => {
    it('names it by owner and city, the owner read through "its" and through a nationality', () => {
      const lima = entity("Canada's embassy in Lima");
      expect(lima).toMatchObject({ type: 'FACILITY', attributes: { kind: 'embassy' } });
      expect(entity("Canada's embassy in Quito")?.type).toBe('FACILITY');
    });

    it('an embassy "in" a country is the one in its capital: one facility, not two', () => {
      // "its embassy in Lima" (sentence 1) and "the Canadian embassy in Peru" (sentence 4).
      const lima = entity("Canada's embassy in Lima")!;
      expect(new Set(lima.mentions.map((m) => m.text))).toEqual(
        new Set(['embassy in Lima', 'embassy in Peru']),
      );
      expect(x.entities.filter((e) => e.type === 'FACILITY')).toHaveLength(2);
    });

    it('the closing verb takes the facility as its object; the facility belongs to its country', () => {
      expect(facts).toContain("Canada CLOSES Canada's embassy in Lima (would)");
      expect(facts).toContain("Canada's embassy in Lima BELONGS_TO Canada");
      expect(facts).toContain("Canada's embassy in Quito BELONGS_TO Canada");
      // "in Peru" hung on "shut" by the parser is part of the embassy's name, no second object.
      expect(facts.filter((f) => f.includes('Peru') && !f.includes('JOINS'))).toEqual([]);
    });

    it('the event the speaker announces names the facility', () => {
      expect(facts).toContain("Jane Holt ANNOUNCES closure of Canada's embassy in Lima (will)");
    });
  });

  describe('HOLDS_TITLE points at a role of one owner', () => {
    it("an organisation's office: the organisation the title names", () => {
      expect(facts).toContain('Tom Reed HOLDS_TITLE chief executive of Rolls-Royce');
    });

    it("a state office with no owner named: the article's home country", () => {
      expect(facts).toContain('Jane Holt HOLDS_TITLE Foreign Minister of Canada');
      const role = x.entities.find((e) => e.name === 'Foreign Minister of Canada')!;
      expect(role.type).toBe('CONCEPT');
      // The role's mention is the title as written, so a search for "Foreign Minister" finds it.
      expect(role.mentions.map((m) => m.text)).toEqual(['Foreign Minister']);
    });

    it('never for a head of state with no country named, nor a post no longer held', () => {
      expect(facts.filter((f) => f.startsWith('Luis Arce HOLDS_TITLE'))).toEqual([]);
      expect(facts.filter((f) => f.startsWith('Bob Lane HOLDS_TITLE'))).toEqual([]);
      // The titles stay attributes of the person.
      expect(entity('Luis Arce')?.attributes.title).toBe('President');
    });
  });

  it('a nationality before "forces" names the country, which attacks the place of the attack', () => {
    expect(facts).toContain('Syria ATTACKS Lebanon');
    expect(x.entities.some((e) => /forces/i.test(e.name))).toBe(false);
  });

  describe('a run-on list of names before a verb whose reporter the parser made its clausal subject', () => {
    it('the recorded parse is the misreading this repairs: the names hang as dep, "said" as csubj', () => {
      const sentences = caseAnnotation('syntax/missions-titles').annotation.sentences;
      const last = sentences[sentences.length - 1]!.basicDependencies!;
      expect(
        last.filter((d) => d.dep === 'csubj').map((d) => `${d.governorGloss}>${d.dependentGloss}`),
      ).toEqual(['join>said']);
      expect(last.some((d) => d.dep === 'dep' && d.dependentGloss === 'Mexico')).toBe(true);
    });

    it('every name of the list does the act, with its modality; the speaker is no subject', () => {
      expect(facts).toEqual(
        expect.arrayContaining([
          'Mexico JOINS Canada (will)',
          'Chile JOINS Canada (will)',
          'Peru JOINS Canada (will)',
        ]),
      );
      expect(facts.filter((f) => f.startsWith('Obama'))).toEqual([]);
    });
  });
});
