/** The GraphQL schema, built from the type-graphql classes; schema/schema.graphql is its printout. */
import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { ArticleResolver, IngestResultResolver } from './article/article.resolver';
import { EntityResolver } from './entity/entity.resolver';
import { NodeResolver } from './node/node.resolver';
import { PathResolver } from './path/path.resolver';
import { EvidenceResolver, RelationResolver } from './relation/relation.resolver';
import { SearchResolver } from './search/search.resolver';

export const RESOLVERS = [
  NodeResolver,
  EntityResolver,
  RelationResolver,
  EvidenceResolver,
  ArticleResolver,
  IngestResultResolver,
  SearchResolver,
  PathResolver,
  AnalyticsResolver,
] as const;

let built: GraphQLSchema | undefined;

/** Built once per process (type-graphql's metadata is global). */
export function buildApiSchema(): GraphQLSchema {
  built ??= buildSchemaSync({ resolvers: RESOLVERS, validate: false });
  return built;
}

/** The committed schema/schema.graphql: sorted, so the file changes only when the schema does. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}
