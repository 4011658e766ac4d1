/**
 * Alias merging, both ways. An alias group (a gold name and its aliases that occur in the text) is merged
 * when one predicted entity carries every form of it. A false merge is a predicted entity whose forms name
 * two gold entities, unless the gold lists the pair under mayMerge.
 */
import type { ExtractedEntity } from '../extract/types';
import { EntityMatcher, predictedForms } from './entity-matching';
import type { GoldEntity, GoldFixture } from './gold-fixture';
import { normalizeName, occursIn } from './normalize';

export interface AliasGroupCheck {
  readonly gold: string;
  readonly forms: readonly string[];
  readonly merged: boolean;
  /** For a failed group: each form and the predicted entities that carry it. */
  readonly holders: readonly string[];
}

export interface FalseMerge {
  readonly entity: ExtractedEntity;
  readonly gold: readonly string[];
  /** The pair is one the annotator named under mustNotMerge. */
  readonly namedTrap: boolean;
}

function formsInText(gold: GoldEntity, normalizedText: string): string[] {
  const byNormal = new Map<string, string>();
  for (const form of [gold.name, ...gold.aliases]) {
    if (occursIn(form, normalizedText) && !byNormal.has(normalizeName(form)))
      byNormal.set(normalizeName(form), form);
  }
  return [...byNormal.values()];
}

function holdersOf(form: string, predicted: readonly ExtractedEntity[]): string {
  const normal = normalizeName(form);
  const holders = predicted.filter((entity) =>
    predictedForms(entity).some((f) => normalizeName(f) === normal),
  );
  const names = holders.map((entity) => `${entity.name} (${entity.type})`);
  return `"${form}" -> ${names.length === 0 ? 'not found' : names.join(', ')}`;
}

export function checkAliasGroups(
  gold: readonly GoldEntity[],
  predicted: readonly ExtractedEntity[],
  text: string,
): AliasGroupCheck[] {
  const normalizedText = normalizeName(text);
  const formSets = predicted.map((entity) => new Set(predictedForms(entity).map(normalizeName)));
  return gold
    .filter((entity) => !entity.optional)
    .map((entity) => ({ gold: entity.name, forms: formsInText(entity, normalizedText) }))
    .filter((group) => group.forms.length >= 2)
    .map((group) => {
      const merged = formSets.some((set) => group.forms.every((form) => set.has(normalizeName(form))));
      const holders = merged ? [] : group.forms.map((form) => holdersOf(form, predicted));
      return { ...group, merged, holders };
    });
}

function pairKey(a: string, b: string): string {
  return [a, b].sort().join('\u0000');
}

export function findFalseMerges(
  matcher: EntityMatcher,
  predicted: readonly ExtractedEntity[],
  fixture: Pick<GoldFixture, 'mayMerge' | 'mustNotMerge'>,
): FalseMerge[] {
  const allowed = new Set(fixture.mayMerge.map(([a, b]) => pairKey(a, b)));
  const traps = new Set(fixture.mustNotMerge.map(([a, b]) => pairKey(a, b)));
  const merges: FalseMerge[] = [];
  for (const entity of predicted) {
    const names = matcher.exactGold(entity).map((gold) => gold.name);
    const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => pairKey(a, b)));
    const wrong = pairs.filter((pair) => !allowed.has(pair));
    if (wrong.length > 0)
      merges.push({ entity, gold: names, namedTrap: wrong.some((pair) => traps.has(pair)) });
  }
  return merges;
}
