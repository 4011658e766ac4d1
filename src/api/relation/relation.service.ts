import type { GraphReader, RelationFilter } from '../../graph/read';
import { isValidRelationshipType } from '../../vocabulary';
import { connectionOf, pageRequest, sliceOf, type ConnectionValue } from '../common/pagination';
import { dayRange } from '../common/days';
import { optionalText } from '../common/validate';
import { BadUserInputError } from '../errors';
import type { Loaders } from '../loaders';
import type { Entity } from '../entity/entity.type';
import { parseRelationId } from './relation-id';
import type { RelationWhere } from './relation.input';
import type { PredicateCount, Relation } from './relation.type';
import { toRelation } from '../values';

/** Predicates are UPPER_SNAKE; accept any case from clients, refuse anything else. */
export function normalizePredicate(value: string | null | undefined): string | null {
  const text = optionalText(value, 'predicate', 100);
  if (text === null) return null;
  const predicate = text.toUpperCase();
  if (!isValidRelationshipType(predicate)) {
    throw new BadUserInputError(
      `"predicate" must be an UPPER_SNAKE name such as SANCTIONS, got "${text}". Query.predicates lists those in use.`,
      'predicate',
    );
  }
  return predicate;
}

export class RelationService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  /** The relation a Relation id names; null for an id of another shape or a relation without evidence. */
  async byId(id: string): Promise<Relation | null> {
    const key = parseRelationId(id);
    return key === null ? null : this.loaders.relation.load(key);
  }

  async list(
    where: RelationWhere | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionValue<Relation>> {
    const page = pageRequest('relations', first, after);
    const filter = relationFilter(where);
    const rows = await this.reader.relationsPage(filter, sliceOf(page));
    return connectionOf(
      'relations',
      page,
      rows,
      (row) => row.key,
      toRelation,
      () => this.reader.relationsCount(filter),
    );
  }

  async predicates(): Promise<PredicateCount[]> {
    return this.reader.predicates();
  }

  /** At once when a compiled statement read it (see PrimedLoader), else through the loader. */
  subjectOf(relation: Relation): Entity | Promise<Entity> {
    return this.entity(relation.subjectId);
  }

  objectOf(relation: Relation): Entity | Promise<Entity> {
    return this.entity(relation.objectId);
  }

  private entity(id: string): Entity | Promise<Entity> {
    // Gone only when the entity was deleted between the two queries of this request.
    return this.loaders.entity.present(id, `entity ${id} of a relation is gone`);
  }
}

/** More predicates than one filter needs (the vocabulary has 55). */
const MAX_PREDICATES = 100;

export function relationFilter(where: RelationWhere | null | undefined): RelationFilter {
  const minConfidence = confidenceBound(where?.minConfidence, 'minConfidence');
  const maxConfidence = confidenceBound(where?.maxConfidence, 'maxConfidence');
  if (minConfidence !== null && maxConfidence !== null && minConfidence > maxConfidence) {
    throw new BadUserInputError(
      `"minConfidence" (${minConfidence}) is greater than "maxConfidence" (${maxConfidence}).`,
      'minConfidence',
    );
  }
  const modality = optionalText(where?.modality, 'where.modality', 50);
  return {
    predicates: predicatesOf(where?.predicate, where?.predicates),
    subjectId: optionalText(where?.subjectId, 'where.subjectId', 500),
    objectId: optionalText(where?.objectId, 'where.objectId', 500),
    articleId: optionalText(where?.articleId, 'where.articleId', 500),
    minConfidence,
    maxConfidence,
    ...dayRange(where?.from, where?.to),
    negated: where?.negated ?? null,
    modality: modality === null ? null : modality.toLowerCase(),
    sourceId: optionalText(where?.sourceId, 'where.sourceId', 500),
  };
}

function confidenceBound(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (!(value >= 0 && value <= 1)) {
    throw new BadUserInputError(`"${argument}" must be from 0 to 1, got ${value}.`, argument);
  }
  return value;
}

/** `predicate` and `predicates` together: a relation must match both (an empty list matches nothing). */
function predicatesOf(
  predicate: string | null | undefined,
  predicates: readonly string[] | null | undefined,
): string[] | null {
  const one = normalizePredicate(predicate);
  if (predicates === null || predicates === undefined) return one === null ? null : [one];
  if (predicates.length > MAX_PREDICATES) {
    throw new BadUserInputError(`"predicates" lists more than ${MAX_PREDICATES} predicates.`, 'predicates');
  }
  const list = [
    ...new Set(
      predicates.map((value) => {
        const normalized = normalizePredicate(value);
        if (normalized === null)
          throw new BadUserInputError('"predicates" has an empty entry.', 'predicates');
        return normalized;
      }),
    ),
  ];
  return one === null ? list : list.filter((value) => value === one);
}
