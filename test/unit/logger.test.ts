import { PassThrough } from 'node:stream';
import pino from 'pino';
import { createLogger, prettyStream } from '../../src/logger';

function linesOf(stream: PassThrough): string[] {
  return String(stream.read() ?? '')
    .split('\n')
    .filter((line) => line !== '');
}

describe('the logger', () => {
  it('writes one readable line a record on a terminal: time, level, message, fields; no JSON', () => {
    const out = new PassThrough();
    const logger = pino({ name: 'newsgraph', level: 'info', base: undefined }, prettyStream(out));
    logger.info({ url: 'http://127.0.0.1:4000/graphql', mutations: true }, 'GraphQL API listening');
    const [line, ...rest] = linesOf(out);
    expect(rest).toEqual([]);
    // eslint-disable-next-line no-control-regex
    const plain = (line ?? '').replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: GraphQL API listening /);
    expect(plain).toContain('"url":"http://127.0.0.1:4000/graphql"');
    expect(plain).not.toContain('"level"');
    expect(plain).not.toContain('newsgraph');
  });

  it('writes JSON lines when stderr is not a terminal, readable lines when it is', () => {
    const streamOf = (logger: pino.Logger) =>
      (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym];
    const json = streamOf(createLogger('info', 'newsgraph', false));
    const readable = streamOf(createLogger('info', 'newsgraph', true));
    expect(json).toHaveProperty('fd', 2);
    expect(readable).not.toHaveProperty('fd', 2);
    expect(json).not.toBe(readable);
  });
});
