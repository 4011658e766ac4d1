/**
 * The bars of issue 3, made measurable. Each check passes, fails, or is not measured (CoNLL04 absent,
 * benchmark not run); `newsgraph eval --strict` fails on a failed bar, never on an unmeasured one.
 */
import type { EntityType } from '../vocabulary';
import type { BenchSummary } from './bench-result';
import type { Conll04Result } from './conll04';
import type { FixtureScore } from './fixture-score';
import { percent } from './metrics';

export interface BarCheck {
  readonly bar: string;
  /** null: not measured. */
  readonly passed: boolean | null;
  readonly detail: string;
}

export const CONLL04_ENTITY_F1_BAR = 0.7;
export const CONLL04_RELATION_F1_BAR = 0.35;
export const SPEED_BAR_MBPS = 0.5;
export const MEMORY_BAR_MB = 400;

/** The types the sample bar names: "every person, country, city and organization". */
const SAMPLE_BAR_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'PERSON',
  'COUNTRY',
  'CITY',
  'ORGANIZATION',
]);

function list(items: readonly string[], none: string): string {
  if (items.length === 0) return none;
  const shown = items.slice(0, 6).join('; ');
  return items.length > 6 ? `${shown}; and ${items.length - 6} more` : shown;
}

function check(bar: string, failures: readonly string[], none: string): BarCheck {
  return { bar, passed: failures.length === 0, detail: list(failures, none) };
}

export function sampleBars(sample: FixtureScore): BarCheck[] {
  const missedNames = sample.entities.missed
    .filter((m) => SAMPLE_BAR_TYPES.has(m.gold.type))
    .map(
      (m) =>
        `${m.gold.name} (${m.gold.type})${m.foundAs.length > 0 ? ` found as ${m.foundAs.join(', ')}` : ''}`,
    );
  const facts = sample.relations.userFacts.map((fact) =>
    check(`sample: ${fact.fact}`, fact.found ? [] : ['not found'], 'found'),
  );
  const otherFacts = sample.relations.missed.filter((m) => !m.gold.userFact);
  return [
    check('sample: every person, country, city, organization found and typed', missedNames, 'all found'),
    check(
      'sample: every alias group merged',
      sample.aliasGroups.filter((g) => !g.merged).map((g) => `${g.gold}: ${g.holders.join(', ')}`),
      `${sample.aliasGroups.length} groups merged`,
    ),
    check(
      'sample: nothing falsely merged',
      sample.falseMerges.map((m) => `${m.entity.name} = ${m.gold.join(' + ')}`),
      'none',
    ),
    check(
      'sample: no pronoun, day name or fragment as an entity',
      sample.forbidden.map((f) => `"${f.form}" (${f.entity.type}, ${f.reason})`),
      'none',
    ),
    ...facts,
    check(
      'sample: the other plain facts extracted',
      otherFacts.map((m) => `${m.gold.subject} -${m.gold.predicate}-> ${m.gold.object}`),
      'all found',
    ),
  ];
}

function atLeast(bar: string, value: number, threshold: number): BarCheck {
  return { bar, passed: value >= threshold, detail: `${percent(value)} (bar ${percent(threshold)})` };
}

/** `split` names the file the bars were measured on; the issue sets them on dev. */
export function conll04Bars(result: Conll04Result | null, split: string, skipped = ''): BarCheck[] {
  const entityBar = `CoNLL04 ${split}: entity F1 >= ${percent(CONLL04_ENTITY_F1_BAR)}`;
  const relationBar = `CoNLL04 ${split}: relation F1 >= ${percent(CONLL04_RELATION_F1_BAR)}`;
  if (result === null) {
    return [
      { bar: entityBar, passed: null, detail: skipped },
      { bar: relationBar, passed: null, detail: skipped },
    ];
  }
  return [
    atLeast(entityBar, result.entities.f1, CONLL04_ENTITY_F1_BAR),
    atLeast(relationBar, result.relations.f1, CONLL04_RELATION_F1_BAR),
  ];
}

export function speedBars(bench: BenchSummary | null): BarCheck[] {
  if (bench === null) {
    const detail = 'not measured: run npm run bench:extract';
    return [
      { bar: `speed: >= ${SPEED_BAR_MBPS} MB/s on one core`, passed: null, detail },
      { bar: `speed: peak memory < ${MEMORY_BAR_MB} MB`, passed: null, detail },
    ];
  }
  const when = `${bench.corpus}, ${bench.measuredAt}`;
  return [
    {
      bar: `speed: >= ${SPEED_BAR_MBPS} MB/s on one core`,
      passed: bench.medianMBps >= SPEED_BAR_MBPS,
      detail:
        `median ${bench.medianMBps.toFixed(2)} MB per CPU-second` +
        (bench.medianWallClockMBps === undefined
          ? ''
          : `, ${bench.medianWallClockMBps.toFixed(2)} MB/s wall clock`) +
        ` (${when})`,
    },
    {
      bar: `speed: peak memory < ${MEMORY_BAR_MB} MB`,
      passed: bench.peakRssMB < MEMORY_BAR_MB,
      detail: `peak RSS ${bench.peakRssMB.toFixed(0)} MB`,
    },
  ];
}
