/**
 * What the API serves beside GraphQL for people: the Neo4j Browser style and guide (fetched by Browser
 * from another origin: the only routes with CORS, for Browser's origins only) and, outside production, the
 * offline GraphQL IDE with its assets and the API key form's script. No page carries the API key.
 */
import type { ServerResponse } from 'node:http';
import type { Config } from '../config';
import type { Route } from '../api/http/handler';
import { API_KEY_SCRIPT_PATH, renderApiKeyScript } from './api-key-prompt';
import { GUIDE_PATH, neo4jBrowserOrigins, STYLE_PATH } from './browser-setup';
import { loadExampleOperations } from './example-operations';
import { loadExploreQueries } from './explore-queries';
import { renderGraphStyle } from './graph-style';
import { renderGuide } from './guide';
import { IDE_INIT_SCRIPT, IDE_PATH, ideAsset, renderIdeInitScript, renderOfflineIde } from './offline-ide';

export interface ExploreRoutesOptions {
  readonly config: Config;
  readonly graphqlPath: string;
  /** The GraphQL URL the guide shows; known once the server listens, hence a function. */
  readonly graphqlUrl: () => string;
}

function send(
  response: ServerResponse,
  contentType: string,
  body: string | Buffer,
  cache = 'no-cache',
): void {
  response.statusCode = 200;
  response.setHeader('content-type', contentType);
  response.setHeader('content-length', Buffer.byteLength(body));
  response.setHeader('cache-control', cache);
  response.end(body);
}

const JAVASCRIPT = 'text/javascript; charset=utf-8';

export function exploreRoutes(options: ExploreRoutesOptions): Route[] {
  const style = renderGraphStyle();
  const queries = loadExploreQueries();
  const allowedOrigins = neo4jBrowserOrigins(options.config);
  let guide: string | undefined;
  const routes: Route[] = [
    {
      path: STYLE_PATH,
      methods: ['GET'],
      allowedOrigins,
      handle: (_q, response) => send(response, 'text/plain; charset=utf-8', style),
    },
    {
      path: GUIDE_PATH,
      methods: ['GET'],
      allowedOrigins,
      handle: (_q, response) => {
        guide ??= renderGuide(queries, options.graphqlUrl());
        send(response, 'text/html; charset=utf-8', guide);
      },
    },
  ];
  if (options.config.nodeEnv === 'production') return routes;
  const page = renderOfflineIde();
  const init = renderIdeInitScript({ graphqlPath: options.graphqlPath, operations: loadExampleOperations() });
  const keyScript = renderApiKeyScript();
  routes.push(
    {
      path: IDE_PATH,
      methods: ['GET'],
      handle: (_q, response) => send(response, 'text/html; charset=utf-8', page),
    },
    {
      path: `${IDE_PATH}${IDE_INIT_SCRIPT}`,
      methods: ['GET'],
      handle: (_q, response) => send(response, JAVASCRIPT, init),
    },
    {
      path: API_KEY_SCRIPT_PATH,
      methods: ['GET'],
      handle: (_q, response) => send(response, JAVASCRIPT, keyScript),
    },
    {
      path: IDE_PATH,
      prefix: true,
      methods: ['GET'],
      handle: async (_q, response, url) => {
        const asset = await ideAsset(url.pathname.slice(IDE_PATH.length));
        if (asset === null) {
          response.statusCode = 404;
          response.end();
        } else send(response, asset.contentType, asset.body, 'public, max-age=3600');
      },
    },
  );
  return routes;
}
