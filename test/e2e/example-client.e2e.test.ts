/**
 * The typed example client (examples/client): codegen from the committed schema, a strict tsc build that
 * fails on a type error, and a run against the real API that ingests an article and prints its facts
 * with evidence. It works on a copy in a temporary folder, so the test never rewrites tracked files.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from '../../src/config';
import { useApiSuite } from './support/lifecycle';

const run = promisify(execFile);
const CLIENT = path.join(PROJECT_ROOT, 'examples', 'client');
const TSC = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CODEGEN = path.join(PROJECT_ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
const API_KEY = 'example-client-test-key';

const ARTICLE = `EU widens sanctions on Belarus
The European Union imposed new sanctions on Belarus on Tuesday, officials in Brussels said.
Belarus has allowed Russian troops to use its territory, according to Ukraine's foreign ministry.
`;

/** A copy of the client with codegen run into it, as a new user would after cloning. */
async function preparedCopy(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-client-'));
  cpSync(path.join(CLIENT, 'src'), path.join(dir, 'src'), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}gql`),
  });
  cpSync(path.join(CLIENT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const committed = parse(readFileSync(path.join(CLIENT, 'codegen.yml'), 'utf8')) as {
    generates: Record<string, object>;
  };
  // The committed config with this copy's paths; codegen runs as its CLI (it is ESM inside, not for jest).
  const config = {
    ...committed,
    schema: path.join(PROJECT_ROOT, 'schema', 'schema.graphql'),
    documents: [path.join(dir, 'src', '**', '*.ts'), `!${path.join(dir, 'src', 'gql', '**')}`],
    generates: { [path.join(dir, 'src', 'gql') + path.sep]: Object.values(committed.generates)[0] as object },
  };
  writeFileSync(path.join(dir, 'codegen.yml'), stringify(config));
  await run(process.execPath, [CODEGEN, '--config', path.join(dir, 'codegen.yml'), '--silent'], { cwd: dir });
  return dir;
}

async function tsc(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [TSC, '-p', path.join(dir, 'tsconfig.json')]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, output: failure.stdout };
  }
}

describe('the example client', () => {
  const suite = useApiSuite({ apiKey: API_KEY });
  let dir: string;

  beforeAll(async () => {
    dir = await preparedCopy();
  }, 120_000);

  it('has its generated code committed as codegen makes it from the current schema', () => {
    const generatedDir = path.join(dir, 'src', 'gql');
    const committedDir = path.join(CLIENT, 'src', 'gql');
    const files = readdirSync(generatedDir).sort();
    expect(readdirSync(committedDir).sort()).toEqual(files);
    for (const file of files) {
      expect([file, readFileSync(path.join(committedDir, file), 'utf8')]).toEqual([
        file,
        readFileSync(path.join(generatedDir, file), 'utf8'),
      ]);
    }
  });

  it('compiles, and the compiler rejects a field the query did not ask for', async () => {
    const bad = path.join(dir, 'src', 'reads-a-field-not-asked-for.ts');
    writeFileSync(
      bad,
      "import type { ArticleFactsQuery } from './gql/graphql';\n" +
        'export const url = (data: ArticleFactsQuery): unknown => data.article?.url;\n',
    );
    const rejected = await tsc(dir);
    expect(rejected.code).not.toBe(0);
    expect(rejected.output).toMatch(/reads-a-field-not-asked-for\.ts.*Property 'url' does not exist/);

    cpSync(path.join(CLIENT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
    writeFileSync(bad, 'export {};\n');
    const built = await tsc(dir);
    expect(built).toEqual({ code: 0, output: '' });
  }, 120_000);

  it('ingests an article through the API and prints who did what to whom, with evidence', async () => {
    const article = path.join(dir, 'eu-sanctions.txt');
    writeFileSync(article, ARTICLE);
    const { stdout } = await run(process.execPath, [path.join(dir, 'dist', 'main.js'), article], {
      env: { ...process.env, GRAPHQL_URL: suite.api.url, NEWSGRAPH_API_KEY: API_KEY },
    });
    expect(stdout).toMatch(/^NEW \S+: \d+ entities, \d+ relations$/m);
    expect(stdout).toMatch(/^European Union -SANCTIONS-> Belarus.*\(confidence 0\.\d\d\)$/m);
    expect(stdout).toContain(
      '“The European Union imposed new sanctions on Belarus on Tuesday, officials in Brussels said.”',
    );
  }, 120_000);

  it('fails with the API error and a non-zero exit without the key', async () => {
    const article = path.join(dir, 'eu-sanctions.txt');
    const failure = await run(process.execPath, [path.join(dir, 'dist', 'main.js'), article], {
      env: { ...process.env, GRAPHQL_URL: suite.api.url, NEWSGRAPH_API_KEY: '' },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/API key|Authorization|UNAUTHENTICATED/i);
  }, 60_000);
});
