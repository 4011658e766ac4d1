/**
 * The recorded CoreNLP annotations are what they say they are (their texts are today's texts, their
 * offsets slice them, no CoNLL04 dev sentence among them), and the helper that compares a recorded
 * annotation with a live one names what differs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { syntaxInput } from '../../../src/extract/syntax';
import type { Annotation, Sentence } from '../../../src/nlp/annotation';
import {
  annotationDifferences,
  compactAnnotation,
  CONLL04_TRAIN_FILE,
  fixtureTexts,
  formatFixture,
  loadAnnotationFixture,
  loadAnnotationFixtures,
  PROJECT_ROOT,
} from '../../helpers/annotation-fixtures';

const fixtures = loadAnnotationFixtures();
const CONLL04_DEV_FILE = path.join(path.dirname(CONLL04_TRAIN_FILE), 'conll04_dev.json');

describe('the recorded annotations', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s: offsets slice its text, sentences and mentions are numbered through it',
    (_name, fixture) => {
      const tokens = fixture.annotation.sentences.flatMap((sentence) => sentence.tokens);
      expect(tokens.length).toBeGreaterThan(5);
      // Recorded from what the corenlp analyzer sends: the text with glued names split.
      const sent = syntaxInput(fixture.text).text;
      for (const token of tokens) {
        expect(sent.slice(token.characterOffsetBegin, token.characterOffsetEnd)).toBe(token.originalText);
      }
      fixture.annotation.sentences.forEach((sentence, i) => {
        expect(sentence.index).toBe(i);
        expect(sentence.basicDependencies?.length).toBe(sentence.tokens.length);
        expect(sentence.enhancedPlusPlusDependencies?.length).toBeGreaterThan(0);
        expect('enhancedDependencies' in sentence).toBe(false);
        for (const mention of sentence.entitymentions ?? []) {
          expect(tokens[mention.docTokenBegin]?.characterOffsetBegin).toBe(mention.characterOffsetBegin);
        }
      });
      // The default properties run no coref annotator: the extractor resolves coreference itself.
      expect(fixture.annotation.corefs).toBeUndefined();
    },
  );

  it('hold today’s texts of the sample and the gold fixtures', () => {
    for (const fixture of fixtures.filter((candidate) => !candidate.name.startsWith('conll04-'))) {
      expect(readFileSync(path.join(PROJECT_ROOT, fixture.origin), 'utf8')).toBe(fixture.text);
    }
    const expected = fixtureTexts('/nonexistent').map((text) => text.name);
    expect(fixtures.map((fixture) => fixture.name)).toEqual(expect.arrayContaining(expected));
  });

  const devPresent = existsSync(CONLL04_DEV_FILE);
  (devPresent ? it : it.skip)('hold no CoNLL04 dev sentence', () => {
    const dev = JSON.parse(readFileSync(CONLL04_DEV_FILE, 'utf8')) as { tokens: string[] }[];
    const devTexts = new Set(dev.map((record) => record.tokens.join(' ')));
    const conll = fixtures.filter((fixture) => fixture.name.startsWith('conll04-'));
    expect(conll).toHaveLength(10);
    for (const fixture of conll) expect(devTexts.has(fixture.text)).toBe(false);
  });

  it('read back as they were written', () => {
    const fixture = loadAnnotationFixture('belarus-embassy-closure');
    expect(JSON.parse(formatFixture(fixture))).toEqual(fixture);
  });
});

describe('annotationDifferences', () => {
  const recorded = loadAnnotationFixture('sotu-2014-obama').annotation;
  const edit = (change: (sentence: Sentence) => Sentence): Annotation => ({
    ...recorded,
    sentences: recorded.sentences.map((sentence, i) => (i === 1 ? change(sentence) : sentence)),
  });

  it('finds none between an annotation and itself', () => {
    expect(annotationDifferences(recorded, structuredClone(recorded))).toEqual([]);
  });

  it('names the sentence, token and field of a changed tag', () => {
    const live = edit((sentence) => ({
      ...sentence,
      tokens: sentence.tokens.map((token, t) => (t === 0 ? { ...token, pos: 'XX', ner: 'MISC' } : token)),
    }));
    const word = recorded.sentences[1]?.tokens[0]?.word ?? '';
    expect(annotationDifferences(recorded, live)).toEqual([
      expect.stringMatching(new RegExp(`^sentence 1 token 1 "${word}": pos ".*" recorded, "XX" now$`)),
      expect.stringMatching(/^sentence 1 token 1 .*: ner ".*" recorded, "MISC" now$/),
    ]);
  });

  it('names a changed dependency graph with the edges either side', () => {
    const live = edit((sentence) => ({
      ...sentence,
      basicDependencies: (sentence.basicDependencies ?? []).map((edge, e) =>
        e === 0 ? { ...edge, dep: 'dep' } : edge,
      ),
    }));
    expect(annotationDifferences(recorded, live)).toEqual([
      expect.stringMatching(
        /^sentence 1: basicDependencies differ \(recorded only: \S+; now only: dep\(0,\d+\)\)$/,
      ),
    ]);
  });

  it('names changed sentence counts, mentions and coreference', () => {
    const fewer = { ...recorded, sentences: recorded.sentences.slice(1) };
    expect(annotationDifferences(recorded, fewer)[0]).toMatch(/^sentences: \d+ recorded, \d+ now$/);
    const m = recorded.sentences.findIndex((sentence) => (sentence.entitymentions ?? []).length > 0);
    const noMentions = {
      ...recorded,
      sentences: recorded.sentences.map((sentence, i) =>
        i === m ? { ...sentence, entitymentions: [] } : sentence,
      ),
    };
    expect(annotationDifferences(recorded, noMentions)).toEqual([`sentence ${m}: entitymentions differ`]);
    const chain = {
      id: 1,
      text: 'it',
      type: 'PRONOMINAL',
      number: 'SINGULAR',
      gender: 'NEUTRAL',
      animacy: 'INANIMATE',
      startIndex: 1,
      endIndex: 2,
      headIndex: 1,
      sentNum: 1,
      isRepresentativeMention: true,
    };
    expect(annotationDifferences(recorded, { ...recorded, corefs: { '1': [chain] } })).toEqual([
      'corefs: the coreference chains differ',
    ]);
  });

  it('drops enhancedDependencies and keeps the rest', () => {
    const withEnhanced = {
      sentences: [{ ...recorded.sentences[0], enhancedDependencies: [] } as Sentence],
      corefs: {},
    };
    expect(compactAnnotation(withEnhanced)).toEqual({ sentences: [recorded.sentences[0]], corefs: {} });
  });
});
