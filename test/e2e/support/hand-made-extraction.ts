/**
 * TEMPORARY (remove when src/extract lands its extract()): a hand-made Extraction of the sample article,
 * so the API's e2e tests can run the real graph writer before the real extractor exists. Offsets are
 * computed from the text, so they are real; the choice of entities and facts is ours.
 */
import type {
  ExtractOptions,
  Extraction,
  ExtractedEntity,
  ExtractedRelation,
  Sentence,
} from '../../../src/extract/types';
import type { EntityType } from '../../../src/vocabulary';

const ENTITIES: [string, EntityType, string, string[]][] = [
  ['e1', 'PERSON', 'Antony Blinken', ['Anthony Blinken', 'Blinken']],
  ['e2', 'COUNTRY', 'United States', ['US', 'the United States']],
  ['e3', 'COUNTRY', 'Belarus', []],
  ['e4', 'COUNTRY', 'Russia', []],
  ['e5', 'COUNTRY', 'Ukraine', []],
  ['e6', 'PERSON', 'Alexander Lukashenko', ['Lukashenko']],
  ['e7', 'PERSON', 'Vladimir Putin', ['Putin']],
  ['e8', 'CITY', 'Kyiv', ['Kiev']],
  ['e9', 'CITY', 'Minsk', []],
  ['e10', 'CITY', 'Moscow', []],
  ['e11', 'PERSON', 'Joe Biden', ['Biden']],
  ['e12', 'PERSON', 'Vladimir Zelensky', ['Zelensky']],
  ['e13', 'ORGANIZATION', 'Russian Central Bank', ['central bank']],
  ['e14', 'PERSON', 'Janet Yellen', []],
  ['e15', 'ORGANIZATION', 'White House', []],
];

/** [subject, predicate, object, a phrase of the sentence that states it, confidence, modality, negated] */
const RELATIONS: [string, string, string, string, number, string | null, boolean][] = [
  ['e2', 'CLOSES', 'e9', 'The United States will close its embassy in Minsk', 0.8, 'will', false],
  ['e2', 'WARNS', 'e3', 'The US government has also warned Belarus', 0.85, null, false],
  [
    'e11',
    'SANCTIONS',
    'e3',
    'President Joe Biden announced sanctions against 24 Belarusian',
    0.7,
    null,
    false,
  ],
  ['e4', 'ATTACKS', 'e5', 'Russian attacks continue in the Ukrainian capital Kyiv', 0.6, null, false],
  ['e3', 'BORDERS', 'e4', 'Belarus, which borders both Russia and Ukraine', 0.9, null, false],
  ['e3', 'BORDERS', 'e5', 'Belarus, which borders both Russia and Ukraine', 0.9, null, false],
  ['e3', 'RULED_BY', 'e6', 'is ruled by Alexander Lukashenko', 0.95, null, false],
  ['e6', 'ALLIED_WITH', 'e7', 'who has allied closely with Putin', 0.8, null, false],
  ['e3', 'SUPPORTS', 'e4', 'Belarus has supported Russia’s military efforts', 0.85, null, false],
  [
    'e2',
    'SANCTIONS',
    'e4',
    'the United States tightened economic sanctions against Russia',
    0.9,
    null,
    false,
  ],
  ['e2', 'SANCTIONS', 'e13', 'applying sanctions against the Russian Central Bank', 0.75, null, false],
  ['e1', 'WORKS_FOR', 'e2', 'Secretary of State Anthony Blinken said Monday', 0.7, null, false],
  ['e3', 'JOINS', 'e4', 'Belarus may join Russia’s invasion of Ukraine', 0.5, 'may', false],
  ['e4', 'INVADES', 'e5', 'Russia’s invasion of Ukraine', 0.8, null, false],
  ['e3', 'INVADES', 'e5', 'Belarus may join Russia’s invasion of Ukraine', 0.3, 'may', true],
];

export function handMadeExtraction(text: string, options: ExtractOptions): Extraction {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      sentences.push({ index: sentences.length, start: offset, end: offset + line.length, text: line });
    }
    offset += line.length + 1;
  }
  const sentenceAt = (position: number) => sentences.find((s) => s.start <= position && position < s.end);
  const entities: ExtractedEntity[] = ENTITIES.map(([id, type, name, aliases]) => {
    const mentions = [name, ...aliases]
      .flatMap((form) => occurrences(text, form))
      .flatMap((start) => {
        const sentence = sentenceAt(start);
        return sentence
          ? [{ sentence: sentence.index, start, end: start + 1, text: text.slice(start, start + 1) }]
          : [];
      });
    return {
      id,
      name,
      type,
      aliases,
      attributes: (type === 'PERSON' ? { title: 'unknown' } : {}) as Record<string, string>,
      mentions,
    };
  });
  const relations: ExtractedRelation[] = RELATIONS.map(
    ([subject, predicate, object, phrase, confidence, modality, negated], i) => {
      const start = text.indexOf(phrase);
      const sentence = sentenceAt(start);
      if (start < 0 || sentence === undefined) throw new Error(`phrase not in the sample: ${phrase}`);
      return {
        id: `r${i + 1}`,
        subject,
        predicate,
        object,
        confidence,
        negated,
        modality,
        date: '2022-02-28',
        evidence: [{ sentence: sentence.index, start, end: start + phrase.length, text: phrase }],
      };
    },
  );
  return {
    article: {
      id: options.id ?? 'sample',
      title: options.title ?? null,
      date: options.date ?? null,
      sentences,
    },
    entities,
    relations,
  };
}

function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) found.push(at);
  return found;
}
