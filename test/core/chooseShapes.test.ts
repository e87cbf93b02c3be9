import { partitionColumns, splitColumns } from '../../src/core/layout/chooseShapes';

const m = { rowGap: 36, railIndent: 14, siblingGap: 14 };

describe('partitionColumns', () => {
  it('splits items in order into columns whose tallest is as short as it can be', () => {
    const ends: number[] = [];
    // 100 + 36 + 50 = 186 | 50 + 36 + 100 = 186.
    const two = partitionColumns([120, 200, 150, 130], [100, 50, 50, 100], 2, m, ends);
    expect(ends).toEqual([2, 4]);
    expect({ ...two }).toEqual({ width: 14 + 200 + 14 + 14 + 150, height: 186 });
    // Three columns of 60 + 36 + 60 = 156 beat any split with a 200 in a column of two.
    const three = partitionColumns([1, 1, 1, 1, 1], [60, 60, 200, 60, 60], 3, m, ends);
    expect(ends).toEqual([2, 3, 5]);
    expect({ ...three }).toEqual({ width: 3 * 15 + 2 * 14, height: 200 });
  });

  it('keeps one column for one, and one item per column when there are as many', () => {
    const ends: number[] = [];
    expect({ ...partitionColumns([10, 20], [5, 7], 1, m, ends) }).toEqual({
      width: 14 + 20,
      height: 5 + 36 + 7,
    });
    expect(ends).toEqual([2]);
    partitionColumns([10, 20, 30], [5, 7, 9], 3, m, ends);
    expect(ends).toEqual([1, 2, 3]);
  });

  it('agrees with every split tried by hand', () => {
    const heights = [30, 90, 20, 20, 70, 10, 50];
    const widths = heights.map(() => 1);
    for (let columns = 1; columns <= heights.length; columns++) {
      // The best of all splits into at most `columns` runs, by brute force.
      let best = Infinity;
      const n = heights.length;
      for (let mask = 0; mask < 1 << (n - 1); mask++) {
        let runs = 1;
        let top = -36;
        let tallest = 0;
        for (let i = 0; i < n; i++) {
          if (i > 0 && mask & (1 << (i - 1))) {
            runs++;
            tallest = Math.max(tallest, top);
            top = -36;
          }
          top += (heights[i] ?? 0) + 36;
        }
        tallest = Math.max(tallest, top);
        if (runs <= columns) best = Math.min(best, tallest);
      }
      expect(partitionColumns(widths, heights, columns, m).height).toBe(best);
    }
  });
});

describe('splitColumns', () => {
  it('splits items in order either side of a rail, the taller side as short as can be', () => {
    expect(splitColumns([100, 120, 90], [50, 50, 120], 36)).toEqual({
      count: 2,
      left: 120,
      right: 90,
      height: 136,
    });
  });
});
