import { barOf, markdownTable, queryFigures, sideFigure, type Sample } from '../../../bench/api/verdict';

const sample = (side: Sample['side'], requestsPerSecond: number, p99Ms = 10, errors = 0): Sample => ({
  query: 'countries',
  side,
  connections: 16,
  requestsPerSecond,
  p99Ms,
  errors,
});

describe('sideFigure', () => {
  it('takes the medians of the repeats and sums their errors', () => {
    expect(sideFigure([sample('ours', 10, 30, 1), sample('ours', 30, 10), sample('ours', 20, 20)])).toEqual({
      requestsPerSecond: 20,
      p99Ms: 20,
      errors: 1,
      repeats: 3,
    });
  });
});

describe('barOf', () => {
  const figure = (requestsPerSecond: number, errors = 0) => ({
    requestsPerSecond,
    p99Ms: 1,
    errors,
    repeats: 3,
  });

  it('meets the bar at exactly the ratio and misses it just below, without rounding into a pass', () => {
    expect(barOf(figure(150), figure(100), 1.5)).toEqual({ ratio: 1.5, bar: 1.5, met: true });
    expect(barOf(figure(149.6), figure(100), 1.5)).toEqual({ ratio: 1.5, bar: 1.5, met: false });
  });

  it('misses the bar when a side had errors, whatever its throughput', () => {
    expect(barOf(figure(300, 2), figure(100), 1.5).met).toBe(false);
  });

  it('has no ratio when a side is missing or answered nothing', () => {
    expect(barOf(undefined, figure(100), 0.8)).toEqual({ ratio: null, bar: 0.8, met: null });
    expect(barOf(figure(10), figure(0), 0.8)).toEqual({ ratio: null, bar: 0.8, met: null });
  });
});

describe('queryFigures and markdownTable', () => {
  it('groups by query and connections, computes both ratios and prints met or missed', () => {
    const samples = [
      sample('ours', 30),
      sample('peer', 10),
      sample('cypher', 60),
      { ...sample('ours', 5), connections: 32 },
      { ...sample('peer', 10), connections: 32 },
      { ...sample('cypher', 10), connections: 32 },
    ];
    const figures = queryFigures(samples, { oursOverPeer: 1.5, oursOverCypher: 0.8 });
    expect(figures.map((f) => [f.connections, f.oursOverPeer.ratio, f.oursOverCypher.ratio])).toEqual([
      [16, 3, 0.5],
      [32, 0.5, 0.5],
    ]);
    const table = markdownTable(figures);
    expect(table).toContain(
      '| countries | 16 | 30 (10) | 10 (10) | 60 (10) | 3 (≥ 1.5: met) | 0.5 (≥ 0.8: **missed**) |',
    );
  });

  it('shows why ours has no figure, and a query with no figure at all, from the notes', () => {
    const figures = queryFigures([sample('peer', 10), sample('cypher', 20)], {
      oursOverPeer: 1.5,
      oursOverCypher: 0.8,
    });
    const table = markdownTable(figures, {
      countries: { ours: 'unsupported on this build' },
      timeline: { query: 'answers differ: not timed' },
    });
    expect(table).toContain(
      '| countries | 16 | unsupported on this build | 10 (10) | 20 (10) | n/a (≥ 1.5) | n/a (≥ 0.8) |',
    );
    expect(table).toContain('| timeline | | answers differ: not timed |');
  });

  it('shows why the peer has no figure in its own column', () => {
    const figures = queryFigures([sample('ours', 10), sample('cypher', 20)], {
      oursOverPeer: 1.5,
      oursOverCypher: 0.8,
    });
    expect(markdownTable(figures, { countries: { peer: 'error' } })).toContain(
      '| countries | 16 | 10 (10) | error | 20 (10) | n/a (≥ 1.5) | 0.5 (≥ 0.8: **missed**) |',
    );
  });
});
