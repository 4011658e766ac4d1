/**
 * The figures of bench:api, pure: medians over the repeats per query, side and connection count, the
 * ratios ours/peer and ours/cypher of the median throughputs against their bars (met or missed, never
 * rounded into a pass), and the markdown table the README quotes.
 */
import { median } from '../measure';
import type { SideName } from './equivalence';

/** One measured run: one side, one query, one connection count, one repeat. */
export interface Sample {
  readonly query: string;
  readonly side: SideName;
  readonly connections: number;
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  /** Non-2xx answers and socket errors (HTTP sides) or failed statements (Cypher side). */
  readonly errors: number;
}

export interface SideFigure {
  /** Median over the repeats. */
  readonly requestsPerSecond: number;
  /** Median of the repeats' p99 latencies. */
  readonly p99Ms: number;
  readonly errors: number;
  readonly repeats: number;
}

export interface Bar {
  readonly ratio: number | null;
  readonly bar: number;
  /** null when the ratio could not be measured (a side unsupported or not equivalent). */
  readonly met: boolean | null;
}

export interface QueryFigure {
  readonly query: string;
  readonly connections: number;
  readonly sides: Partial<Record<SideName, SideFigure>>;
  readonly oursOverPeer: Bar;
  readonly oursOverCypher: Bar;
}

export function sideFigure(samples: readonly Sample[]): SideFigure {
  return {
    requestsPerSecond: round(median(samples.map((sample) => sample.requestsPerSecond)), 1),
    p99Ms: round(median(samples.map((sample) => sample.p99Ms)), 1),
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    repeats: samples.length,
  };
}

/**
 * A ratio of median throughputs against its bar. A side with errors does not count: its throughput is
 * not the throughput of correct answers.
 */
export function barOf(ours: SideFigure | undefined, other: SideFigure | undefined, bar: number): Bar {
  if (ours === undefined || other === undefined || other.requestsPerSecond <= 0) {
    return { ratio: null, bar, met: null };
  }
  const ratio = round(ours.requestsPerSecond / other.requestsPerSecond, 2);
  const clean = ours.errors === 0 && other.errors === 0;
  return { ratio, bar, met: clean && ours.requestsPerSecond / other.requestsPerSecond >= bar };
}

export function queryFigures(
  samples: readonly Sample[],
  bars: { oursOverPeer: number; oursOverCypher: number },
): QueryFigure[] {
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) {
    const key = `${sample.query}\u0000${sample.connections}`;
    groups.set(key, [...(groups.get(key) ?? []), sample]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Sample;
    const sides: Partial<Record<SideName, SideFigure>> = {};
    for (const side of ['ours', 'peer', 'cypher'] as const) {
      const ofSide = group.filter((sample) => sample.side === side);
      if (ofSide.length > 0) sides[side] = sideFigure(ofSide);
    }
    return {
      query: first.query,
      connections: first.connections,
      sides,
      oursOverPeer: barOf(sides.ours, sides.peer, bars.oursOverPeer),
      oursOverCypher: barOf(sides.ours, sides.cypher, bars.oursOverCypher),
    };
  });
}

/** Why a side of a query has no figure (e.g. "unsupported on this build"), or the whole query (`query`). */
export type QueryNote = Readonly<Partial<Record<SideName | 'query', string>>>;

/** By query name. */
export type QueryNotes = Readonly<Record<string, QueryNote>>;

export function markdownTable(figures: readonly QueryFigure[], notes: QueryNotes = {}): string {
  const lines = [
    '| query | conn. | ours req/s (p99 ms) | @neo4j/graphql req/s (p99 ms) | Cypher req/s (p99 ms) | ours / peer (bar) | ours / Cypher (bar) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const figure of figures) {
    lines.push(
      `| ${figure.query} | ${figure.connections} | ${cell(figure.sides.ours, notes[figure.query]?.ours)} | ${cell(figure.sides.peer, notes[figure.query]?.peer)} | ${cell(figure.sides.cypher)} | ${barCell(figure.oursOverPeer)} | ${barCell(figure.oursOverCypher)} |`,
    );
  }
  const measured = new Set(figures.map((figure) => figure.query));
  for (const [query, note] of Object.entries(notes)) {
    if (!measured.has(query) && note.query !== undefined)
      lines.push(`| ${query} | | ${note.query} | | | | |`);
  }
  return lines.join('\n');
}

function cell(figure: SideFigure | undefined, note?: string): string {
  if (figure === undefined) return note ?? 'n/a';
  if (figure.requestsPerSecond === 0) return '0 (no answer within the run)';
  const errors = figure.errors > 0 ? `, ${figure.errors} errors` : '';
  return `${figure.requestsPerSecond} (${figure.p99Ms}${errors})`;
}

function barCell(bar: Bar): string {
  if (bar.ratio === null || bar.met === null) return `n/a (≥ ${bar.bar})`;
  return `${bar.ratio} (≥ ${bar.bar}: ${bar.met ? 'met' : '**missed**'})`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
