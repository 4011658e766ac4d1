/**
 * Entity precision and recall over the named types (SCORED_ENTITY_TYPES). Required gold: the non-optional
 * gold entities of a scored type. A predicted entity of a scored type is a true positive when paired with
 * a required gold entity, neutral when it stands for an optional gold entity (or one of an unscored type),
 * and a false positive otherwise, including a second entity for an already-paired gold entity (a split).
 */
import type { ExtractedEntity } from '../extract/types';
import { maximumMatching } from './bipartite';
import { EntityMatcher, SCORED_ENTITY_TYPES } from './entity-matching';
import type { GoldEntity } from './gold-fixture';
import type { Counts } from './metrics';

export interface MissedEntity {
  readonly gold: GoldEntity;
  /** Predicted entities that carry the name but have another type, e.g. "Blinken (CONCEPT)". */
  readonly foundAs: readonly string[];
}

export interface FalseEntity {
  readonly entity: ExtractedEntity;
  /** Set when the entity duplicates a gold entity another predicted entity already stands for. */
  readonly duplicateOf: string | null;
}

export interface EntityScore extends Counts {
  readonly missed: readonly MissedEntity[];
  readonly falsePositives: readonly FalseEntity[];
  readonly neutral: number;
}

export function isRequiredEntity(gold: GoldEntity): boolean {
  return !gold.optional && SCORED_ENTITY_TYPES.has(gold.type);
}

function describeFoundAs(
  matcher: EntityMatcher,
  predicted: readonly ExtractedEntity[],
  gold: GoldEntity,
): string[] {
  return predicted
    .filter((entity) => matcher.exactGold(entity).includes(gold) && !matcher.matches(entity, gold))
    .map((entity) => `${entity.name} (${entity.type})`);
}

function classifyUnpaired(matcher: EntityMatcher, entity: ExtractedEntity): FalseEntity | 'neutral' {
  const candidates = matcher.candidates(entity);
  if (candidates.some((gold) => !isRequiredEntity(gold))) return 'neutral';
  return { entity, duplicateOf: candidates[0]?.name ?? null };
}

export function scoreEntities(matcher: EntityMatcher, predicted: readonly ExtractedEntity[]): EntityScore {
  const scored = predicted.filter((entity) => SCORED_ENTITY_TYPES.has(entity.type));
  const gold = [...matcher.gold].sort((a, b) => Number(isRequiredEntity(b)) - Number(isRequiredEntity(a)));
  const pairs = maximumMatching(gold.length, (g) =>
    scored.flatMap((entity, p) => (matcher.matches(entity, gold[g] as GoldEntity) ? [p] : [])),
  );
  const pairedPredicted = new Map([...pairs].map(([g, p]) => [p, gold[g] as GoldEntity]));

  let tp = 0;
  let neutral = 0;
  const falsePositives: FalseEntity[] = [];
  scored.forEach((entity, p) => {
    const pairedGold = pairedPredicted.get(p);
    if (pairedGold !== undefined) {
      if (isRequiredEntity(pairedGold)) tp++;
      else neutral++;
      return;
    }
    const verdict = classifyUnpaired(matcher, entity);
    if (verdict === 'neutral') neutral++;
    else falsePositives.push(verdict);
  });

  const pairedGold = new Set([...pairs.keys()].map((g) => gold[g]));
  const missed = gold
    .filter((entity) => isRequiredEntity(entity) && !pairedGold.has(entity))
    .map((entity) => ({ gold: entity, foundAs: describeFoundAs(matcher, predicted, entity) }));
  return { tp, fp: falsePositives.length, fn: missed.length, missed, falsePositives, neutral };
}

export interface EventRecall {
  readonly found: number;
  readonly total: number;
  readonly missed: readonly string[];
}

/** Events have no precision here: which happenings an article "names" is open-ended. */
export function eventRecall(matcher: EntityMatcher, predicted: readonly ExtractedEntity[]): EventRecall {
  const events = matcher.gold.filter((gold) => gold.type === 'EVENT' && !gold.optional);
  const missed = events.filter((gold) => !predicted.some((entity) => matcher.matches(entity, gold)));
  return {
    found: events.length - missed.length,
    total: events.length,
    missed: missed.map((gold) => gold.name),
  };
}
