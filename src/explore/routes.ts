/**
 * What the API serves beside GraphQL for people: the Neo4j Browser style and guide (fetched by Browser
 * from another origin, hence the permissive CORS of the HTTP layer) and, outside production, the offline
 * GraphQL IDE with its assets.
 */
import type { ServerResponse } from 'node:http';
import type { Config } from '../config';
import type { Route } from '../api/http/handler';
import { GUIDE_PATH, STYLE_PATH } from './browser-setup';
import { loadExampleOperations } from './example-operations';
import { loadExploreQueries } from './explore-queries';
import { renderGraphStyle } from './graph-style';
import { renderGuide } from './guide';
import { IDE_PATH, ideAsset, renderOfflineIde } from './offline-ide';

export interface ExploreRoutesOptions {
  readonly config: Config;
  readonly graphqlPath: string;
  /** The GraphQL URL the guide shows; known once the server listens, hence a function. */
  readonly graphqlUrl: () => string;
  /** Headers the IDE sends (the API key, for a local development server); empty otherwise. */
  readonly ideHeaders: Readonly<Record<string, string>>;
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

/**
 * Altair wants an absolute endpoint URL: the one the browser used to reach us (its Host header, when it is
 * a plain host[:port], since it goes into the page), so it works behind any name or port.
 */
export function endpointFor(host: string | undefined, graphqlPath: string): string | null {
  return host !== undefined && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:]+\](:\d{1,5})?$/.test(host)
    ? `http://${host}${graphqlPath}`
    : null;
}

export function exploreRoutes(options: ExploreRoutesOptions): Route[] {
  const style = renderGraphStyle();
  const queries = loadExploreQueries();
  let guide: string | undefined;
  const routes: Route[] = [
    {
      path: STYLE_PATH,
      methods: ['GET'],
      handle: (_q, response) => send(response, 'text/plain; charset=utf-8', style),
    },
    {
      path: GUIDE_PATH,
      methods: ['GET'],
      handle: (_q, response) => {
        guide ??= renderGuide(queries, options.graphqlUrl());
        send(response, 'text/html; charset=utf-8', guide);
      },
    },
  ];
  if (options.config.nodeEnv === 'production') return routes;
  const operations = loadExampleOperations();
  const pages = new Map<string, string>();
  const idePage = (endpoint: string): string => {
    let page = pages.get(endpoint);
    if (page === undefined) {
      page = renderOfflineIde({ graphqlUrl: endpoint, operations, headers: options.ideHeaders });
      if (pages.size >= 16) pages.clear(); // Host headers are the client's: keep the cache bounded
      pages.set(endpoint, page);
    }
    return page;
  };
  routes.push(
    {
      path: IDE_PATH,
      methods: ['GET'],
      handle: (request, response) => {
        const endpoint = endpointFor(request.headers.host, options.graphqlPath) ?? options.graphqlUrl();
        send(response, 'text/html; charset=utf-8', idePage(endpoint));
      },
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
