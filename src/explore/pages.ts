/**
 * What the API serves beside GraphQL for people: the Neo4j Browser style and guide (fetched by Browser
 * from another origin: the only pages with CORS, for Browser's origins only) and, outside production, the
 * offline GraphQL IDE with its bundle and the API key form's script. No page carries the API key. Plain
 * data (src/pages.ts): the composition root hands it to the API server, which never imports explore/.
 */
import { getDistDirectory } from 'altair-static';
import type { Config } from '../config';
import type { PageRoute, Pages } from '../pages';
import { API_KEY_SCRIPT_PATH, renderApiKeyScript } from './api-key-prompt';
import { GUIDE_PATH, neo4jBrowserOrigins, STYLE_PATH } from './browser-setup';
import { loadExampleOperations } from './example-operations';
import { loadExploreQueries } from './explore-queries';
import { renderGraphStyle } from './graph-style';
import { renderGuide } from './guide';
import { IDE_INIT_SCRIPT, IDE_PATH, renderIdeInitScript, renderOfflineIde } from './offline-ide';

export interface ExplorePagesOptions {
  readonly config: Config;
  /** The GraphQL path on the API server, e.g. /graphql: the IDE makes it absolute from its own origin. */
  readonly graphqlPath: string;
}

const HTML = 'text/html; charset=utf-8';
const JAVASCRIPT = 'text/javascript; charset=utf-8';
/** The IDE's bundle changes only with the altair-static package. */
const IDE_BUNDLE_MAX_AGE_S = 3_600;

export function explorePages(options: ExplorePagesOptions): Pages {
  const style = renderGraphStyle();
  const queries = loadExploreQueries();
  const allowedOrigins = neo4jBrowserOrigins(options.config);
  let guide: string | undefined;
  const routes: PageRoute[] = [
    {
      path: STYLE_PATH,
      allowedOrigins,
      render: () => ({ contentType: 'text/plain; charset=utf-8', body: style }),
    },
    {
      path: GUIDE_PATH,
      allowedOrigins,
      render: ({ graphqlUrl }) => {
        guide ??= renderGuide(queries, graphqlUrl);
        return { contentType: HTML, body: guide };
      },
    },
  ];
  if (options.config.nodeEnv === 'production') return { routes, folders: [] };
  const page = renderOfflineIde();
  const init = renderIdeInitScript({ graphqlPath: options.graphqlPath, operations: loadExampleOperations() });
  const keyScript = renderApiKeyScript();
  routes.push(
    { path: IDE_PATH, render: () => ({ contentType: HTML, body: page }) },
    { path: `${IDE_PATH}${IDE_INIT_SCRIPT}`, render: () => ({ contentType: JAVASCRIPT, body: init }) },
    { path: API_KEY_SCRIPT_PATH, render: () => ({ contentType: JAVASCRIPT, body: keyScript }) },
  );
  return {
    routes,
    folders: [{ prefix: IDE_PATH, root: getDistDirectory(), maxAgeSeconds: IDE_BUNDLE_MAX_AGE_S }],
    landing: { offlineIdePath: IDE_PATH, apiKeyScriptPath: API_KEY_SCRIPT_PATH },
  };
}
