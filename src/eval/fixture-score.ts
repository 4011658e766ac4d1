/** Every check of one gold fixture against one Extraction, in one pure function. */
import type { Extraction } from '../extract/types';
import { EntityMatcher } from './entity-matching';
import { eventRecall, scoreEntities, type EntityScore, type EventRecall } from './entity-score';
import { findForbiddenEntities, type ForbiddenEntity } from './forbidden-entities';
import type { GoldFixture } from './gold-fixture';
import { checkAliasGroups, findFalseMerges, type AliasGroupCheck, type FalseMerge } from './merge-checks';
import { RelationJudge, scoreRelations, type RelationScore } from './relation-score';

export interface FixtureScore {
  readonly name: string;
  readonly entities: EntityScore;
  readonly events: EventRecall;
  readonly aliasGroups: readonly AliasGroupCheck[];
  readonly falseMerges: readonly FalseMerge[];
  readonly forbidden: readonly ForbiddenEntity[];
  readonly relations: RelationScore;
}

export function scoreFixture(
  name: string,
  text: string,
  gold: GoldFixture,
  extraction: Extraction,
): FixtureScore {
  const matcher = new EntityMatcher(gold.entities);
  const judge = new RelationJudge(matcher, extraction.entities);
  return {
    name,
    entities: scoreEntities(matcher, extraction.entities),
    events: eventRecall(matcher, extraction.entities),
    aliasGroups: checkAliasGroups(gold.entities, extraction.entities, text),
    falseMerges: findFalseMerges(matcher, extraction.entities, gold),
    forbidden: findForbiddenEntities(extraction.entities, gold.mustNotBeEntities),
    relations: scoreRelations(judge, gold.relations, extraction.relations),
  };
}
