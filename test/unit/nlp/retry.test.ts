import { isConnectionError, withRetry } from '../../../src/nlp/retry';

const refused = Object.assign(new TypeError('fetch failed'), {
  cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
});

describe('isConnectionError', () => {
  it('recognises refused and reset connections and hung-up sockets, also as a cause', () => {
    expect(isConnectionError(refused)).toBe(true);
    expect(isConnectionError(Object.assign(new Error('read'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isConnectionError(new Error('socket hang up'))).toBe(true);
  });

  it('does not take a timeout, an HTTP error or a plain error for a connection error', () => {
    expect(isConnectionError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isConnectionError(new Error('HTTP 500'))).toBe(false);
    expect(isConnectionError('ECONNREFUSED')).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });
});

describe('withRetry', () => {
  const noSleep = jest.fn(() => Promise.resolve());

  beforeEach(() => noSleep.mockClear());

  it('retries connection errors with a doubling backoff, then succeeds', async () => {
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw refused;
        return 'annotated';
      },
      { attempts: 3, backoffMs: 100 },
      undefined,
      noSleep,
    );
    expect(result).toBe('annotated');
    expect(noSleep.mock.calls).toEqual([[100], [200]]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const attempt = jest.fn(() => Promise.reject(refused));
    await expect(withRetry(attempt, { attempts: 2, backoffMs: 1 }, undefined, noSleep)).rejects.toBe(refused);
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('never retries other errors', async () => {
    const attempt = jest.fn(() => Promise.reject(new Error('HTTP 500')));
    await expect(withRetry(attempt, { attempts: 5, backoffMs: 1 }, undefined, noSleep)).rejects.toThrow(
      'HTTP 500',
    );
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(noSleep).not.toHaveBeenCalled();
  });
});
