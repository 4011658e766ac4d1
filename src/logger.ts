import pino from 'pino';
import pretty from 'pino-pretty';

/** Structured logs on stderr, so that stdout stays the command's own output (JSON, listings). */
export type Logger = pino.Logger;

/**
 * JSON lines, one a record, for machines (a pipe, a file, a container's log collector); on a terminal,
 * one readable line a record, so `npm start`'s banner is not buried in JSON. Both synchronous: a line
 * written before the process exits is not lost.
 */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  name = 'newsgraph',
  terminal: boolean = process.stderr.isTTY === true,
): Logger {
  const options = { name, level, base: undefined };
  if (!terminal) return pino(options, pino.destination({ fd: 2, sync: true }));
  return pino(options, prettyStream());
}

/** `12:03:04 INFO  GraphQL API listening url=http://…`: time, level, message, then the fields. */
export function prettyStream(destination: number | NodeJS.WritableStream = 2) {
  return pretty({
    destination,
    sync: true,
    colorize: pretty.isColorSupported,
    translateTime: 'HH:MM:ss',
    ignore: 'name',
    singleLine: true,
  });
}

/** For unit tests and library use: a logger that drops everything. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
