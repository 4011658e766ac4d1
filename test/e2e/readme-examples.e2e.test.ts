/**
 * Every example of the README works as printed (issue 10): each GraphQL operation in a fenced block runs
 * against the real server on the sample graph with no error and a non-empty answer; each curl command
 * runs in bash as written (only the address is the test server's, and `.neo4j/api-key` is the test
 * server's key); each `npx newsgraph` command that needs no running service (extract) runs as written,
 * and for the others the command exists and knows every option the example uses. A subscription runs over
 * WebSocket: an article that states what it asks for is ingested, and an event with data must arrive.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type OperationDefinitionNode, print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { PROJECT_ROOT } from '../../src/config';
import { deleteArticle } from '../../src/graph/ingest';
import { useApiSuite } from './support/lifecycle';
import { fencedBlocks, operationsOf, shellCommands } from './support/readme-examples';

jest.setTimeout(180_000);

const API_KEY = 'readme-test-key-0123456789';
const README = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const blocks = fencedBlocks(README);
const commands = blocks.filter((b) => b.language === 'sh').flatMap((b) => shellCommands(b.body));
const allOperations = blocks.flatMap((b) => {
  const document = b.language === 'graphql' ? operationsOf(b.body) : null;
  if (document === null) return [];
  const kind = (document.definitions[0] as OperationDefinitionNode).operation;
  return [{ line: b.line, query: print(document), kind }];
});
const operations = allOperations.filter((o) => o.kind !== 'subscription');
const subscriptions = allOperations.filter((o) => o.kind === 'subscription');
/** States what the README's subscription asks for: SANCTIONS with Belarus. */
const SUBSCRIPTION_TEXT = 'The European Union imposed sanctions on Belarus on Monday.';
const curls = commands.filter((c) => c.startsWith('curl '));
const keyLine = commands.find((c) => c.startsWith('KEY='));
const cli = commands.filter((c) => /^npx newsgraph /.test(c));

const suite = useApiSuite({ apiKey: API_KEY });
const ingested: string[] = [];
afterAll(async () => {
  for (const id of ingested) await deleteArticle(suite.db, id).catch(() => undefined);
});

function run(
  command: string,
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['-c', command],
      { cwd, env: { ...process.env, ...env }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

/** A field of `data` has something in it: a non-empty list or connection, or a value. */
function nonEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && 'edges' in value) return nonEmpty((value as { edges: unknown }).edges);
  return true;
}

describe('the README examples', () => {
  it('are found: GraphQL operations, curl commands with the key, and CLI commands', () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(subscriptions.length).toBeGreaterThan(0);
    expect(curls.length).toBeGreaterThanOrEqual(2);
    expect(keyLine).toBe('KEY=$(cat .neo4j/api-key)');
    expect(cli.some((c) => c.startsWith('npx newsgraph extract '))).toBe(true);
  });

  it.each(operations.map((o) => [o.line, o.query]))(
    'runs the GraphQL operation at line %d with data',
    async (_line, query) => {
      const response = await fetch(`${suite.api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      for (const [field, value] of Object.entries(body.data ?? {}))
        expect([field, nonEmpty(value)]).toEqual([field, true]);
    },
  );

  it.each(subscriptions.map((o) => [o.line, o.query]))(
    'runs the subscription at line %d over WebSocket: an article stating what it asks for brings an event',
    async (_line, query) => {
      const client = createClient({
        url: suite.api.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
      });
      const events = client.iterate<Record<string, unknown>>({ query });
      const first = events.next();
      try {
        // The subscription is registered once the server has read it, which the protocol does not
        // acknowledge: articles go in (each new, so each is announced) until the event comes, 10 at most.
        let event: Awaited<typeof first> | undefined;
        for (let attempt = 0; attempt < 10 && event === undefined; attempt++) {
          const id = `readme-subscription-${attempt}`;
          const response = await fetch(suite.api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
            body: JSON.stringify({
              query: 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }',
              variables: { input: { id, text: SUBSCRIPTION_TEXT } },
            }),
          });
          expect(response.status).toBe(200);
          ingested.push(id);
          event = await Promise.race([first, new Promise<undefined>((r) => setTimeout(r, 2_000))]);
        }
        expect(event?.done).toBe(false);
        expect(event?.value?.errors).toBeUndefined();
        for (const [field, value] of Object.entries(event?.value?.data ?? {}))
          expect([field, nonEmpty(value)]).toEqual([field, true]);
      } finally {
        await events.return?.();
        await client.dispose();
      }
    },
  );

  it.each(curls.map((c) => [c]))('runs %s', async (command) => {
    // The user's working directory: the clone, where npm start keeps the key in .neo4j/api-key.
    const clone = mkdtempSync(path.join(tmpdir(), 'newsgraph-readme-'));
    mkdirSync(path.join(clone, '.neo4j'));
    writeFileSync(path.join(clone, '.neo4j', 'api-key'), `${API_KEY}\n`);
    const script = `${keyLine ?? ''}\n${command.replaceAll('http://127.0.0.1:4000', suite.api.baseUrl)}`;
    const result = await run(script, clone);
    expect(result.status).toBe(0);
    const body = JSON.parse(result.stdout) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    for (const [field, value] of Object.entries(body.data ?? {})) {
      expect([field, nonEmpty(value)]).toEqual([field, true]);
      const articleId = (value as { articleId?: unknown }).articleId;
      if (typeof articleId === 'string' && (value as { status?: string }).status === 'NEW')
        ingested.push(articleId);
    }
  });

  it.each(cli.map((c) => [c]))('%s', async (command) => {
    const [, , name] = command.split(/\s+/);
    if (name === 'extract') {
      const result = await run(command, PROJECT_ROOT, { NEO4J_URI: 'bolt://127.0.0.1:1' });
      expect([result.status, result.stderr]).toEqual([0, expect.not.stringMatching(/error/i)]);
      expect(result.stdout).toMatch(/Anthony Blinken/);
      return;
    }
    // Needs a running service (Neo4j, CoreNLP) or input the README does not ship: the command and every
    // option the example uses must exist.
    const help = await run(`npx newsgraph ${name} --help`, PROJECT_ROOT);
    expect(help.status).toBe(0);
    for (const option of command.match(/\s--[a-z-]+/g) ?? []) expect(help.stdout).toContain(option.trim());
  });
});
