/** Runs the extractor over every gold fixture and micro-averages the scores. */
import type { Extractor } from './extractor';
import { scoreFixture, type FixtureScore } from './fixture-score';
import type { LoadedFixture } from './fixture-loader';
import { prf, sumCounts, type Prf } from './metrics';

export interface FixturesResult {
  readonly fixtures: readonly FixtureScore[];
  /** Micro-averaged over all fixtures. */
  readonly entities: Prf;
  readonly relations: Prf;
}

export async function evaluateFixtures(
  fixtures: readonly LoadedFixture[],
  extractor: Extractor,
): Promise<FixturesResult> {
  const scores: FixtureScore[] = [];
  for (const fixture of fixtures) {
    const options =
      fixture.gold.date === null ? { id: fixture.name } : { id: fixture.name, date: fixture.gold.date };
    const extraction = await extractor(fixture.text, options);
    scores.push(scoreFixture(fixture.name, fixture.text, fixture.gold, extraction));
  }
  return {
    fixtures: scores,
    entities: prf(sumCounts(scores.map((score) => score.entities))),
    relations: prf(sumCounts(scores.map((score) => score.relations))),
  };
}
