/**
 * When does a predicted entity stand for a gold entity? When one of its surface forms (name, aliases,
 * mention texts) equals a gold form (name, aliases, accepted forms) after normalization and the type is
 * the gold type or one of its alternatives. Gold descriptions (events, embassies) may instead list
 * keywords: every keyword group must have a word in one predicted form. A keyword match is a loose
 * association, so it never overrides an exact match to another gold entity and never counts as a merge.
 */
import type { ExtractedEntity } from '../extract/types';
import type { EntityType } from '../vocabulary';
import type { GoldEntity } from './gold-fixture';
import { normalizeName, wordsOf } from './normalize';

/** The named types the entity score counts; dates, amounts, events and concepts are open-ended. */
export const SCORED_ENTITY_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'PERSON',
  'ORGANIZATION',
  'COUNTRY',
  'CITY',
  'LOCATION',
  'FACILITY',
]);

export function predictedForms(entity: ExtractedEntity): readonly string[] {
  return [entity.name, ...entity.aliases, ...entity.mentions.map((mention) => mention.text)];
}

export function goldForms(gold: GoldEntity): readonly string[] {
  return [gold.name, ...gold.aliases, ...gold.accept];
}

export function typeFits(type: EntityType, gold: GoldEntity): boolean {
  return type === gold.type || gold.altTypes.includes(type);
}

function keywordsFit(gold: GoldEntity, formWords: readonly ReadonlySet<string>[]): boolean {
  if (gold.keywords.length === 0) return false;
  return formWords.some((words) =>
    gold.keywords.every((group) => group.some((keyword) => words.has(keyword))),
  );
}

export class EntityMatcher {
  private readonly goldFormSets: ReadonlyMap<GoldEntity, ReadonlySet<string>>;
  private readonly exactCache = new Map<ExtractedEntity, readonly GoldEntity[]>();

  constructor(readonly gold: readonly GoldEntity[]) {
    this.goldFormSets = new Map(
      gold.map((entity) => [entity, new Set(goldForms(entity).map(normalizeName))]),
    );
  }

  /** Gold entities a predicted entity names, whatever its type: the identity claims merges are judged on. */
  exactGold(entity: ExtractedEntity): readonly GoldEntity[] {
    const cached = this.exactCache.get(entity);
    if (cached !== undefined) return cached;
    const forms = new Set(predictedForms(entity).map(normalizeName));
    const found = this.gold.filter((gold) =>
      [...(this.goldFormSets.get(gold) ?? [])].some((form) => forms.has(form)),
    );
    this.exactCache.set(entity, found);
    return found;
  }

  matches(entity: ExtractedEntity, gold: GoldEntity): boolean {
    if (!typeFits(entity.type, gold)) return false;
    const exact = this.exactGold(entity);
    if (exact.includes(gold)) return true;
    if (exact.length > 0) return false;
    return keywordsFit(
      gold,
      predictedForms(entity).map((form) => new Set(wordsOf(form))),
    );
  }

  candidates(entity: ExtractedEntity): readonly GoldEntity[] {
    return this.gold.filter((gold) => this.matches(entity, gold));
  }

  /** The gold entity with this name (relations refer to gold entities by name). */
  byName(name: string): GoldEntity | undefined {
    return this.gold.find((gold) => gold.name === name);
  }
}
