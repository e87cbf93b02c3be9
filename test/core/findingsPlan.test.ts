import { findingsPlan } from '../../src/core/render/findingsPlan';
import { isPlanCell } from '../../src/core/render/sheetPlan';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import { grid } from '../../src/core/testing/builders';

const value = (c: unknown) =>
  c !== null && typeof c === 'object' && !(c instanceof Date) && isPlanCell(c as never)
    ? (c as { value: unknown }).value
    : c;

describe('findingsPlan', () => {
  const { diagnostics } = auditWorkbook(
    EXAMPLE_WORKBOOKS.en.sheets.map((s) => grid(s.name, s.rows)),
    { asOf: '2026-11-01' },
  );

  it('lists every finding, errors first, each linking to its cell', () => {
    const plan = findingsPlan(diagnostics, 'en');
    expect(plan.rows).toHaveLength(3 + diagnostics.length);
    expect(plan.rows[3]?.map(value)).toEqual([
      'Error',
      'CLASS_CODE_INVALID',
      diagnostics.find((d) => d.code === 'CLASS_CODE_INVALID')?.message,
      'Responsibilities!E17',
      'CS-MGR',
    ]);
    expect(plan.rows.slice(3).map((r) => value(r[0]))).toEqual([
      ...Array(3).fill('Error'),
      ...Array(8).fill('Warning'),
      ...Array(10).fill('Info'),
    ]);
  });

  it('stops short of Excel’s row limit and says how many findings were left out', () => {
    const plan = findingsPlan(diagnostics, 'zh-CN', 5);
    expect(plan.rows).toHaveLength(3 + 5 + 1);
    expect(plan.rows.at(-1)?.map(value)).toEqual([
      null,
      null,
      `…… 另有 ${diagnostics.length - 5} 项未列出：请查看 service-org audit --json 的输出。`,
    ]);
  });
});
