/**
 * `npm run calibrate:confidence`: fits the syntax extractor's confidence weights
 * (src/extract/syntax/relations/confidence.ts) to the precision audit's judgements, and says whether the
 * fit separates right from wrong better than the weights in use.
 *
 * Protocol, fixed before the first fit:
 * - Data: the relations the extractor outputs on the 5 audited news-dev articles, each matched to its
 *   judgement in bench/calibration/labels.tsv (from docs/precision-audit.md: article, subject, predicate,
 *   object as the extraction names them) by subject, predicate and object, or by subject and predicate
 *   when the audit gives the object as a paraphrase and one relation fits. RIGHT = 1, WRONG = 0;
 *   UNCLEAR and unmatched relations are left out (and counted). Texts from ../shared (NEWSDEV_DIR), never
 *   stored; annotations from NEWSDEV_ANNOTATIONS=<folder> or the CoreNLP server at CORENLP_URL.
 * - Features: the best reading's `RelationFeatures`, as `confidenceFromFeatures` reads them.
 * - Model: the same logistic model, its weights fitted by gradient descent on the mean log-loss plus
 *   LAMBDA (1.0) x the squared distance to the weights in use (the hand-set prior): with about 70 relations
 *   and a dozen wrong ones, the data may move the prior, not replace it. 4,000 steps, rate 0.05.
 * - Measure: leave one article out (fit on 4, score the 5th), for the prior and the fit: AUC (the chance
 *   that a right relation scores above a wrong one) and mean log-loss over the held-out relations.
 * - Decision rule: adopt the fit on all 5 articles only when its held-out AUC and log-loss both beat the
 *   prior's. The result goes to bench/results/confidence-fit.json either way.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntaxInput } from '../src/extract/syntax';
import { buildEntityTable } from '../src/extract/syntax/entities';
import { readRelations } from '../src/extract/syntax/relations';
import {
  confidenceFromFeatures,
  WEIGHTS,
  type RelationFeatures,
  type Weights,
} from '../src/extract/syntax/relations/confidence';
import { NEWSDEV_DATASET as DATASET, newsDevAnnotation } from './news-dev-data';
import { PROJECT_ROOT } from './project';

const LABELS = path.join(PROJECT_ROOT, 'bench', 'calibration', 'labels.tsv');
const RESULT = path.join(PROJECT_ROOT, 'bench', 'results', 'confidence-fit.json');
const LAMBDA = 1.0;
const STEPS = 4_000;
const RATE = 0.05;

interface Example {
  readonly article: string;
  readonly features: RelationFeatures;
  readonly right: boolean;
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Label {
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  readonly judgement: string;
}

function readLabels(): Map<string, Label[]> {
  const byArticle = new Map<string, Label[]>();
  for (const line of readFileSync(LABELS, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [article, subject, predicate, object, judgement] = line.split('\t') as [
      string,
      string,
      string,
      string,
      string,
    ];
    const list = byArticle.get(article) ?? [];
    list.push({ subject, predicate, object, judgement });
    byArticle.set(article, list);
  }
  return byArticle;
}

async function examples(): Promise<{ data: Example[]; unclear: number; unmatched: number }> {
  const data: Example[] = [];
  let unclear = 0;
  let unmatched = 0;
  for (const [article, labels] of readLabels()) {
    const stored = readFileSync(path.join(DATASET, `${article}.txt`), 'utf8');
    const text = syntaxInput(stored).text;
    const annotation = await newsDevAnnotation(article, stored);
    const table = buildEntityTable(annotation, text, {});
    for (const relation of readRelations(annotation, table, text)) {
      const subject = norm(table.entities[relation.subject]?.name ?? '');
      const object = norm(
        relation.object !== undefined
          ? (table.entities[relation.object]?.name ?? '')
          : (relation.objectPhrase?.text ?? ''),
      );
      const same = labels.filter((l) => norm(l.subject) === subject && l.predicate === relation.predicate);
      const label =
        same.find((l) => norm(l.object) === object) ??
        (same.length === 1 && same[0]!.object.startsWith('[') ? same[0] : undefined);
      if (label === undefined) {
        unmatched += 1;
        continue;
      }
      if (label.judgement === 'UNCLEAR') {
        unclear += 1;
        continue;
      }
      const best = relation.evidence.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      data.push({ article, features: best.features, right: label.judgement === 'RIGHT' });
    }
  }
  return { data, unclear, unmatched };
}

/** The weights as one vector (bias, constructions in a fixed order, then the named weights) and back. */
const CONSTRUCTIONS = Object.keys(WEIGHTS.construction).sort();
const NAMED = [
  'subjectNer',
  'objectNer',
  'extraPathEdge',
  'pronounSubject',
  'phraseObject',
  'knownPredicate',
  'negated',
  'modal',
  'reported',
] as const;

function toVector(w: Weights): number[] {
  return [w.bias, ...CONSTRUCTIONS.map((c) => w.construction[c] ?? 0), ...NAMED.map((k) => w[k])];
}

function toWeights(v: readonly number[]): Weights {
  const round = (x: number): number => Math.round(x * 100) / 100;
  const construction: Record<string, number> = {};
  CONSTRUCTIONS.forEach((c, i) => (construction[c] = round(v[1 + i]!)));
  const named = Object.fromEntries(NAMED.map((k, i) => [k, round(v[1 + CONSTRUCTIONS.length + i]!)]));
  return { bias: round(v[0]!), construction, ...named } as unknown as Weights;
}

/** The inputs each weight multiplies, in the vector's order (as confidenceFromFeatures combines them). */
function inputs(f: RelationFeatures): number[] {
  return [
    1,
    ...CONSTRUCTIONS.map((c) => (c === f.construction ? 1 : 0)),
    f.subjectNer,
    f.objectNer,
    Math.max(0, f.pathLength - 2),
    f.pronounSubject ? 1 : 0,
    f.phraseObject ? 1 : 0,
    f.knownPredicate ? 1 : 0,
    f.negated ? 1 : 0,
    f.modal ? 1 : 0,
    f.reported ? 1 : 0,
  ];
}

function fit(train: readonly Example[], prior: readonly number[]): number[] {
  const w = [...prior];
  const xs = train.map((e) => inputs(e.features));
  for (let step = 0; step < STEPS; step += 1) {
    const grad = w.map((wi, i) => 2 * LAMBDA * (wi - prior[i]!));
    xs.forEach((x, n) => {
      const z = x.reduce((sum, xi, i) => sum + xi * w[i]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const error = p - (train[n]!.right ? 1 : 0);
      x.forEach((xi, i) => (grad[i]! += (error * xi) / xs.length));
    });
    w.forEach((_, i) => (w[i]! -= RATE * grad[i]!));
  }
  return w;
}

function auc(scored: readonly { p: number; right: boolean }[]): number {
  const right = scored.filter((s) => s.right);
  const wrong = scored.filter((s) => !s.right);
  let wins = 0;
  for (const r of right) for (const w of wrong) wins += r.p > w.p ? 1 : r.p === w.p ? 0.5 : 0;
  return wins / Math.max(1, right.length * wrong.length);
}

function logLoss(scored: readonly { p: number; right: boolean }[]): number {
  const eps = 1e-6;
  const sum = scored.reduce(
    (acc, s) => acc - Math.log(s.right ? Math.max(eps, s.p) : Math.max(eps, 1 - s.p)),
    0,
  );
  return sum / Math.max(1, scored.length);
}

async function main(): Promise<void> {
  if (!existsSync(DATASET)) throw new Error(`news-dev not found at ${DATASET} (set NEWSDEV_DIR)`);
  const { data, unclear, unmatched } = await examples();
  const prior = toVector(WEIGHTS);
  const articles = [...new Set(data.map((e) => e.article))];
  const heldOutPrior: { p: number; right: boolean }[] = [];
  const heldOutFit: { p: number; right: boolean }[] = [];
  for (const article of articles) {
    const w = toWeights(
      fit(
        data.filter((e) => e.article !== article),
        prior,
      ),
    );
    for (const e of data.filter((x) => x.article === article)) {
      heldOutPrior.push({ p: confidenceFromFeatures(e.features), right: e.right });
      heldOutFit.push({ p: confidenceFromFeatures(e.features, w), right: e.right });
    }
  }
  const all = toWeights(fit(data, prior));
  const summary = {
    protocol: `labels ${path.relative(PROJECT_ROOT, LABELS)}; L2 to the prior, lambda ${LAMBDA}; ${STEPS} steps at ${RATE}; leave one article out`,
    relations: data.length,
    right: data.filter((e) => e.right).length,
    wrong: data.filter((e) => !e.right).length,
    unclearLeftOut: unclear,
    unmatchedLeftOut: unmatched,
    heldOut: {
      prior: { auc: Number(auc(heldOutPrior).toFixed(3)), logLoss: Number(logLoss(heldOutPrior).toFixed(3)) },
      fit: { auc: Number(auc(heldOutFit).toFixed(3)), logLoss: Number(logLoss(heldOutFit).toFixed(3)) },
    },
    fittedOnAll: all,
    date: new Date().toISOString(),
  };
  const adopt =
    summary.heldOut.fit.auc > summary.heldOut.prior.auc &&
    summary.heldOut.fit.logLoss < summary.heldOut.prior.logLoss;
  mkdirSync(path.dirname(RESULT), { recursive: true });
  writeFileSync(RESULT, `${JSON.stringify({ ...summary, adopt }, null, 2)}\n`);
  console.log(JSON.stringify({ ...summary, fittedOnAll: undefined, adopt }, null, 2));
  console.log(
    adopt
      ? `The fit beats the prior on held-out articles: copy fittedOnAll from ${RESULT} into WEIGHTS.`
      : 'The fit does not beat the prior on held-out articles: keep WEIGHTS.',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
