/**
 * The GraphQL schema, built from the type-graphql classes; schema/schema.graphql is its printout.
 *
 * Every object type is declared with `simpleResolvers: true`: its plain fields carry no middleware and no
 * auth (auth guards mutations, on resolver methods), so graphql-js's default resolver reads them instead
 * of type-graphql's basic one, which allocates a resolver-data object and runs an empty middleware chain
 * for every field of every object (a page of 20 entities with 10 relations each is about 700 fields).
 * Fields resolved by @FieldResolver methods keep their resolvers.
 */
import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, type PubSub } from 'type-graphql';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { ArticleResolver, IngestResultResolver } from './article/article.resolver';
import { apiKeyAuthChecker } from './auth';
import { EntityResolver } from './entity/entity.resolver';
import { IngestJobResolver } from './job/job.resolver';
import { NodeResolver } from './node/node.resolver';
import { PathResolver } from './path/path.resolver';
import { EvidenceResolver, RelationResolver } from './relation/relation.resolver';
import { SearchResolver } from './search/search.resolver';
import {
  ArticleIngestedResolver,
  RelationAddedResolver,
  SubscriptionResolver,
} from './subscriptions/subscription.resolver';

export const RESOLVERS = [
  NodeResolver,
  EntityResolver,
  RelationResolver,
  EvidenceResolver,
  ArticleResolver,
  IngestResultResolver,
  IngestJobResolver,
  SearchResolver,
  PathResolver,
  SubscriptionResolver,
  ArticleIngestedResolver,
  RelationAddedResolver,
  AnalyticsResolver,
] as const;

/**
 * type-graphql refuses to build subscriptions without a PubSub for its topic-based form; ours use the
 * `subscribe` form over the ingest event bus (src/events), which a server owns, so this one is never
 * called and says so if it ever is.
 */
const TOPICS_UNUSED: PubSub = {
  publish() {
    throw new Error('type-graphql topics are not used: publish to the ingest event bus (src/events)');
  },
  subscribe() {
    throw new Error(
      'type-graphql topics are not used: subscriptions pass `subscribe` (src/api/subscriptions)',
    );
  },
};

let built: GraphQLSchema | undefined;

/** Built once per process (type-graphql's metadata is global). */
export function buildApiSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: RESOLVERS,
    validate: false,
    authChecker: apiKeyAuthChecker,
    pubSub: TOPICS_UNUSED,
  });
  return built;
}

/** The committed schema/schema.graphql: sorted, so the file changes only when the schema does. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}
