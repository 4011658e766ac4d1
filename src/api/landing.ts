/**
 * The page GET /graphql shows a browser. In development: Apollo Sandbox (loaded from Apollo's CDN) with an
 * example operation, and a note for people without internet pointing at the offline IDE (/ide/). In
 * production: nothing. The page holds no API key: the key form (src/explore/api-key-prompt.ts) asks the
 * user, and Sandbox starts with the key given in this tab. Where those live comes in as LandingLinks
 * (src/pages.ts): api does not import explore.
 */
import type { ApolloServerPlugin, GraphQLServerListener } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Config } from '../config';
import type { LandingLinks } from '../pages';

export const EXAMPLE_OPERATION = `# Welcome to the newsgraph API. Run this, then explore the schema on the left.
# Who sanctions whom, with the sentences that say so:
query WhoSanctionsWhom {
  relations(where: { predicate: "SANCTIONS" }, first: 10) {
    totalCount
    edges {
      node {
        subject { name type }
        predicate
        object { name type }
        confidence
        evidence { text article { title publishedAt } }
      }
    }
  }
  searchEntities(query: "Lukashenka", first: 3) {
    score
    entity { id name aliases }
  }
}
`;

export const OFFLINE_NOTE_ID = 'newsgraph-offline-ide';

/** A line at the bottom of the Sandbox page: Sandbox needs Apollo's CDN, the offline IDE does not. */
export function withOfflineNote(html: string, idePath: string): string {
  const note =
    `<div id="${OFFLINE_NOTE_ID}" style="position:fixed;bottom:0;left:0;right:0;z-index:10;padding:6px 12px;` +
    'font:13px system-ui,sans-serif;background:#1b2240;color:#fff;text-align:center">' +
    `No internet, or Sandbox does not load? Use the offline GraphQL IDE at <a style="color:#9cf" href="${idePath}">${idePath}</a>` +
    ' (it ships with newsgraph and has the example operations).</div>';
  return html.includes('</body>') ? html.replace('</body>', `${note}</body>`) : `${html}${note}`;
}

const SANDBOX_START = 'new window.EmbeddedSandbox(';

/**
 * Loads the key form's script (same origin, which the page's Content-Security-Policy allows as 'self')
 * and hands the key of this tab, if any, to Sandbox as it starts.
 */
export function withApiKeyForm(html: string, scriptPath: string): string {
  if (!html.includes(SANDBOX_START) || !html.includes('<body>'))
    throw new Error('the Sandbox landing page changed: no place for the API key form');
  return html
    .replace('<body>', `<body>\n<script src="${scriptPath}"></script>`)
    .replace(
      SANDBOX_START,
      'if (window.newsgraphApiKey) embeddedSandboxConfig.initialState = Object.assign({}, ' +
        'embeddedSandboxConfig.initialState, { sharedHeaders: window.newsgraphApiKey.headers() });\n  ' +
        SANDBOX_START,
    );
}

export function landingPagePlugin(config: Config, links?: LandingLinks): ApolloServerPlugin {
  if (config.nodeEnv === 'production') return ApolloServerPluginLandingPageDisabled();
  const sandbox = ApolloServerPluginLandingPageLocalDefault({
    embed: { endpointIsEditable: false, initialState: { sharedHeaders: {} } },
    document: EXAMPLE_OPERATION,
    footer: false,
  });
  return {
    async serverWillStart(context): Promise<GraphQLServerListener> {
      const listener = await sandbox.serverWillStart?.(context);
      const page = await listener?.renderLandingPage?.();
      const html = typeof page?.html === 'function' ? await page.html() : (page?.html ?? '');
      const landing =
        links === undefined
          ? html
          : withApiKeyForm(withOfflineNote(html, links.offlineIdePath), links.apiKeyScriptPath);
      return { renderLandingPage: async () => ({ html: landing }) };
    },
  };
}
