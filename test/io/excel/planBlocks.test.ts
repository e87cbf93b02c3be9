import { inputFingerprint } from '../../../src/core/read/inputFingerprint';
import type { SheetPlan } from '../../../src/core/render/sheetPlan';
import { cellBlocks, excelSerial, jsonBytes, styleRuns } from '../../../src/io/excel/planBlocks';

const plan: SheetPlan = {
  name: 'P',
  styles: { h: { bold: true }, d: { numberFormat: 'dd/mm/yyyy' }, n: { numberFormat: '0.0' } },
  rows: [
    [
      { value: 'Id', style: 'h' },
      { value: 'When', style: 'h' },
      { value: 'Hours', style: 'h' },
    ],
    ['=1+1', { value: new Date(Date.UTC(2026, 10, 23)), style: 'd' }, { value: 2.5, style: 'n' }],
    ['客服', null, { value: 3, style: 'n' }],
  ],
};

describe('cellBlocks', () => {
  it('gives values with text format under strings, dates as serials in their format', () => {
    expect(cellBlocks(plan, 1e9)).toEqual([
      {
        row: 1,
        address: 'A1:C3',
        values: [
          ['Id', 'When', 'Hours'],
          ['=1+1', 46349, 2.5],
          ['客服', '', 3],
        ],
        numberFormat: [
          ['@', '@', '@'],
          ['@', 'dd/mm/yyyy', '0.0'],
          ['@', 'General', '0.0'],
        ],
        bytes: expect.any(Number),
      },
    ]);
    expect(excelSerial(new Date(Date.UTC(2026, 10, 23)))).toBe(46349);
  });

  it('splits whole rows into blocks of at most the budget (UTF-8 JSON bytes)', () => {
    const blocks = cellBlocks(plan, 60);
    expect(blocks.map((b) => b.address)).toEqual(['A1:C1', 'A2:C2', 'A3:C3']);
    for (const b of blocks)
      expect(b.bytes).toBe(jsonBytes(b.values[0]) + jsonBytes(b.numberFormat[0]) + 2);
    // 客服 is 6 bytes of UTF-8.
    expect(jsonBytes('客服')).toBe(8);
  });

  it('refuses plan bugs: an unknown style, a string Excel cannot hold', () => {
    expect(() => cellBlocks({ name: 'X', rows: [[{ value: 1, style: 'nope' }]] }, 1e9)).toThrow(
      'unknown style "nope"',
    );
    expect(() => cellBlocks({ name: 'X', rows: [['x'.repeat(32_768)]] }, 1e9)).toThrow(
      '32768 characters, Excel allows 32767',
    );
  });
});

describe('styleRuns', () => {
  it('joins a style’s cells into rectangles: runs in a row, the same run in rows below', () => {
    const p: SheetPlan = {
      name: 'S',
      rows: [
        [{ value: 1, style: 'a' }, { value: 2, style: 'a' }, 3],
        [
          { value: 1, style: 'a' },
          { value: 2, style: 'a' },
          { value: 3, style: 'b' },
        ],
        [
          { value: 1, style: 'b' },
          { value: 2, style: 'a' },
          { value: 3, style: 'b' },
        ],
      ],
    };
    expect(styleRuns(p)).toEqual([
      { style: 'a', address: 'A1:B2' },
      { style: 'a', address: 'B3' },
      { style: 'b', address: 'A3' },
      { style: 'b', address: 'C2:C3' },
    ]);
  });
});

describe('inputFingerprint', () => {
  const grid = {
    sheet: 'Roles',
    origin: { row: 1, col: 1 },
    values: [
      ['Id', 'Title'],
      ['R1', 'Head'],
    ],
  };
  it('is the same for the same inputs and changes with any cell, the mapping or overrides', () => {
    const f = inputFingerprint([grid], { policy: {} });
    expect(f).toMatch(/^[0-9a-f]{16}$/);
    expect(inputFingerprint([structuredClone(grid)], { policy: {} })).toBe(f);
    const edited = {
      ...grid,
      values: [
        ['Id', 'Title'],
        ['R1', 'Head '],
      ],
    };
    expect(inputFingerprint([edited], { policy: {} })).not.toBe(f);
    expect(inputFingerprint([grid], { policy: { MaxSpan: 9 } })).not.toBe(f);
    // A number and its text are different inputs.
    const n = { ...grid, values: [[1]] };
    const t = { ...grid, values: [['1']] };
    expect(inputFingerprint([n])).not.toBe(inputFingerprint([t]));
  });
});
