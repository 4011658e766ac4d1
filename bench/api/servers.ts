/**
 * The two GraphQL servers of bench:api, each in a process of its own so that neither shares an event
 * loop with the load generator: ours (`newsgraph serve`, as users run it) and the peer
 * (bench/api/peer-server.ts). Each resolves with its URL once it prints it; stop() sends SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../project';

export interface Neo4jLogin {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

export interface RunningServer {
  readonly url: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export function startOurs(neo4j: Neo4jLogin, port: number): Promise<RunningServer> {
  return startServer(
    path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'),
    ['serve'],
    {
      NEWSGRAPH_PORT: String(port),
      NEWSGRAPH_API_KEY: '',
      LOG_LEVEL: 'warn',
      // The benchmark only reads: no CoreNLP server (3 GB, and left running by `serve`) beside the load.
      NEWSGRAPH_ANALYZER: 'fast',
    },
    neo4j,
    /GraphQL API: (\S+)/,
  );
}

export function startPeer(neo4j: Neo4jLogin, port: number): Promise<RunningServer> {
  return startServer(
    path.join(PROJECT_ROOT, 'dist', 'bench', 'bench', 'api', 'peer-server.js'),
    [],
    { BENCH_PEER_PORT: String(port) },
    neo4j,
    /peer GraphQL: (\S+)/,
  );
}

async function startServer(
  script: string,
  args: readonly string[],
  env: Record<string, string>,
  neo4j: Neo4jLogin,
  ready: RegExp,
): Promise<RunningServer> {
  const child = spawn(process.execPath, [script, ...args], {
    env: {
      ...process.env,
      ...env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`${script} printed no URL in 120 s: ${output}`)),
      120_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}): ${output}`));
    });
  });
  return { url, pid: child.pid, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
