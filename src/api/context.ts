/**
 * What every resolver gets: the request id, whether the caller is authenticated, per-request services.
 * Every read of a request goes through one SharedReadTransaction (one read transaction, tagged with the
 * operation's name and the request id); readTransactionPlugin closes it with the response.
 */
import type { Config } from '../config';
import type { GraphDatabase } from '../graph/database';
import { type FactTypeSource, GraphReader, SharedReadTransaction } from '../graph/read';
import type { Logger } from '../logger';
import { AnalyticsService } from './analytics/analytics.service';
import type { ArticleWriter } from './article/article-writer';
import { ArticleService } from './article/article.service';
import { authenticate, type AuthOutcome } from './auth';
import { EntityService } from './entity/entity.service';
import { createLoaders } from './loaders';
import { NodeService } from './node/node.service';
import { PathService } from './path/path.service';
import { RelationService } from './relation/relation.service';
import { SearchService } from './search/search.service';

export interface ApiServices {
  readonly entities: EntityService;
  readonly relations: RelationService;
  readonly articles: ArticleService;
  readonly search: SearchService;
  readonly paths: PathService;
  readonly nodes: NodeService;
  readonly analytics: AnalyticsService;
}

export interface ApiContext {
  readonly requestId: string;
  readonly logger: Logger;
  readonly auth: AuthOutcome;
  readonly services: ApiServices;
  /** The request's read transaction: opened by its first read, closed when the response is sent. */
  readonly readTransaction: SharedReadTransaction;
}

/** What lives as long as the server: shared by every request's context. */
export interface ApiDependencies {
  readonly config: Config;
  readonly database: GraphDatabase;
  readonly writer: ArticleWriter;
  readonly logger: Logger;
  readonly apiKey: string | null;
  /** The predicates in use, read now and then (graphFactTypes): compiled statements expand facts by type. */
  readonly factTypes: FactTypeSource | null;
}

export function createContext(
  deps: ApiDependencies,
  request: { requestId: string; authorization: string | undefined },
): ApiContext {
  const readTransaction = new SharedReadTransaction(deps.database, {
    operation: '(anonymous)',
    requestId: request.requestId,
  });
  const reader = new GraphReader(readTransaction, deps.factTypes);
  const loaders = createLoaders(reader);
  return {
    requestId: request.requestId,
    logger: deps.logger.child({ requestId: request.requestId }),
    auth: authenticate(request.authorization, deps.apiKey),
    readTransaction,
    services: {
      entities: new EntityService(reader, loaders),
      relations: new RelationService(reader, loaders),
      articles: new ArticleService(reader, loaders, deps.writer, deps.config),
      search: new SearchService(reader, loaders),
      paths: new PathService(reader, loaders),
      nodes: new NodeService(loaders),
      analytics: new AnalyticsService(reader.analytics, loaders),
    },
  };
}
