/**
 * Syntax extractor 2026-12-01.25: two rules for "it". The subject "it" of what a speaker said stands for
 * the organisation the speaker's own phrase names as their employer ("X, a vice president at Acme, said it
 * would ..."), not the subject of the sentence before (real CoreNLP output of sentences written for this
 * test: test/fixtures/annotations/syntax/speaker-employer.txt). And "it" never joins a person, whatever label
 * the NER gave the name its chain holds (a hand parse with a CoreNLP chain). And (.30) "them" after a plural
 * noun of its own sentence is not an organisation, wherever the parser hung that noun (recorded output of
 * syntax/they-after-people.txt).
 */
import { caseChains, extractHand, triples } from '../../../helpers/syntax-facts';

describe('"it" in what a speaker said', () => {
  it('"X, a vice president at Corvane Systems, said it would ...": "it" is the employer', () => {
    const chains = caseChains('syntax/speaker-employer').map((chain) =>
      chain.map((m) => `${m.sentNum}:${m.text}`),
    );
    const it = chains.find((chain) => chain.includes('3:it'));
    expect(it).toContain('1:Corvane Systems');
    expect(it).not.toContain('2:Bellmoor Group');
  });
});

describe('"it" is never a person', () => {
  it('a chain that joins "it" to a person brings no fact about the person', () => {
    const x = extractHand(
      [
        'Ada NNP Ada PERSON 2 compound',
        'Lowe NNP Lowe PERSON 3 nsubj',
        'said VBD say O 0 root',
        'Acme NNP Acme ORGANIZATION 5 nsubj',
        'fined VBD fine O 3 ccomp',
        'it PRP it O 5 obj',
        '. . . O 3 punct',
      ],
      [
        [
          { first: 1, last: 2, head: 2 },
          { first: 6, last: 6, head: 6 },
        ],
      ],
    );
    expect(triples(x).filter((f) => f.startsWith('Acme'))).toEqual([]);
  });
});

describe('"they" after people', () => {
  it('"Brightwell Foods talked with farmers ..., and a bank later paid them": "them" is not the company', () => {
    const chains = caseChains('syntax/they-after-people').map((chain) => chain.map((m) => m.text));
    expect(chains.filter((chain) => chain.includes('them'))).toEqual([]);
  });
});
