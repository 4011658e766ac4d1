import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection, Edge } from '../common/connection.types';
import { Node } from '../common/node.interface';

@ObjectType({ simpleResolvers: true, description: 'A sentence of an article that states a relation.' })
export class Evidence {
  /** Resolved by EvidenceResolver.article through the per-request article loader. */
  articleId!: string;

  @Field(() => Int, { description: 'Index of the sentence in the article (0-based).' })
  sentenceIndex!: number;

  @Field({ description: 'The sentence.' })
  text!: string;

  @Field(() => Int, { description: 'Offset of the sentence in the article text (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the sentence (exclusive).' })
  end!: number;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A fact between two entities: every sentence that states the same subject, predicate, object, ' +
    'negation and modality, over all articles, is evidence of one Relation.',
})
export class Relation implements Node {
  readonly __typename = 'Relation';

  @Field(() => ID, { description: 'Opaque; stable while the relation has evidence.' })
  id!: string;

  subjectId!: string;
  objectId!: string;

  @Field({ description: 'UPPER_SNAKE verb, e.g. SANCTIONS, BORDERS, RULED_BY.' })
  predicate!: string;

  @Field(() => Float, {
    description: 'Noisy-or of the confidences of its evidence, 1 - Π(1 - c): corroboration raises it.',
  })
  confidence!: number;

  @Field({ description: 'True when the articles state that it does not hold.' })
  negated!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. "may", "could", "will", "reported"; null for a plain assertion.',
  })
  modality!: string | null;

  @Field(() => String, { nullable: true, description: 'Latest date (YYYY-MM-DD) its evidence gives it.' })
  date!: string | null;

  /** All of it, in reading order; clients get it a page at a time (RelationResolver.evidence). */
  evidence!: Evidence[];
}

@ObjectType({ simpleResolvers: true })
export class RelationEdge extends Edge(() => Relation) {}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of relations, ordered by predicate, subject id, object id.',
})
export class RelationConnection extends Connection(() => RelationEdge, 'relations') {}

@ObjectType({ simpleResolvers: true, description: 'A predicate in use and how many relations have it.' })
export class PredicateCount {
  @Field()
  predicate!: string;

  @Field(() => Int)
  count!: number;
}
