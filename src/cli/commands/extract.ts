import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { loadConfig } from '../../config';
import { AppError, ErrorCode } from '../../errors';
import { chosenAnalyzer, openAnalyzer } from '../analyzer';
import { parseCommandArgs, usageError } from '../args';
import type { Command, CommandIo } from '../command';
import { startNlpEngine } from '../nlp-engine';

const usage = `Usage: newsgraph extract <file|-> [--title T] [--date YYYY-MM-DD] [--id ID] [--format json|text]
                         [--analyzer corenlp|fast]

Reads one article (a file, or standard input with -) and prints its entities, aliases, events and
relations, each with evidence. Deterministic: the same text gives the same output.

Options:
  --title T            the article's title (kept in the output)
  --date YYYY-MM-DD    the article's date: "Monday", "last week" and "February 28" resolve against it
  --id ID              the article's id (default: derived from the text's hash)
  --format json|text   json (default) is the output contract; text is a listing for people
  --analyzer NAME      corenlp (Stanford CoreNLP: CORENLP_URL, or the local server, started when it is
                       not running) or fast (in-process, no Java); default NEWSGRAPH_ANALYZER (corenlp)

Exit status: 0 on success, 65 for binary input or a bad option, 66 when the file does not exist.`;

const OPTIONS = {
  title: { type: 'string' },
  date: { type: 'string' },
  id: { type: 'string' },
  format: { type: 'string' },
  analyzer: { type: 'string' },
} as const;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the entities, events and relations of one article (json or text)',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
    if (positionals.length !== 1) throw usageError('extract: name one file, or - for standard input', usage);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'text')
      throw usageError(`extract: --format is json or text, not "${format}"`, usage);
    const text = decode(await readInput(positionals[0] as string, io.stdin));
    const config = loadConfig(io.env);
    const analyzer = chosenAnalyzer(values.analyzer, config, usage);
    const progress = (message: string) => io.stderr.write(`${message}\n`);
    const engine = await startNlpEngine(config, progress, { keepRunning: true, analyzer });
    // One text, nothing else to serve: extracted on this thread, not in a worker that loads the models again.
    const opened = openAnalyzer(config, engine, { inline: true });
    const extraction = await opened.analyzer
      .read(text, {
        ...(values.title === undefined ? {} : { title: values.title }),
        ...(values.date === undefined ? {} : { date: values.date }),
        ...(values.id === undefined ? {} : { id: values.id }),
      })
      .finally(() => opened.close());
    const { formatExtraction } = await import('../../extract/text-format');
    io.stdout.write(
      format === 'text' ? formatExtraction(extraction) : `${JSON.stringify(extraction, null, 2)}\n`,
    );
    return 0;
  },
};

async function readInput(path: string, stdin: Readable): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError(ErrorCode.NOT_FOUND, `extract: no such file: ${path}`);
    if (code === 'EISDIR')
      throw new AppError(ErrorCode.BAD_USER_INPUT, `extract: ${path} is a directory, not an article`);
    throw error;
  }
}

/** Binary bytes are refused before decoding hides them behind U+FFFD. */
function decode(bytes: Buffer): string {
  if (bytes.includes(0)) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'extract: the input contains NUL bytes: it looks like binary data, not text',
    );
  }
  return bytes.toString('utf8');
}
