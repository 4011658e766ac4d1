/**
 * `npm run eval:news-dev`: the syntax extractor on the news development set (../shared/datasets/news-dev,
 * 14 BBC articles with gold; the texts are read from there at run time and never stored in the repo).
 * For each article: the CoreNLP annotation (bench/news-dev-data.ts: from NEWSDEV_ANNOTATIONS=<folder> when set,
 * else from the CoreNLP server(s) at CORENLP_URL, default http://127.0.0.1:9000, through the project's
 * client and its default properties), extractFromAnnotation,
 * the extraction JSON into a temp folder, `python3 score.py GOLD OUT`; prints one line per article and
 * the mean. Arguments: article names to run only those; --verbose prints the scorer's error lists;
 * --keep keeps the temp folder (its path is printed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFromAnnotation } from '../src/extract/syntax';
import { NEWSDEV_DATASET as DATASET, newsDevAnnotation } from './news-dev-data';

const FIELDS = ['entities', 'typed', 'false_merges', 'junk', 'core_rel', 'ext_rel'] as const;

function parseSummary(line: string): Record<string, number> {
  const out: Record<string, number> = {};
  const merges = /merges (\d+)\/(\d+)/.exec(line);
  if (merges !== null) {
    out.merged = Number(merges[1]);
    out.merge_need = Number(merges[2]);
  }
  for (const field of FIELDS) {
    const m = new RegExp(`(?:^|\\s)${field} ([0-9.]+)`).exec(line);
    if (m !== null) out[field] = Number(m[1]);
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const keep = args.includes('--keep');
  const only = args.filter((a) => !a.startsWith('--'));
  if (!existsSync(DATASET)) throw new Error(`news-dev not found at ${DATASET} (set NEWSDEV_DIR)`);
  const names = readdirSync(DATASET)
    .filter((f) => f.endsWith('-gold.json'))
    .map((f) => f.slice(0, -'-gold.json'.length))
    .filter((n) => only.length === 0 || only.includes(n))
    .sort();
  const out = mkdtempSync(path.join(os.tmpdir(), 'newsdev-'));
  const totals: Record<string, number> = {};
  let extractMs = 0;
  for (const name of names) {
    const text = readFileSync(path.join(DATASET, `${name}.txt`), 'utf8');
    const annotation = await newsDevAnnotation(name, text);
    // Timed on a second run: the first loads the gazetteers and word lists once per process.
    extractFromAnnotation(text, annotation, {});
    const started = performance.now();
    const extraction = extractFromAnnotation(text, annotation, {});
    extractMs += performance.now() - started;
    const file = path.join(out, `${name}.json`);
    const json = {
      entities: extraction.entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
      })),
      relations: extraction.relations.map((r) => ({
        subject: r.subject,
        predicate: r.predicate,
        object: r.object,
      })),
    };
    writeFileSync(file, JSON.stringify(json, null, 1));
    const scorer = [path.join(DATASET, 'score.py'), path.join(DATASET, `${name}-gold.json`), file];
    const printed = execFileSync('python3', verbose ? [...scorer, '--verbose'] : scorer, {
      encoding: 'utf8',
    });
    const lines = printed.trim().split('\n');
    const summary = lines[lines.length - 1] ?? '';
    if (verbose) console.log(lines.slice(0, -1).join('\n'));
    console.log(`${name.padEnd(18)} ${summary}`);
    for (const [k, v] of Object.entries(parseSummary(summary))) totals[k] = (totals[k] ?? 0) + v;
  }
  const n = names.length;
  const mean = (k: string): string => ((totals[k] ?? 0) / Math.max(1, n)).toFixed(3);
  console.log(
    `mean of ${n}: entity recall ${mean('entities')}, typed ${mean('typed')}, merges ${totals.merged ?? 0}/${
      totals.merge_need ?? 0
    }, false merges ${totals.false_merges ?? 0}, junk ${totals.junk ?? 0}, core_rel ${mean('core_rel')}, ext_rel ${mean(
      'ext_rel',
    )}; extraction ${(extractMs / Math.max(1, n)).toFixed(1)} ms per article`,
  );
  if (keep) console.log(`extractions kept in ${out}`);
  else rmSync(out, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
