import { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { extractCommand } from '../../../src/cli/commands/extract';
import type { CommandIo } from '../../../src/cli/command';
import { AppError } from '../../../src/errors';

function io(stdin = ''): { io: CommandIo; out: () => string } {
  let written = '';
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  return {
    // The fast analyzer: a unit test starts no CoreNLP server.
    io: {
      stdin: Readable.from([Buffer.from(stdin)]),
      stdout,
      stderr: stdout,
      env: { NEWSGRAPH_ANALYZER: 'fast' },
    },
    out: () => written,
  };
}

const sample = join(__dirname, '../../../samples/belarus-embassy-closure.txt');

describe('newsgraph extract', () => {
  it('prints the output contract as JSON', async () => {
    const run = io();
    expect(await extractCommand.run([sample, '--date', '2022-02-28', '--title', 'Embassy'], run.io)).toBe(0);
    const extraction = JSON.parse(run.out());
    expect(extraction.article).toMatchObject({ title: 'Embassy', date: '2022-02-28' });
    expect(extraction.entities.some((e: { name: string }) => e.name === 'Belarus')).toBe(true);
  });

  it('prints a listing for people with --format text', async () => {
    const run = io();
    await extractCommand.run([sample, '--format', 'text'], run.io);
    expect(run.out()).toMatch(/^COUNTRY \(\d+\)$/m);
    expect(run.out()).toContain('Kyiv  aka Kiev');
    expect(run.out()).toMatch(/Belarus –BORDERS→ Russia {2}\[0\.\d\d/);
  });

  it('reads standard input with -', async () => {
    const run = io('Belarus borders Russia.');
    await extractCommand.run(['-'], run.io);
    expect(JSON.parse(run.out()).relations[0].predicate).toBe('BORDERS');
  });

  it('refuses binary input and bad options', async () => {
    await expect(extractCommand.run(['-'], io('\u0000\u0001binary').io)).rejects.toThrow(AppError);
    await expect(extractCommand.run([sample, '--format', 'xml'], io().io)).rejects.toThrow(/json or text/);
    await expect(extractCommand.run(['/nonexistent/article.txt'], io().io)).rejects.toThrow(/no such file/);
  });
});
