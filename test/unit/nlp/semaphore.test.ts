import { Semaphore } from '../../../src/nlp/semaphore';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('Semaphore', () => {
  it('never runs more tasks at once than it has permits, and runs them all', async () => {
    const semaphore = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const task = async (): Promise<number> => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running -= 1;
      return 1;
    };
    const results = await Promise.all(Array.from({ length: 9 }, () => semaphore.run(task)));
    expect(results).toHaveLength(9);
    expect(peak).toBe(2);
    expect(semaphore.inUse).toBe(0);
  });

  it('hands permits out in arrival order and counts the queue', async () => {
    const semaphore = new Semaphore(1);
    const gate = deferred();
    const order: string[] = [];
    const first = semaphore.run(async () => {
      await gate.promise;
      order.push('first');
    });
    const second = semaphore.run(async () => {
      order.push('second');
    });
    const third = semaphore.run(async () => {
      order.push('third');
    });
    await Promise.resolve();
    expect(semaphore.inUse).toBe(1);
    expect(semaphore.queued).toBe(2);
    gate.resolve();
    await Promise.all([first, second, third]);
    expect(order).toEqual(['first', 'second', 'third']);
  });

  it('releases the permit when a task fails', async () => {
    const semaphore = new Semaphore(1);
    await expect(semaphore.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(semaphore.inUse).toBe(0);
    await expect(semaphore.run(() => Promise.resolve('ok'))).resolves.toBe('ok');
  });

  it('refuses fewer than one permit', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});
