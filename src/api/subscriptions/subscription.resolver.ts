/**
 * Subscription.articleIngested and Subscription.relationAdded(predicate, entityId): the ingest events of
 * src/events, as GraphQL over graphql-ws (websocket.ts). The filters run in the bus, so a subscriber only
 * queues what it asked for. Nothing is read from the graph unless the selection asks for `article` or
 * `relation`.
 */
import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { ArticleIngestedEvent, RelationAddedEvent } from '../../events/ingest-events';
import { isValidRelationshipType } from '../../vocabulary';
import { Article, IngestStatus } from '../article/article.type';
import { BadUserInputError } from '../errors';
import { Relation } from '../relation/relation.type';
import { relationId } from '../relation/relation-id';
import type { SubscriptionContext } from './subscription-context';
import { ArticleIngested, RelationAdded } from './subscription.types';

const MAX_ID_LENGTH = 500;

interface RelationFilterArgs {
  readonly predicate?: string | null;
  readonly entityId?: string | null;
}

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => ArticleIngested, {
    description: 'Every article whose ingest commits from now on (NEW or REPLACED).',
    subscribe: ({ context }) => (context as SubscriptionContext).events.subscribe('articleIngested'),
  })
  articleIngested(@Root() event: ArticleIngestedEvent): ArticleIngested {
    return {
      articleId: event.articleId,
      title: event.title,
      status: event.status === 'new' ? IngestStatus.NEW : IngestStatus.REPLACED,
      entities: event.entities,
      relations: event.relations,
    };
  }

  @Subscription(() => RelationAdded, {
    description:
      'Every relation an ingested article states, from now on; only those with this predicate (e.g. ' +
      'SANCTIONS) and/or this entity as subject or object, when given.',
    subscribe: ({ args, context }) => {
      const accept = relationFilter(args as RelationFilterArgs);
      return (context as SubscriptionContext).events.subscribe('relationAdded', accept);
    },
  })
  relationAdded(
    @Root() event: RelationAddedEvent,
    @Arg('predicate', () => String, { nullable: true }) _predicate: string | null,
    @Arg('entityId', () => ID, { nullable: true }) _entityId: string | null,
  ): RelationAdded {
    return {
      articleId: event.articleId,
      relationId: relationId(event),
      predicate: event.predicate,
      subjectId: event.subjectId,
      objectId: event.objectId,
    };
  }
}

/** Checks the filters (BAD_USER_INPUT before anything is subscribed) and returns the bus's filter. */
export function relationFilter(args: RelationFilterArgs): (event: RelationAddedEvent) => boolean {
  const predicate = args.predicate ?? null;
  const entityId = args.entityId ?? null;
  if (predicate !== null && !isValidRelationshipType(predicate)) {
    throw new BadUserInputError(
      `"predicate" must be an UPPER_SNAKE predicate such as SANCTIONS; got "${predicate.slice(0, 100)}".`,
      'predicate',
    );
  }
  if (entityId !== null && (entityId.trim() === '' || entityId.length > MAX_ID_LENGTH)) {
    throw new BadUserInputError(
      `"entityId" must be an entity id (1 to ${MAX_ID_LENGTH} characters).`,
      'entityId',
    );
  }
  return (event) =>
    (predicate === null || event.predicate === predicate) &&
    (entityId === null || event.subjectId === entityId || event.objectId === entityId);
}

@Resolver(() => ArticleIngested)
export class ArticleIngestedResolver {
  @FieldResolver(() => Article, { nullable: true })
  article(@Root() event: ArticleIngested, @Ctx() { services }: SubscriptionContext): Promise<Article | null> {
    return services.articles.byId(event.articleId);
  }
}

@Resolver(() => RelationAdded)
export class RelationAddedResolver {
  @FieldResolver(() => Relation, { nullable: true })
  relation(@Root() event: RelationAdded, @Ctx() { services }: SubscriptionContext): Promise<Relation | null> {
    return services.relations.byId(event.relationId);
  }
}
