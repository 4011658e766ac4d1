/**
 * The API's list of predicates in use (FactTypes): read in the background when first asked for, used
 * until it is older than its age limit, kept when a read fails; only names safe to write into a statement.
 * Reading the real counts, and what the compiled statement does with a stale list, is tested on a real
 * server (test/integration/graph/fact-types.int.test.ts).
 */
import { FactTypes, MAX_FACT_TYPES, usableFactTypes } from '../../../src/graph/read/fact-types';

function harness(lists: (readonly string[] | Error)[]) {
  let clock = 0;
  let reads = 0;
  const errors: unknown[] = [];
  const factTypes = new FactTypes({
    load: async () => {
      const next = lists[Math.min(reads, lists.length - 1)] as readonly string[] | Error;
      reads += 1;
      if (next instanceof Error) throw next;
      return next;
    },
    maxAgeMs: 1_000,
    now: () => clock,
    onError: (error) => errors.push(error),
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    factTypes,
    settle,
    advance: (ms: number) => (clock += ms),
    reads: () => reads,
    errors,
  };
}

test('nothing is known before the first read ends; one read serves every ask until it ages', async () => {
  const h = harness([['SANCTIONS', 'MEETS']]);
  expect(h.factTypes.current()).toBeNull();
  expect(h.factTypes.current()).toBeNull();
  await h.settle();
  expect(h.reads()).toBe(1);
  expect(h.factTypes.current()).toEqual(['MEETS', 'SANCTIONS']);
  h.advance(999);
  expect(h.factTypes.current()).toEqual(['MEETS', 'SANCTIONS']);
  await h.settle();
  expect(h.reads()).toBe(1);
});

test('an aged list is still given while the next read runs in the background', async () => {
  const h = harness([['MEETS'], ['MEETS', 'VISITS']]);
  h.factTypes.current();
  await h.settle();
  h.advance(1_000);
  expect(h.factTypes.current()).toEqual(['MEETS']);
  expect(h.factTypes.current()).toEqual(['MEETS']);
  await h.settle();
  expect(h.reads()).toBe(2);
  expect(h.factTypes.current()).toEqual(['MEETS', 'VISITS']);
});

test('a failed read keeps the last list and is told; the next ask after the age limit reads again', async () => {
  const h = harness([['MEETS'], new Error('unavailable'), ['MEETS', 'VISITS']]);
  h.factTypes.current();
  await h.settle();
  h.advance(1_000);
  h.factTypes.current();
  await h.settle();
  expect(h.errors).toHaveLength(1);
  expect(h.factTypes.current()).toEqual(['MEETS']);
  h.advance(1_000);
  h.factTypes.current();
  await h.settle();
  expect(h.factTypes.current()).toEqual(['MEETS', 'VISITS']);
});

test('only names the vocabulary allows, never MENTIONS, sorted, without repeats; none or too many: null', () => {
  expect(
    usableFactTypes(['SANCTIONS', 'MENTIONS', 'MEETS', 'MEETS', 'bad name', 'X`) DETACH DELETE (n']),
  ).toEqual(['MEETS', 'SANCTIONS']);
  expect(usableFactTypes([])).toBeNull();
  expect(usableFactTypes(['MENTIONS'])).toBeNull();
  const many = Array.from({ length: MAX_FACT_TYPES + 1 }, (_, i) => `P${i}`);
  expect(usableFactTypes(many)).toBeNull();
  expect(usableFactTypes(many.slice(1))).toHaveLength(MAX_FACT_TYPES);
});
