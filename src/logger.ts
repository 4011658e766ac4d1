import pino from 'pino';

/** Structured logs on stderr, so that stdout stays the command's own output (JSON, listings). */
export type Logger = pino.Logger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', name = 'newsgraph'): Logger {
  return pino({ name, level, base: undefined }, pino.destination({ fd: 2, sync: true }));
}

/** For unit tests and library use: a logger that drops everything. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
