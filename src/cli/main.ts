/**
 * `newsgraph <command> [args]`. Each command lives in its own module under src/cli/commands and is loaded
 * only when called, so `newsgraph extract` does not pay for loading Apollo or the driver.
 */
import { exitCodeOf, isAppError } from '../errors';
import type { Command, CommandIo } from './command';
import { processIo } from './command';

type CommandLoader = () => Promise<Command>;

const COMMANDS: Readonly<Record<string, CommandLoader>> = {
  start: async () => (await import('./commands/start')).startCommand,
  neo4j: async () => (await import('./commands/neo4j')).neo4jCommand,
  nlp: async () => (await import('./commands/nlp')).nlpCommand,
  extract: async () => (await import('./commands/extract')).extractCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
  ingest: async () => (await import('./commands/ingest')).ingestCommand,
  worker: async () => (await import('./commands/worker')).workerCommand,
  queue: async () => (await import('./commands/queue')).queueCommand,
  redis: async () => (await import('./commands/redis')).redisCommand,
  'delete-article': async () => (await import('./commands/delete-article')).deleteArticleCommand,
  eval: async () => (await import('./commands/eval')).evalCommand,
};

async function helpText(): Promise<string> {
  const lines = ['Usage: newsgraph <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) {
    const command = await load();
    lines.push(`  ${name.padEnd(16)}${command.summary}`);
  }
  lines.push('', 'Run `newsgraph <command> --help` for the options of one command.');
  return lines.join('\n');
}

export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`${await helpText()}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    io.stderr.write(`newsgraph: unknown command "${name}"\n\n${await helpText()}\n`);
    return 64; // EX_USAGE
  }
  const command = await load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportFailure(error, io);
  }
}

export function reportFailure(error: unknown, io: CommandIo): number {
  if (isAppError(error)) {
    io.stderr.write(`newsgraph: ${error.message}\n`);
    return exitCodeOf(error.code);
  }
  io.stderr.write(
    `newsgraph: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 70;
}

/**
 * The process entry: runs the command named by argv and sets the exit code. bin/newsgraph.js calls it
 * explicitly; guessing from process.argv[1] failed for every way users reach the bin (npx, a
 * node_modules/.bin symlink, `npm link`), which ran nothing and exited 0.
 */
export function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  exitQuietlyWhenOutputIsClosed();
  return runCli(argv, processIo()).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.exitCode = reportFailure(error, processIo());
    },
  );
}

/**
 * `newsgraph extract … | head` closes our stdout early: that is the reader saying it has enough, not an
 * error worth a stack trace. Any other write error still surfaces.
 */
function exitQuietlyWhenOutputIsClosed(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// `node dist/cli/main.js <command>` (npm start, the Docker image) runs this module as the main one.
if (require.main === module) void main();
