/**
 * `newsgraph eval`: measure the extractor against the gold fixtures and CoNLL04, and print the bars of
 * issue 3. Thin: the scoring lives in src/eval.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { conll04Bars, sampleBars, speedBars, type BarCheck } from '../../eval/bars';
import { readBenchSummary } from '../../eval/bench-result';
import {
  CONLL04_DEV_FILE,
  displayPath,
  evaluateConll04,
  loadConll04,
  missingDatasetFolder,
  skippedMessage,
  writePredictions,
  type Conll04Result,
} from '../../eval/conll04';
import {
  CachedAnnotator,
  coreNlpEvalExtractor,
  DEFAULT_ANNOTATION_CACHE,
  DEFAULT_EVAL_CORENLP_URL,
} from '../../eval/conll04-corenlp';
import type { Extractor } from '../../eval/extractor';
import { loadGoldFixtures } from '../../eval/fixture-loader';
import { evaluateFixtures } from '../../eval/fixtures-eval';
import { formatBars, formatConll04, formatFixtureDetails, formatFixtureTable } from '../../eval/report';
import { parseCommandArgs, usageError } from '../args';
import type { Command, CommandIo } from '../command';

export const GOLD_FIXTURES_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'gold');
const SAMPLE_FIXTURE = 'belarus-embassy-closure';
const DETAIL_LIMIT = 8;

const usage = `Usage: newsgraph eval [fixtures [dir] | conll04 <file.json>] [options]

Measures the extractor and prints the bars of issue 3.
  newsgraph eval                      gold fixtures, CoNLL04 dev (when ${displayPath(CONLL04_DEV_FILE)} exists), bars
  newsgraph eval fixtures [dir]       gold fixtures only (default test/fixtures/gold)
  newsgraph eval conll04 <file.json>  strict micro P/R/F1 of entities and relations on a CoNLL04 file

Options:
  --predictions <out.json>  with conll04: write the predictions in the dataset's JSON format
  --analyzer <fast|corenlp> fast (default): the wink extractor; corenlp: the syntax extractor on CoreNLP
                            annotations from CORENLP_URL (default ${DEFAULT_EVAL_CORENLP_URL}; no server is
                            started), cached by sentence hash in ${DEFAULT_ANNOTATION_CACHE}
  --verbose                 list every miss and false positive (default: the first ${DETAIL_LIMIT} of each kind)
  --strict                  exit with status 1 when a bar fails`;

const options = {
  predictions: { type: 'string' },
  analyzer: { type: 'string' },
  verbose: { type: 'boolean' },
  strict: { type: 'boolean' },
} as const;

interface Run {
  readonly io: CommandIo;
  readonly extractor: Extractor;
  readonly verbose: boolean;
  /** Annotates the texts ahead, concurrently (the corenlp analyzer); the extractor then reads the cache. */
  readonly prefetch?: (texts: readonly string[]) => Promise<void>;
  /** Add the surface readers of conll04-surface.ts to the mapping (the corenlp analyzer). */
  readonly surface?: boolean;
}

async function runFixtures(run: Run, dir: string): Promise<BarCheck[]> {
  const result = await evaluateFixtures(loadGoldFixtures(dir), run.extractor);
  const limit = run.verbose ? Number.POSITIVE_INFINITY : DETAIL_LIMIT;
  run.io.stdout.write(`${formatFixtureTable(result)}\n\n`);
  run.io.stdout.write(
    `${result.fixtures.map((score) => formatFixtureDetails(score, limit)).join('\n\n')}\n\n`,
  );
  const sample = result.fixtures.find((score) => score.name === SAMPLE_FIXTURE);
  return sample === undefined ? [] : sampleBars(sample);
}

/** null when the dataset folder is absent: the run is skipped, with a message, not failed. */
async function runConll04(run: Run, file: string, predictionsFile?: string): Promise<Conll04Result | null> {
  const missing = missingDatasetFolder(file);
  if (missing !== null) {
    run.io.stdout.write(`CoNLL04: ${skippedMessage(missing)}\n\n`);
    return null;
  }
  const records = loadConll04(file);
  await run.prefetch?.(records.map((record) => record.tokens.join(' ')));
  const result = await evaluateConll04(displayPath(file), records, run.extractor, { surface: run.surface });
  run.io.stdout.write(`${formatConll04(result)}\n`);
  if (predictionsFile !== undefined) {
    writePredictions(predictionsFile, result.predictions);
    run.io.stdout.write(`  predictions written to ${predictionsFile}\n`);
  }
  run.io.stdout.write('\n');
  return result;
}

function splitName(file: string): string {
  return path.resolve(file) === CONLL04_DEV_FILE ? 'dev' : path.basename(file);
}

async function runAll(run: Run): Promise<BarCheck[]> {
  const bars = await runFixtures(run, GOLD_FIXTURES_DIR);
  const conll = await runConll04(run, CONLL04_DEV_FILE);
  const skipped = skippedMessage(path.dirname(CONLL04_DEV_FILE));
  return [...bars, ...conll04Bars(conll, 'dev', skipped), ...speedBars(readBenchSummary())];
}

async function dispatch(run: Run, positionals: readonly string[], predictions?: string): Promise<BarCheck[]> {
  const [target, argument, ...rest] = positionals;
  if (rest.length > 0) throw usageError('eval: too many arguments', usage);
  if (predictions !== undefined && target !== 'conll04') {
    throw usageError('eval: --predictions goes with eval conll04', usage);
  }
  switch (target) {
    case undefined:
      return runAll(run);
    case 'fixtures':
      return runFixtures(run, path.resolve(argument ?? GOLD_FIXTURES_DIR));
    case 'conll04': {
      if (argument === undefined) throw usageError('eval conll04: expected a CoNLL04 JSON file', usage);
      const result = await runConll04(run, path.resolve(argument), predictions);
      const skipped = skippedMessage(path.dirname(path.resolve(argument)));
      return conll04Bars(result, splitName(argument), skipped);
    }
    default:
      throw usageError(`eval: unknown target "${target}"`, usage);
  }
}

/** The corenlp analyzer of the evaluation: a client of CORENLP_URL's servers, or the usual local port. */
export interface EvalAnalyzer {
  readonly extractor: Extractor;
  readonly prefetch: (texts: readonly string[]) => Promise<void>;
}

async function loadCoreNlpAnalyzer(): Promise<EvalAnalyzer> {
  const { CoreNlpClient } = await import('../../nlp/corenlp-client');
  const { loadConfig } = await import('../../config');
  const urls = loadConfig().nlp.urls ?? [DEFAULT_EVAL_CORENLP_URL];
  const annotator = new CachedAnnotator(new CoreNlpClient({ urls }));
  return { extractor: coreNlpEvalExtractor(annotator), prefetch: (texts) => annotator.prefetch(texts) };
}

/** The extractors are loaded when the command runs, so tests can give their own. */
export function createEvalCommand(
  loadExtractor: () => Promise<Extractor>,
  loadCoreNlp: () => Promise<EvalAnalyzer> = loadCoreNlpAnalyzer,
): Command {
  return {
    name: 'eval',
    summary: 'measure the extractor: gold fixtures, CoNLL04, and the bars of issue 3',
    usage,
    async run(args: readonly string[], io: CommandIo): Promise<number> {
      const { values, positionals } = parseCommandArgs(args, options, usage);
      const verbose = values.verbose === true;
      const analyzer = values.analyzer ?? 'fast';
      if (analyzer !== 'fast' && analyzer !== 'corenlp') {
        throw usageError(`eval: --analyzer must be fast or corenlp, not "${analyzer}"`, usage);
      }
      const run: Run =
        analyzer === 'corenlp'
          ? { io, verbose, surface: true, ...(await loadCoreNlp()) }
          : { io, verbose, extractor: await loadExtractor() };
      const bars = await dispatch(run, positionals, values.predictions);
      if (bars.length > 0) io.stdout.write(`${formatBars(bars)}\n`);
      const failed = bars.some((bar) => bar.passed === false);
      return values.strict === true && failed ? 1 : 0;
    },
  };
}

export const evalCommand: Command = createEvalCommand(async () => (await import('../../extract')).extract);
