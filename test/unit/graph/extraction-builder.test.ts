import { buildExtraction, sentencesOf, tableExtractor } from './extraction-builder';

describe('the extraction builder of the graph tests', () => {
  it('splits sentences with offsets into the text', () => {
    const text = 'One two. Three four!\nFive';
    expect(sentencesOf(text).map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ['One two.', 'One two.'],
      ['Three four!', 'Three four!'],
      ['Five', 'Five'],
    ]);
  });

  it('finds every mention of names and aliases, with their sentence', () => {
    const extraction = buildExtraction('The US and the United States. US.', [
      { id: 'us', name: 'United States', type: 'COUNTRY', aliases: ['US'] },
    ]);
    expect(extraction.entities[0]?.mentions.map((m) => [m.text, m.sentence])).toEqual([
      ['US', 0],
      ['United States', 0],
      ['US', 1],
    ]);
  });

  it('answers only texts it was prepared for', () => {
    const extract = tableExtractor([['Known.', [], []]]);
    expect(() => extract('Unknown.', {})).toThrow(/no extraction prepared/);
  });
});
