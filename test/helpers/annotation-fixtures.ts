/**
 * Real CoreNLP annotations recorded for tests (test/fixtures/annotations/<name>.json), so that the
 * extractor's unit tests run on real parser output without a server. `npm run record:annotations`
 * (scripts/record-annotations.ts) records them; test/integration/nlp/recorded-annotations.int.test.ts
 * annotates the same texts with the live server and names every field that no longer matches.
 *
 * The texts: the bundled sample article, the gold fixtures' texts, and a few CoNLL04 TRAIN sentences
 * (never dev). Never a news-dev text. enhancedDependencies is dropped to keep the files small (the
 * extractor reads basic and enhanced++).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotation, AnalyzerIdentity, Sentence } from '../../src/nlp/annotation';
import { wordsOf } from './quoted-runs';

/** The folder of package.json, whether this runs from test/ (jest) or from dist/scripts (the recorder). */
export const PROJECT_ROOT = projectRoot(__dirname);
export const ANNOTATION_FIXTURES_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'annotations');
const GOLD_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'gold');
const TEXTS_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'texts');
const SAMPLE = path.join(PROJECT_ROOT, 'samples', 'belarus-embassy-closure.txt');
export const CONLL04_TRAIN_FILE = path.resolve(
  PROJECT_ROOT,
  '..',
  'shared',
  'datasets',
  'conll04',
  'conll04_train.json',
);
/**
 * CoNLL04 TRAIN sentences recorded: the first ones with a relation, 8 to 40 tokens long, that share no
 * run of 4 words with a dev sentence (CoNLL04 has near-duplicates across its splits; dev stays held out).
 */
const CONLL04_SENTENCES = 10;
const DEV_RUN = 4;

export interface FixtureText {
  readonly name: string;
  /** Where the text comes from, relative to the project root (or the dataset and record id). */
  readonly origin: string;
  readonly text: string;
}

export interface AnnotationFixture extends FixtureText {
  readonly engine: AnalyzerIdentity;
  readonly annotation: Annotation;
}

/** The texts to record. CoNLL04 is read from ../shared when it is there; otherwise its fixtures stay. */
export function fixtureTexts(conll04File: string = CONLL04_TRAIN_FILE): FixtureText[] {
  const texts: FixtureText[] = [
    {
      name: 'belarus-embassy-closure',
      origin: 'samples/belarus-embassy-closure.txt',
      text: readText(SAMPLE),
    },
  ];
  for (const file of readdirSync(GOLD_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const name = file.replace(/\.txt$/, '');
    const text = readText(path.join(GOLD_DIR, file));
    if (texts.some((known) => known.text === text)) continue; // the gold copy of the sample
    texts.push({ name, origin: `test/fixtures/gold/${file}`, text });
  }
  // Texts written for the tests (test/fixtures/texts/README.md).
  for (const file of readdirSync(TEXTS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const text = readText(path.join(TEXTS_DIR, file));
    texts.push({ name: file.replace(/\.txt$/, ''), origin: `test/fixtures/texts/${file}`, text });
  }
  if (existsSync(conll04File)) texts.push(...conll04Texts(conll04File));
  return texts;
}

function conll04Texts(file: string): FixtureText[] {
  if (/_dev\b/.test(path.basename(file))) throw new Error('CoNLL04 dev sentences are never recorded');
  const devFile = path.join(path.dirname(file), 'conll04_dev.json');
  const devRuns = new Set(
    existsSync(devFile) ? readConll04(devFile).flatMap((record) => runsOf(record.tokens)) : [],
  );
  return readConll04(file)
    .filter(
      (record) => record.relations.length > 0 && record.tokens.length >= 8 && record.tokens.length <= 40,
    )
    .filter((record) => !runsOf(record.tokens).some((run) => devRuns.has(run)))
    .slice(0, CONLL04_SENTENCES)
    .map((record) => ({
      name: `conll04-train-${record.orig_id}`,
      origin: `conll04_train.json orig_id ${record.orig_id}`,
      // As `newsgraph eval conll04` gives them to the extractor: tokens joined by spaces.
      text: record.tokens.join(' '),
    }));
}

interface ConllSentence {
  readonly tokens: string[];
  readonly relations: unknown[];
  readonly orig_id: number | string;
}

function readConll04(file: string): ConllSentence[] {
  return JSON.parse(readFileSync(file, 'utf8')) as ConllSentence[];
}

/** Runs of DEV_RUN words, compared as test/unit/held-out-data.test.ts compares them. */
function runsOf(tokens: readonly string[]): string[] {
  const words = wordsOf(tokens.join(' ')).map((word) => word.word);
  return words
    .slice(0, Math.max(0, words.length - DEV_RUN + 1))
    .map((_, i) => words.slice(i, i + DEV_RUN).join(' '));
}

function projectRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json')) && existsSync(path.join(folder, 'samples')))
      return folder;
    if (path.dirname(folder) === folder) throw new Error(`no project root above ${start}`);
  }
}

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** What is kept of a server response. */
export function compactAnnotation(annotation: Annotation): Annotation {
  const sentences = annotation.sentences.map((sentence) => {
    const { enhancedDependencies: _dropped, ...kept } = sentence as Sentence & {
      enhancedDependencies?: unknown;
    };
    return kept;
  });
  return annotation.corefs === undefined ? { sentences } : { sentences, corefs: annotation.corefs };
}

/** One sentence and one coreference chain per line: small diffs when a fixture is re-recorded. */
export function formatFixture(fixture: AnnotationFixture): string {
  const { annotation, ...head } = fixture;
  const lines = ['{'];
  for (const [key, value] of Object.entries(head))
    lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  lines.push('  "annotation": {', '    "sentences": [');
  lines.push(annotation.sentences.map((sentence) => `      ${JSON.stringify(sentence)}`).join(',\n'));
  const chains = Object.entries(annotation.corefs ?? {});
  if (annotation.corefs === undefined) {
    lines.push('    ]');
  } else {
    lines.push('    ],', '    "corefs": {');
    lines.push(
      chains.map(([id, chain]) => `      ${JSON.stringify(id)}: ${JSON.stringify(chain)}`).join(',\n'),
    );
    lines.push('    }');
  }
  lines.push('  }', '}', '');
  return lines.filter((line) => line !== '').join('\n') + '\n';
}

/**
 * Case fixtures: short texts written for the extractor's unit tests, one folder per stage
 * (test/fixtures/annotations/<folder>/<case>.txt beside its bare annotation <case>.json). Recorded and
 * checked against the live server like the named fixtures above.
 */
export const CASE_FOLDERS = ['entities', 'syntax'] as const;

export interface CaseFixture {
  /** "<folder>/<case>" */
  readonly name: string;
  readonly textFile: string;
  readonly annotationFile: string;
}

export function caseFixtures(): CaseFixture[] {
  return CASE_FOLDERS.flatMap((folder) => {
    const dir = path.join(ANNOTATION_FIXTURES_DIR, folder);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => ({
        name: `${folder}/${file.replace(/\.txt$/, '')}`,
        textFile: path.join(dir, file),
        annotationFile: path.join(dir, file.replace(/\.txt$/, '.json')),
      }));
  });
}

export function fixtureFile(name: string): string {
  return path.join(ANNOTATION_FIXTURES_DIR, `${name}.json`);
}

export function loadAnnotationFixture(name: string): AnnotationFixture {
  return JSON.parse(readFileSync(fixtureFile(name), 'utf8')) as AnnotationFixture;
}

export function loadAnnotationFixtures(): AnnotationFixture[] {
  return readdirSync(ANNOTATION_FIXTURES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => loadAnnotationFixture(file.replace(/\.json$/, '')));
}

const TOKEN_FIELDS = [
  'word',
  'originalText',
  'characterOffsetBegin',
  'characterOffsetEnd',
  'lemma',
  'pos',
  'ner',
  'normalizedNER',
] as const;
const MENTION_FIELDS = [
  'text',
  'characterOffsetBegin',
  'characterOffsetEnd',
  'docTokenBegin',
  'docTokenEnd',
  'ner',
  'normalizedNER',
] as const;
const MAX_DIFFERENCES = 20;

/**
 * Where a live annotation departs from a recorded one: tokens (text, offsets, lemma, POS, NER), entity
 * mentions, both dependency graphs and coreference, each difference named by sentence, token and field.
 * Empty when they match.
 */
export function annotationDifferences(recorded: Annotation, live: Annotation): string[] {
  const differences: string[] = [];
  const add = (difference: string) => {
    if (differences.length < MAX_DIFFERENCES) differences.push(difference);
    else if (differences.length === MAX_DIFFERENCES) differences.push('(more differences left out)');
  };
  if (recorded.sentences.length !== live.sentences.length) {
    add(`sentences: ${recorded.sentences.length} recorded, ${live.sentences.length} now`);
  }
  const count = Math.min(recorded.sentences.length, live.sentences.length);
  for (let s = 0; s < count; s += 1) {
    compareSentence(s, recorded.sentences[s] as Sentence, live.sentences[s] as Sentence, add);
  }
  if (!sameJson(recorded.corefs ?? {}, live.corefs ?? {})) add('corefs: the coreference chains differ');
  return differences;
}

function compareSentence(
  s: number,
  recorded: Sentence,
  live: Sentence,
  add: (difference: string) => void,
): void {
  if (recorded.tokens.length !== live.tokens.length) {
    add(`sentence ${s}: ${recorded.tokens.length} tokens recorded, ${live.tokens.length} now`);
    return;
  }
  recorded.tokens.forEach((token, t) => {
    const now = live.tokens[t];
    for (const field of TOKEN_FIELDS) {
      if (token[field] !== now?.[field]) {
        add(
          `sentence ${s} token ${t + 1} "${token.word}": ${field} ${JSON.stringify(token[field])} recorded, ${JSON.stringify(now?.[field])} now`,
        );
      }
    }
  });
  const mentions = (sentence: Sentence) =>
    (sentence.entitymentions ?? []).map((mention) => MENTION_FIELDS.map((field) => mention[field]));
  if (!sameJson(mentions(recorded), mentions(live))) add(`sentence ${s}: entitymentions differ`);
  for (const graph of ['basicDependencies', 'enhancedPlusPlusDependencies'] as const) {
    const edges = (sentence: Sentence) =>
      (sentence[graph] ?? []).map((edge) => `${edge.dep}(${edge.governor},${edge.dependent})`).sort();
    const before = edges(recorded);
    const after = edges(live);
    if (!sameJson(before, after)) {
      const gone = before.filter((edge) => !after.includes(edge));
      const added = after.filter((edge) => !before.includes(edge));
      add(
        `sentence ${s}: ${graph} differ (recorded only: ${gone.join(' ') || '-'}; now only: ${added.join(' ') || '-'})`,
      );
    }
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
