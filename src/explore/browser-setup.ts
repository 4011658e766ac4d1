/**
 * What Neo4j Browser runs after it connects to our embedded Neo4j (`browser.post_connect_cmd`): apply our
 * graph style and open our guide, both served by the API. The host is `localhost` because Browser fetches
 * remote content only from hosts in `browser.remote_content_hostname_whitelist`, whose default is
 * `guides.neo4j.com,localhost` (we add 127.0.0.1 for our own server, but a user's Neo4j has the default).
 */
import type { Config } from '../config';

export const STYLE_PATH = '/browser/newsgraph.grass';
export const GUIDE_PATH = '/browser/guide.html';

export function apiOrigin(config: Config): string {
  return `http://localhost:${config.api.port}`;
}

/**
 * The origins Neo4j Browser runs on (the embedded Neo4j's HTTP port, by any loopback name): the only pages
 * allowed to read the style and the guide from another origin (CORS).
 */
export function neo4jBrowserOrigins(config: Config): string[] {
  return ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${config.embedded.httpPort}`);
}

export function browserPostConnectCommands(config: Config): string[] {
  return [`style ${apiOrigin(config)}${STYLE_PATH}`, `play ${apiOrigin(config)}${GUIDE_PATH}`];
}
