/**
 * Relation precision and recall. A predicted relation stands for a gold relation when its subject and
 * object entities match the gold ones (through the entity matching, types included), its predicate is
 * the gold one or an accepted synonym (or an accepted inverse, arguments swapped; symmetric predicates
 * either way round) and negation agrees. Modality is reported, not required. STATES is left out on both
 * sides: its object is a proposition, which the gold does not annotate.
 */
import type { ExtractedEntity, ExtractedRelation } from '../extract/types';
import { maximumMatching } from './bipartite';
import type { EntityMatcher } from './entity-matching';
import type { GoldEntity, GoldRelation } from './gold-fixture';
import type { Counts } from './metrics';

export const EXCLUDED_PREDICATES: ReadonlySet<string> = new Set(['STATES']);
export const SYMMETRIC_PREDICATES: ReadonlySet<string> = new Set([
  'BORDERS',
  'MEETS',
  'ALLIED_WITH',
  'NEGOTIATES_WITH',
]);

export interface MissedRelation {
  readonly gold: GoldRelation;
  readonly why: string;
}

export interface RelationScore extends Counts {
  readonly missed: readonly MissedRelation[];
  /** "Minsk -LOCATED_IN-> Belarus" for each predicted relation that matches no gold relation. */
  readonly falsePositives: readonly string[];
  readonly neutral: number;
  readonly userFacts: readonly { readonly fact: string; readonly found: boolean }[];
  /** Among paired relations whose gold annotates modality: how many agree on hedged vs plain. */
  readonly modality: { readonly agree: number; readonly total: number };
}

export function describeGoldRelation(relation: GoldRelation): string {
  return `${relation.subject} -${relation.negated ? 'NOT ' : ''}${relation.predicate}-> ${relation.object}`;
}

export class RelationJudge {
  private readonly entities: ReadonlyMap<string, ExtractedEntity>;

  constructor(
    private readonly matcher: EntityMatcher,
    predictedEntities: readonly ExtractedEntity[],
  ) {
    this.entities = new Map(predictedEntities.map((entity) => [entity.id, entity]));
  }

  describe(relation: ExtractedRelation): string {
    const name = (id: string) => this.entities.get(id)?.name ?? `?${id}`;
    const negation = relation.negated ? 'NOT ' : '';
    return `${name(relation.subject)} -${negation}${relation.predicate}-> ${name(relation.object)}`;
  }

  private stands(entityId: string, goldName: string): boolean {
    const entity = this.entities.get(entityId);
    const gold = this.matcher.byName(goldName);
    return entity !== undefined && gold !== undefined && this.matcher.matches(entity, gold);
  }

  private argumentsFit(relation: ExtractedRelation, subject: string, object: string): boolean {
    return this.stands(relation.subject, subject) && this.stands(relation.object, object);
  }

  fits(relation: ExtractedRelation, gold: GoldRelation): boolean {
    if (relation.negated !== gold.negated) return false;
    const sameWay =
      relation.predicate === gold.predicate || gold.acceptPredicates.includes(relation.predicate);
    const reversed =
      (SYMMETRIC_PREDICATES.has(gold.predicate) && relation.predicate === gold.predicate) ||
      gold.acceptInverse.includes(relation.predicate);
    return (
      (sameWay && this.argumentsFit(relation, gold.subject, gold.object)) ||
      (reversed && this.argumentsFit(relation, gold.object, gold.subject))
    );
  }

  /** Why a gold relation was not found, for the report the extractor engineer reads. */
  whyMissed(gold: GoldRelation, predicted: readonly ExtractedRelation[]): string {
    const found = (name: string) =>
      [...this.entities.values()].some((e) => this.matcher.matches(e, this.gold(name)));
    if (!found(gold.subject)) return `subject "${gold.subject}" not found`;
    if (!found(gold.object)) return `object "${gold.object}" not found`;
    const between = predicted.filter(
      (r) =>
        this.argumentsFit(r, gold.subject, gold.object) || this.argumentsFit(r, gold.object, gold.subject),
    );
    if (between.length === 0) return 'no relation between them';
    return `found as ${between.map((r) => this.describe(r)).join('; ')}`;
  }

  private gold(name: string): GoldEntity {
    const gold = this.matcher.byName(name);
    if (gold === undefined) throw new Error(`gold entity "${name}" is not defined`);
    return gold;
  }
}

function isRequiredRelation(gold: GoldRelation): boolean {
  return !gold.optional && !EXCLUDED_PREDICATES.has(gold.predicate);
}

function modalityAgreement(pairs: readonly (readonly [GoldRelation, ExtractedRelation])[]) {
  const annotated = pairs.filter(([gold]) => gold.modality !== undefined);
  const agree = annotated.filter(
    ([gold, relation]) => (gold.modality === null) === (relation.modality === null),
  );
  return { agree: agree.length, total: annotated.length };
}

export function scoreRelations(
  judge: RelationJudge,
  goldRelations: readonly GoldRelation[],
  predictedRelations: readonly ExtractedRelation[],
): RelationScore {
  const predicted = predictedRelations.filter((relation) => !EXCLUDED_PREDICATES.has(relation.predicate));
  const gold = goldRelations
    .filter((relation) => !EXCLUDED_PREDICATES.has(relation.predicate))
    .sort((a, b) => Number(isRequiredRelation(b)) - Number(isRequiredRelation(a)));
  const pairs = maximumMatching(gold.length, (g) =>
    predicted.flatMap((relation, p) => (judge.fits(relation, gold[g] as GoldRelation) ? [p] : [])),
  );
  const pairedPredicted = new Map([...pairs].map(([g, p]) => [p, gold[g] as GoldRelation]));

  let tp = 0;
  let neutral = 0;
  const falsePositives: string[] = [];
  predicted.forEach((relation, p) => {
    const pairedGold = pairedPredicted.get(p);
    if (pairedGold !== undefined && isRequiredRelation(pairedGold)) tp++;
    else if (pairedGold !== undefined || gold.some((g) => !isRequiredRelation(g) && judge.fits(relation, g)))
      neutral++;
    else falsePositives.push(judge.describe(relation));
  });

  const pairedGold = new Set([...pairs.keys()].map((g) => gold[g]));
  const missed = gold
    .filter((relation) => isRequiredRelation(relation) && !pairedGold.has(relation))
    .map((relation) => ({ gold: relation, why: judge.whyMissed(relation, predicted) }));
  const userFacts = gold
    .filter((relation) => relation.userFact)
    .map((relation) => ({ fact: describeGoldRelation(relation), found: pairedGold.has(relation) }));
  const pairedList = [...pairs].map(([g, p]) => [gold[g], predicted[p]] as [GoldRelation, ExtractedRelation]);
  return {
    tp,
    fp: falsePositives.length,
    fn: missed.length,
    missed,
    falsePositives,
    neutral,
    userFacts,
    modality: modalityAgreement(pairedList),
  };
}
