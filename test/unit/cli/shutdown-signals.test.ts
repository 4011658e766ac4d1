/**
 * `npm start`'s Ctrl-C handling (ShutdownSignals in src/cli/commands/start.ts): the signals are emitted
 * on this process's own emitter (with the signal's name, as Node passes it), so no real signal is sent.
 */
import { ShutdownSignals } from '../../../src/cli/commands/start';
import type { CommandIo } from '../../../src/cli/command';

function io(): { io: CommandIo; err: () => string } {
  let err = '';
  const sink = { write: (chunk: string) => ((err += chunk), true) };
  return { io: { stdout: sink, stderr: sink, env: {} } as unknown as CommandIo, err: () => err };
}

describe('ShutdownSignals', () => {
  let signals: ShutdownSignals | undefined;
  afterEach(() => signals?.dispose());

  it('while the services load: the first signal resolves, the second warns, the third exits', async () => {
    const out = io();
    const exits: number[] = [];
    signals = new ShutdownSignals(out.io, (code) => exits.push(code));
    process.emit('SIGINT', 'SIGINT');
    await expect(signals.signalled).resolves.toBe('SIGINT');
    expect(signals.received()).toBe('SIGINT');
    process.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([]);
    expect(out.err()).toContain('Still stopping');
    process.emit('SIGTERM', 'SIGTERM');
    expect(exits).toEqual([130]);
  });

  it('once running: a second signal exits at once', async () => {
    const exits: number[] = [];
    signals = new ShutdownSignals(io().io, (code) => exits.push(code));
    signals.started();
    process.emit('SIGTERM', 'SIGTERM');
    await expect(signals.signalled).resolves.toBe('SIGTERM');
    process.emit('SIGTERM', 'SIGTERM');
    expect(exits).toEqual([130]);
  });

  it('stops listening when disposed', () => {
    const before = process.listenerCount('SIGINT');
    const own = new ShutdownSignals(io().io, () => undefined);
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    own.dispose();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
