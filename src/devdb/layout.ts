/**
 * Where the embedded Neo4j keeps its things. The distribution (jars fetched by Maven) lives in the home;
 * an instance (config, data, logs, pid, password) lives in the home too for `npm start`, or in
 * `<home>/instances/<name>` for the test server, so tests share the jars but never the data.
 */
import path from 'node:path';

export interface DistributionLayout {
  readonly home: string;
  readonly lib: string;
  readonly plugins: string;
  /** Written after a successful fetch; names the versions fetched. */
  readonly fetchedMarker: string;
}

export interface InstanceLayout {
  readonly root: string;
  readonly conf: string;
  readonly configFile: string;
  readonly data: string;
  readonly logs: string;
  readonly consoleLog: string;
  readonly run: string;
  readonly pidFile: string;
  readonly importDir: string;
  /** The generated password, mode 0600. */
  readonly passwordFile: string;
  /** Neo4j writes the auth store here on first start; its presence means the initial password is set. */
  readonly authStore: string;
}

export function distributionLayout(home: string): DistributionLayout {
  return {
    home,
    lib: path.join(home, 'lib'),
    plugins: path.join(home, 'plugins'),
    fetchedMarker: path.join(home, 'lib', '.newsgraph-fetched.json'),
  };
}

export function instanceLayout(root: string): InstanceLayout {
  const data = path.join(root, 'data');
  const logs = path.join(root, 'logs');
  const run = path.join(root, 'run');
  return {
    root,
    conf: path.join(root, 'conf'),
    configFile: path.join(root, 'conf', 'neo4j.conf'),
    data,
    logs,
    consoleLog: path.join(logs, 'console.log'),
    run,
    pidFile: path.join(run, 'neo4j.pid'),
    importDir: path.join(root, 'import'),
    passwordFile: path.join(root, 'password'),
    authStore: path.join(data, 'dbms', 'auth.ini'),
  };
}
