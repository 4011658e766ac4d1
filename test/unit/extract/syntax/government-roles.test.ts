/**
 * Syntax extractor 2026-12-02.55 and .56: "the government" is an organisation whose name holds "government" (a
 * nationality before it names one: "the Danish government"), never just the organisation in reach; a
 * government's minister serves it (only its head leads it, as for a country); the head of one function
 * ("finance director", "finance minister") works for the organisation, a managing director leads it.
 * Such a body is named once and described for the rest of the article: no sentence window.
 * Real CoreNLP output of sentences written for these tests (test/fixtures/annotations/syntax/
 * government-roles.txt; recorded by `npm run record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('governments and the roles held in them', () => {
  const facts = triples(run('syntax/government-roles'));

  it('"X, the government\'s finance minister": X works for the Danish government', () => {
    expect(facts).toContain('Lars Holm WORKS_FOR Danish government');
    expect(facts.filter((f) => f.startsWith('Lars Holm LEADS'))).toEqual([]);
  });

  it('a finance director works for the firm; its managing director leads it', () => {
    expect(facts).toContain('Eva Berg WORKS_FOR Acme Foods');
    expect(facts).toContain('Jon Dahl LEADS Acme Foods');
    expect(facts.filter((f) => f.startsWith('Eva Berg LEADS'))).toEqual([]);
  });

  it('"the government" six sentences after the one that named it is still that government', () => {
    expect(facts).toContain('Mette Lund WORKS_FOR Danish government');
    expect(facts.filter((f) => f.startsWith('Mette Lund') && f.includes('Acme'))).toEqual([]);
  });
});
