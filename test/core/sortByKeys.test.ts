import fc from 'fast-check';
import { sortByKeys } from '../../src/core/analyze/sortByKeys';

/** The reference: a stable sort with an object comparator. */
function reference(keys: readonly number[], then?: readonly number[]): number[] {
  return keys
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (keys[a] as number) - (keys[b] as number) ||
        (then ? (then[a] as number) - (then[b] as number) : 0),
    );
}

describe('sortByKeys', () => {
  it('sorts small integers (the packed path) stably', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3000, max: 3000 }), { maxLength: 300 }), (keys) => {
        const items = keys.map((_, i) => i);
        expect(sortByKeys(items, keys)).toEqual(reference(keys));
      }),
    );
  });

  it('sorts any numbers, huge integers and two keys (the comparator path) stably', () => {
    const key = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(2 ** 31, -(2 ** 40), 0.5, -0),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.integer({ min: -3, max: 3 })), { maxLength: 300 }),
        fc.boolean(),
        (pairs, two) => {
          const k1 = pairs.map((p) => p[0]);
          const k2 = pairs.map((p) => p[1]);
          const items = pairs.map((_, i) => i);
          expect(sortByKeys(items, k1, two ? k2 : undefined)).toEqual(
            reference(k1, two ? k2 : undefined),
          );
        },
      ),
    );
  });

  it('returns the items themselves, in order, and leaves the input alone', () => {
    const items = [{ n: 'c' }, { n: 'a' }, { n: 'b' }, { n: 'a2' }];
    const before = [...items];
    const out = sortByKeys(items, [3, 1, 2, 1]);
    expect(out.map((x) => x.n)).toEqual(['a', 'a2', 'b', 'c']);
    expect(out[0]).toBe(items[1]);
    expect(items).toEqual(before);
  });

  it('is a bug to give keys that do not match the items', () => {
    expect(() => sortByKeys([1, 2], [1])).toThrow(RangeError);
  });
});
