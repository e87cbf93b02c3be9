import fc from 'fast-check';
import {
  FRONTIER_SIZE,
  ShapeOptions,
  capsOf,
  frontiers,
  narrowestWithin,
  shortestWithin,
} from '../../src/core/layout/shapeFrontier';

/** The frontier written out, as [width, height, kind, cap] rows. */
function written(o: ShapeOptions): number[][] {
  const f = frontiers(1);
  const n = o.writeFrontier(f, 0);
  return [...Array(n).keys()].map((i) => [
    f.width[i] ?? 0,
    f.height[i] ?? 0,
    f.kind[i] ?? 0,
    f.cap[i] ?? 0,
  ]);
}

describe('ShapeOptions', () => {
  it('keeps the Pareto frontier, heights ascending, the first of equal boxes', () => {
    const o = new ShapeOptions();
    o.add(300, 100, 0, 1); // kept
    o.add(300, 120, 0, 2); // dominated: as wide, taller
    o.add(200, 200, 1, 3); // kept
    o.add(200, 200, 1, 4); // equal to the one before: the first stays
    o.add(250, 200, 0, 5); // dominated: as tall, wider
    o.add(100, 400, 0, 6); // kept
    o.add(150, 150, 0, 7); // drops the 200 × 200
    expect(written(o)).toEqual([
      [300, 100, 0, 1],
      [150, 150, 0, 7],
      [100, 400, 0, 6],
    ]);
  });

  it('agrees with a brute-force frontier on any options', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })), {
          maxLength: 30,
        }),
        (boxes) => {
          const o = new ShapeOptions();
          boxes.forEach(([w, h], i) => o.add(w, h, 0, i));
          const expected = boxes
            .map(([w, h], i) => [w, h, 0, i])
            .filter(
              ([w, h, , i], _, all) =>
                !all.some(
                  ([w2, h2, , i2]) =>
                    (w2 ?? 0) <= (w ?? 0) &&
                    (h2 ?? 0) <= (h ?? 0) &&
                    ((w2 ?? 0) < (w ?? 0) || (h2 ?? 0) < (h ?? 0) || (i2 ?? 0) < (i ?? 0)),
                ),
            )
            .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0));
          const all = { width: o.width, height: o.height, cap: o.cap };
          expect(all.width.map((w, k) => [w, all.height[k], 0, all.cap[k]])).toEqual(expected);
          if (expected.length <= FRONTIER_SIZE) expect(written(o)).toEqual(expected);
        },
      ),
    );
  });

  it('keeps of a long frontier its ends and the smallest in area of each range of aspects', () => {
    const o = new ShapeOptions();
    const boxes: [number, number][] = [];
    // 60 shapes from 600 × 10 to 10 × 600, areas going up and down.
    for (let i = 0; i < 60; i++) boxes.push([600 - 10 * i, 10 + 10 * i + (i % 7) * 1.5]);
    boxes.forEach(([w, h], i) => o.add(w, h, 0, i));
    expect(o.size).toBe(60);
    const rows = written(o);
    expect(rows.length).toBeLessThanOrEqual(FRONTIER_SIZE);
    expect(rows[0]?.[3]).toBe(0);
    expect(rows[rows.length - 1]?.[3]).toBe(59);
    const aspect = ([w, h]: [number, number]) => Math.log(w / h);
    const wide = aspect(boxes[0] ?? [1, 1]);
    const tall = aspect(boxes[59] ?? [1, 1]);
    const buckets = FRONTIER_SIZE - 2;
    const bucketOf = (i: number) =>
      Math.min(
        buckets - 1,
        Math.floor(((wide - aspect(boxes[i] ?? [1, 1])) / (wide - tall)) * buckets),
      );
    const middle = rows.slice(1, -1).map((r) => r[3] ?? 0);
    // One per range that has shapes, the smallest of its range.
    const ranges = new Set(boxes.slice(1, -1).map((_, k) => bucketOf(k + 1)));
    expect(middle.map(bucketOf)).toEqual([...ranges].sort((a, b) => a - b));
    for (const i of middle)
      for (let k = 1; k < 59; k++)
        if (bucketOf(k) === bucketOf(i)) {
          const [w, h] = boxes[k] ?? [0, 0];
          const [wi, hi] = boxes[i] ?? [0, 0];
          expect(w * h).toBeGreaterThanOrEqual(wi * hi);
        }
  });
});

describe('picking a shape from a frontier', () => {
  const width = Float64Array.from([300, 200, 100]);
  const height = Float64Array.from([100, 150, 400]);
  it('takes the narrowest no taller than a cap, else the shortest', () => {
    expect(narrowestWithin(height, 0, 3, 150)).toBe(1);
    expect(narrowestWithin(height, 0, 3, 1000)).toBe(2);
    expect(narrowestWithin(height, 0, 3, 50)).toBe(0);
  });
  it('takes the shortest no wider than a cap, else the narrowest', () => {
    expect(shortestWithin(width, 0, 3, 250)).toBe(1);
    expect(shortestWithin(width, 0, 3, 300)).toBe(0);
    expect(shortestWithin(width, 0, 3, 50)).toBe(2);
  });
});

describe('capsOf', () => {
  it('gives the distinct values, or as many evenly spread with the largest', () => {
    const caps: number[] = [];
    capsOf(Float64Array.from([5, 1, 3, 3, 1]), 5, 10, caps);
    expect(caps).toEqual([1, 3, 5]);
    capsOf(Float64Array.from([...Array(10).keys()].map((i) => i + 1)), 10, 4, caps);
    expect(caps).toEqual([3, 5, 8, 10]);
  });
});
