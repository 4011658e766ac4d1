/**
 * Syntax extractor 2026-12-02.57: a headline on the first line, followed by one newline, is a sentence
 * of its own (CoreNLP breaks sentences at two newlines only, so it was glued to the first sentence:
 * "... leaves Luton" + "Harlow Town have signed ..." read as one name). Real CoreNLP output of a text
 * written for these tests (test/fixtures/annotations/syntax/headline.txt; recorded by `npm run
 * record:annotations`, checked against the live server by
 * test/integration/nlp/recorded-annotations.int.test.ts). Never news-dev or CoNLL04 text.
 */
import { headlineBreak, syntaxInput } from '../../../../src/extract/syntax/input-text';
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('a headline on the first line', () => {
  it('is read apart from the first sentence', () => {
    const facts = triples(run('syntax/headline'));
    expect(facts).toContain('Harlow Town SIGNS Tom Pell');
    expect(facts.filter((f) => f.includes('Luton Harlow'))).toEqual([]);
  });

  it('gets a second newline in the text CoreNLP reads, offsets still those of the article', () => {
    const text = 'Pell leaves Luton\nHarlow Town have signed him.';
    const input = syntaxInput(text);
    expect(input.text).toBe('Pell leaves Luton\n\nHarlow Town have signed him.');
    const harlow = input.text.indexOf('Harlow');
    expect(text.slice(input.toOriginal(harlow), input.toOriginal(harlow + 5) + 1)).toBe('Harlow');
  });

  it('is only a short line with no end mark, then a line of text', () => {
    expect(headlineBreak('Pell leaves Luton\nHarlow Town have signed him.')).toBe(17);
    expect(headlineBreak('Pell leaves Luton.\nHarlow Town have signed him.')).toBeUndefined();
    expect(headlineBreak('Pell leaves Luton\n\nHarlow Town have signed him.')).toBeUndefined();
    // A hard-wrapped sentence runs on in lower case.
    expect(headlineBreak('The club said that the striker\nwould leave in May.')).toBeUndefined();
    expect(headlineBreak(`${'word '.repeat(21)}\nHarlow Town have signed him.`)).toBeUndefined();
    expect(headlineBreak('One line only')).toBeUndefined();
    // Text wrapped at a fixed width: its first line is no headline even when a name starts the next.
    const wrapped = [
      'LONDON - Harlow Town have signed the striker Tom Pell from',
      'Luton for an undisclosed fee, the club said on Monday, after',
      'weeks of talks between the two clubs and the player, who',
      'scored 14 goals last season.',
    ].join('\n');
    expect(headlineBreak(wrapped)).toBeUndefined();
  });
});
