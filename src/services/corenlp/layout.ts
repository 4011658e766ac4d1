/**
 * Where the local CoreNLP server keeps its things. The jars (fetched by Maven) live in `<home>/lib`; an
 * instance (log, pid file, block list) lives in the home for `npm start`, or in `<home>/instances/<name>` for
 * a test or benchmark server, so that they share the 480 MB of jars but never a pid file.
 */
import path from 'node:path';

export interface CoreNlpDistribution {
  readonly home: string;
  readonly lib: string;
  /** Written after a successful fetch; names the version fetched. */
  readonly fetchedMarker: string;
}

export interface CoreNlpInstance {
  readonly root: string;
  readonly logs: string;
  /** The server's stdout and stderr. */
  readonly log: string;
  readonly pidFile: string;
  /** The subnets the server refuses (every IPv4 address but loopback): see server-arguments.ts. */
  readonly blockList: string;
  /** The defaults of requests that name no properties. */
  readonly serverProperties: string;
}

export function coreNlpDistribution(home: string): CoreNlpDistribution {
  const lib = path.join(home, 'lib');
  return { home, lib, fetchedMarker: path.join(lib, '.newsgraph-fetched.json') };
}

export function coreNlpInstance(root: string): CoreNlpInstance {
  const logs = path.join(root, 'logs');
  return {
    root,
    logs,
    log: path.join(logs, 'corenlp.log'),
    pidFile: path.join(root, 'run', 'corenlp.pid'),
    blockList: path.join(root, 'conf', 'block-list.txt'),
    serverProperties: path.join(root, 'conf', 'server.properties'),
  };
}
