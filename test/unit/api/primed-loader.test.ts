import { PrimedLoader } from '../../../src/api/loaders';

/** A loader over a fixed table that counts its batches. */
function tableLoader(table: Record<string, string>) {
  const batches: string[][] = [];
  const loader = new PrimedLoader<string | null>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => table[key] ?? null);
  });
  return { loader, batches };
}

describe('PrimedLoader', () => {
  test('a primed value comes back at once, not as a promise, and costs no batch', () => {
    const { loader, batches } = tableLoader({ a: 'from the store' });
    loader.prime('a', 'primed');
    expect(loader.get('a')).toBe('primed');
    expect(loader.peek('a')).toBe('primed');
    expect(batches).toEqual([]);
  });

  test('a known absence (null) is a value too', () => {
    const { loader } = tableLoader({});
    loader.prime('gone', null);
    expect(loader.get('gone')).toBeNull();
  });

  test('a key not primed is loaded through the batch', async () => {
    const { loader, batches } = tableLoader({ a: 'A', b: 'B' });
    const got = loader.get('a');
    expect(got).toBeInstanceOf(Promise);
    expect(await got).toBe('A');
    expect(loader.peek('b')).toBeUndefined();
    expect(batches).toEqual([['a']]);
  });

  test('as DataLoader does, a key already loaded keeps its value when primed later', async () => {
    const { loader } = tableLoader({ a: 'loaded' });
    expect(await loader.load('a')).toBe('loaded');
    loader.prime('a', 'primed later');
    expect(await loader.get('a')).toBe('loaded');
    expect(await loader.load('a')).toBe('loaded');
  });

  test('the first prime wins, as in DataLoader', () => {
    const { loader } = tableLoader({});
    loader.prime('a', 'first');
    loader.prime('a', 'second');
    expect(loader.get('a')).toBe('first');
  });

  test('clear forgets a primed value; errors and promises are never answered at once', async () => {
    const { loader } = tableLoader({ a: 'A', e: 'E', p: 'P' });
    loader.prime('a', 'primed');
    loader.clear('a');
    expect(await loader.get('a')).toBe('A');
    loader.prime('e', new Error('no'));
    expect(loader.peek('e')).toBeUndefined();
    loader.prime('p', Promise.resolve('later'));
    expect(loader.peek('p')).toBeUndefined();
    loader.prime('x', 'x');
    loader.clearAll();
    expect(loader.peek('x')).toBeUndefined();
  });
});
