/**
 * The CLI the way users call it: `npx newsgraph …` in the project (npm links the project's own bin into
 * its npx cache), and an installed bin reached through a node_modules/.bin symlink, as `npm install` or
 * `npm link` lay it out. Neither is `node bin/newsgraph.js`, which was the only way the CLI once ran:
 * anything else printed nothing and exited 0. Needs the built CLI (`npm run build`, which `npm test` runs).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';

jest.setTimeout(120_000);

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, timeout: 90_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

const ARTICLE = 'The European Union imposed sanctions on Belarus on Monday, officials in Brussels said.\n';
let scratch: string;
let articleFile: string;

beforeAll(() => {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js')))
    throw new Error('dist/cli/main.js is missing: run `npm run build` first');
  scratch = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bin-'));
  articleFile = path.join(scratch, 'article.txt');
  writeFileSync(articleFile, ARTICLE);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function expectHelp(result: Run): void {
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.stdout).toContain('Usage: newsgraph <command> [options]');
  expect(result.stdout).toMatch(/^\s+extract\s/m);
  expect(result.status).toBe(0);
}

function expectExtraction(result: Run): void {
  expect(result.status).toBe(0);
  const extraction = JSON.parse(result.stdout) as { entities: { name: string }[] };
  expect(extraction.entities.map((entity) => entity.name)).toEqual(
    expect.arrayContaining(['European Union', 'Belarus']),
  );
}

function expectUnknownCommand(result: Run): void {
  expect(result.status).toBe(64);
  expect(result.stderr).toContain('newsgraph: unknown command "no-such-command"');
  expect(result.stdout).toBe('');
}

describe('npx newsgraph in the project', () => {
  test('--help prints the commands and exits 0', async () => {
    expectHelp(await run('npx', ['newsgraph', '--help'], PROJECT_ROOT));
  });

  test('extract <file> --format json prints the extraction', async () => {
    expectExtraction(
      await run('npx', ['newsgraph', 'extract', articleFile, '--format', 'json'], PROJECT_ROOT),
    );
  });

  test('an unknown command says so and exits 64', async () => {
    expectUnknownCommand(await run('npx', ['newsgraph', 'no-such-command'], PROJECT_ROOT));
  });

  test('output piped into a reader that stops early (| head) ends quietly with status 0', async () => {
    // The sample's JSON is far larger than a pipe's buffer, so the CLI is still writing when head exits.
    const script =
      'npx newsgraph extract samples/belarus-embassy-closure.txt --analyzer fast --format json | head -c 100 >/dev/null; ' +
      'echo "cli-status=${PIPESTATUS[0]}"';
    const result = await run('bash', ['-c', script], PROJECT_ROOT);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(result.stdout).toContain('cli-status=0');
  });
});

describe('an installed bin (node_modules/.bin/newsgraph, a symlink)', () => {
  let project: string;
  let bin: string;

  beforeAll(() => {
    // What `npm install <path>` / `npm link` lay out: the package in node_modules, its bin linked in .bin.
    project = path.join(scratch, 'user-project');
    mkdirSync(path.join(project, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({
        name: 'user-project',
        private: true,
        dependencies: { newsgraph: `file:${PROJECT_ROOT}` },
      }),
    );
    symlinkSync(PROJECT_ROOT, path.join(project, 'node_modules', 'newsgraph'), 'dir');
    bin = path.join(project, 'node_modules', '.bin', 'newsgraph');
    symlinkSync(path.join('..', 'newsgraph', 'bin', 'newsgraph.js'), bin);
  });

  test('run directly: --help, extract, an unknown command', async () => {
    expectHelp(await run(bin, ['--help'], project));
    expectExtraction(await run(bin, ['extract', articleFile], project));
    expectUnknownCommand(await run(bin, ['no-such-command'], project));
  });

  test('run through npx in the project that installed it', async () => {
    expectHelp(await run('npx', ['newsgraph', '--help'], project));
    expectUnknownCommand(await run('npx', ['newsgraph', 'no-such-command'], project));
  });
});
