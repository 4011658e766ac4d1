/**
 * Syntax extractor 2026-12-01.25: two rules for "it". The subject "it" of what a speaker said stands for
 * the organisation the speaker's own phrase names as their employer ("X, a vice president at Acme, said it
 * would ..."), not the subject of the sentence before (real CoreNLP output of sentences written for this
 * test: test/fixtures/annotations/syntax/speaker-employer.txt). And "it" never joins a person, whatever label
 * the NER gave the name its chain holds (a hand parse with a CoreNLP chain). And (.30) "them" after a plural
 * noun of its own sentence is not an organisation, wherever the parser hung that noun (recorded output of
 * syntax/they-after-people.txt).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFromAnnotation } from '../../../../src/extract/syntax';
import { viewOf } from '../../../../src/extract/syntax/entities/document';
import type { Annotation } from '../../../../src/nlp/annotation';
import { handParse } from '../../../helpers/hand-parse';

const DIR = path.join(__dirname, '../../../fixtures/annotations');

describe('"it" in what a speaker said', () => {
  it('"X, a vice president at Corvane Systems, said it would ...": "it" is the employer', () => {
    const text = readFileSync(path.join(DIR, 'syntax/speaker-employer.txt'), 'utf8');
    const annotation = JSON.parse(
      readFileSync(path.join(DIR, 'syntax/speaker-employer.json'), 'utf8'),
    ) as Annotation;
    const chains = Object.values(viewOf(annotation, text).chains).map((chain) =>
      chain.map((m) => `${m.sentNum}:${m.text}`),
    );
    const it = chains.find((chain) => chain.includes('3:it'));
    expect(it).toContain('1:Corvane Systems');
    expect(it).not.toContain('2:Bellmoor Group');
  });
});

describe('"it" is never a person', () => {
  it('a chain that joins "it" to a person brings no fact about the person', () => {
    const spec = [
      'Ada NNP Ada PERSON 2 compound',
      'Lowe NNP Lowe PERSON 3 nsubj',
      'said VBD say O 0 root',
      'Acme NNP Acme ORGANIZATION 5 nsubj',
      'fined VBD fine O 3 ccomp',
      'it PRP it O 5 obj',
      '. . . O 3 punct',
    ];
    const { text, annotation } = handParse(spec, [
      [
        { first: 1, last: 2, head: 2 },
        { first: 6, last: 6, head: 6 },
      ],
    ]);
    const x = extractFromAnnotation(text, annotation, {});
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    const facts = x.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
    expect(facts.filter((f) => f.startsWith('Acme'))).toEqual([]);
  });
});

describe('"they" after people', () => {
  it('"Brightwell Foods talked with farmers ..., and a bank later paid them": "them" is not the company', () => {
    const text = readFileSync(path.join(DIR, 'syntax/they-after-people.txt'), 'utf8');
    const annotation = JSON.parse(
      readFileSync(path.join(DIR, 'syntax/they-after-people.json'), 'utf8'),
    ) as Annotation;
    const chains = Object.values(viewOf(annotation, text).chains).map((chain) => chain.map((m) => m.text));
    expect(chains.filter((chain) => chain.includes('them'))).toEqual([]);
  });
});
