/** Stub until the relation stage lands (H5b replaces this file): no relations yet. */
import type { Annotation } from '../../../nlp/annotation';
import type { EntityTable, RelationCandidate } from '../model';

/** A candidate with its chosen predicate and confidence. */
export interface SyntaxRelation extends RelationCandidate {
  readonly predicate: string;
  readonly confidence: number;
}

export function readRelations(
  _annotation: Annotation,
  _table: EntityTable,
  _text: string,
): readonly SyntaxRelation[] {
  return [];
}
