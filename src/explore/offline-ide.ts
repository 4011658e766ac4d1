/**
 * A GraphQL IDE that works without internet (Apollo Sandbox loads from Apollo's CDN and cannot): Altair,
 * whose whole app ships inside the altair-static package, served from /ide/ with our example operations
 * as its windows. The page holds no key and no server-specific value: a script of ours (IDE_INIT_SCRIPT)
 * starts Altair with the endpoint of the page's own origin and the key the user gave in this tab
 * (api-key-prompt.ts), so no other page can read a key from it.
 */
import { renderAltair } from 'altair-static';
import { API_KEY_SCRIPT_PATH } from './api-key-prompt';
import type { ExampleOperation } from './example-operations';

export const IDE_PATH = '/ide/';
/** Served at IDE_PATH + IDE_INIT_SCRIPT: the call that starts Altair, with the example operations. */
export const IDE_INIT_SCRIPT = 'newsgraph-init.js';

export interface OfflineIdeOptions {
  /** The GraphQL path on this server, e.g. /graphql: the page makes it absolute from its own origin. */
  readonly graphqlPath: string;
  readonly operations: readonly ExampleOperation[];
}

/** The page: Altair's HTML, then the key form's script, then our start-up script. */
export function renderOfflineIde(): string {
  const html = renderAltair({ baseURL: IDE_PATH, serveInitialOptionsInSeperateRequest: IDE_INIT_SCRIPT });
  const at = html.indexOf(`src="${IDE_INIT_SCRIPT}"`);
  if (at < 0) throw new Error(`altair-static's page no longer loads ${IDE_INIT_SCRIPT}`);
  const tag = html.lastIndexOf('<script', at);
  return `${html.slice(0, tag)}<script src="${API_KEY_SCRIPT_PATH}"></script>\n${html.slice(tag)}`;
}

/** The script that starts Altair: windows of the example operations, headers from the key form. */
export function renderIdeInitScript(options: OfflineIdeOptions): string {
  const settings = {
    disableAccount: true,
    preserveState: false,
    initialSettings: { 'alert.disableUpdateNotification': true, 'plugin.list': [] },
  };
  const windows = options.operations.map((operation) => ({
    initialName: operation.name,
    initialQuery: operation.document,
    initialVariables: JSON.stringify(operation.variables, null, 2),
  }));
  return `// Starts the offline IDE (src/explore/offline-ide.ts). Holds no key: see ${API_KEY_SCRIPT_PATH}.
const settings = ${JSON.stringify(settings)};
const windows = ${JSON.stringify(windows)};
const headers = window.newsgraphApiKey ? window.newsgraphApiKey.headers() : {};
// Altair refuses a relative endpoint: the one of the origin this page came from.
const endpointURL = new URL(${JSON.stringify(options.graphqlPath)}, window.location.href).href;
AltairGraphQL.init({
  ...settings,
  endpointURL,
  initialHeaders: headers,
  initialWindows: windows.map((window) => ({ ...window, endpointURL, initialHeaders: headers })),
});
`;
}
