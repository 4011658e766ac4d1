/**
 * The extractor's own coreference (src/extract/syntax/entities/coreference.ts) on a real CoreNLP
 * annotation, recorded with the project's default properties (which run no coref annotator), of a text
 * written for this test: test/fixtures/texts/coreference.txt.
 */
import { extractFromAnnotation, syntaxInput } from '../../../../../src/extract/syntax';
import { viewOf } from '../../../../../src/extract/syntax/entities/document';
import { loadAnnotationFixture } from '../../../../helpers/annotation-fixtures';

const fixture = loadAnnotationFixture('coreference');
const text = syntaxInput(fixture.text).text;
const doc = viewOf(fixture.annotation, text);
const chains = Object.values(doc.chains);

/** The words of each mention of the chain holding a mention with this text, in order. */
function chainOf(name: string): string[] {
  const chain = chains.find((mentions) => mentions.some((m) => m.text === name));
  return chain === undefined ? [] : chain.map((m) => m.text);
}

/** The sentence (1-based) and text of every mention in any chain. */
function allMentions(): string[] {
  return chains.flatMap((mentions) => mentions.map((m) => `${m.sentNum}:${m.text}`));
}

describe('the extractor’s coreference', () => {
  it('is what the entity stage reads when the annotation has no chains of its own', () => {
    expect(fixture.annotation.corefs).toBeUndefined();
    expect(chains.length).toBeGreaterThan(0);
  });

  it('brings "it", "its", "the company" and "the firm\'s" to the organisation, and joins its acronym', () => {
    expect(chainOf('Northwind Foods')).toEqual([
      'Northwind Foods',
      'Northwind Foods',
      'it',
      'its',
      'The company',
      'the firm',
      'Northwind Foods',
      'NF',
    ]);
  });

  it('gives "she" to the woman named before it and "I" inside her quote to her', () => {
    expect(chainOf('Maria Lopez')).toEqual(expect.arrayContaining(['Maria Lopez', 'she', 'I', 'Lopez']));
  });

  it('never makes a pronoun object its own clause’s subject ("Baker criticised her")', () => {
    const lopez = chainOf('Maria Lopez');
    const baker = chainOf('Tom Baker');
    expect(lopez).toContain('her');
    expect(baker).not.toContain('her');
  });

  it('keeps the speaker out of "she" inside his own quote, and gives him the "he" that says it', () => {
    const lopez = chains.find((mentions) => mentions.some((m) => m.text === 'Maria Lopez'))!;
    const baker = chains.find((mentions) => mentions.some((m) => m.text === 'Tom Baker'))!;
    const quoteSentence = baker.find((m) => m.text === 'he' && m.sentNum === 8);
    expect(quoteSentence).toBeDefined();
    expect(lopez.some((m) => m.text === 'She' && m.sentNum === 8)).toBe(true);
    expect(baker.map((m) => m.text)).toEqual(['Tom Baker', 'Baker', 'he', 'he']);
  });

  it('leaves a pleonastic "it" and a "they" after a plural subject unresolved', () => {
    const mentions = allMentions();
    expect(mentions).not.toContain('9:It');
    expect(mentions.some((m) => m.endsWith(':they'))).toBe(false);
  });

  it('reads a gender from a first name: "She" after "Robert Hale met Jane Fowler" is Jane Fowler', () => {
    expect(chainOf('Jane Fowler')).toEqual(['Jane Fowler', 'She']);
    expect(chainOf('Robert Hale')).not.toContain('She');
  });

  it('leaves "he" alone when the clause it depends on has an unnamed subject ("a soldier who ... when he")', () => {
    const mentions = allMentions();
    expect(mentions).not.toContain('13:he');
    expect(chainOf('Colonel Harris')).not.toContain('he');
  });

  it('joins a description only to the one candidate of its family in reach', () => {
    const mentions = allMentions();
    expect(mentions).toContain('3:The company');
    expect(mentions).not.toContain('15:The company');
  });

  it('lets the relations read the resolved subject: the company, not the pronoun, closes the plant', () => {
    const extraction = extractFromAnnotation(text, fixture.annotation, {});
    const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
    const facts = extraction.relations.map((r) => `${names.get(r.subject)} ${r.predicate}`);
    expect(facts.some((f) => f.startsWith('Northwind Foods '))).toBe(true);
    expect(extraction.entities.some((e) => /^(it|its|she|her|he|they)$/i.test(e.name))).toBe(false);
  });
});
