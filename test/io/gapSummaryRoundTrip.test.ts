import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import { isPlanCell, type PlanValue, type SheetPlan } from '../../src/core/render/sheetPlan';
import { findingsPlan } from '../../src/core/render/findingsPlan';
import { gapSummaryPlan } from '../../src/core/render/gapSummaryPlan';
import { grid } from '../../src/core/testing/builders';
import type { CellValue } from '../../src/core/model/grid';
import { readXlsx } from '../../src/io/xlsx/readXlsx';
import { writeWorkbookCopy } from '../../src/io/xlsx/writeWorkbookCopy';

/** The values a plan asks for, as a grid would hold them (blank → undefined). */
function planValues(plan: SheetPlan): (PlanValue | undefined)[][] {
  return plan.rows.map((row) => row.map((c) => (isPlanCell(c) ? c.value : c)));
}

function gridValue(v: CellValue | undefined): PlanValue | undefined {
  return v === null ? undefined : (v as PlanValue | undefined);
}

describe.each(['en', 'zh-CN'] as const)(
  'the example’s output sheets (%s), written and read back',
  (lang) => {
    it('hold exactly the planned values, cell by cell', async () => {
      const result = auditWorkbook(
        EXAMPLE_WORKBOOKS[lang].sheets.map((s) => grid(s.name, s.rows)),
        { lang },
      );
      const plans = [
        findingsPlan(result.diagnostics, lang),
        gapSummaryPlan(result.gapSummary, lang),
      ];
      const grids = await readXlsx(await writeWorkbookCopy(null, plans));
      expect(grids.map((g) => g.sheet)).toEqual(plans.map((p) => p.name));
      for (const [i, plan] of plans.entries()) {
        const want = planValues(plan);
        const got = grids[i]?.values ?? [];
        const rows = Math.max(want.length, got.length);
        let compared = 0;
        for (let r = 0; r < rows; r++) {
          const width = Math.max(want[r]?.length ?? 0, got[r]?.length ?? 0);
          for (let c = 0; c < width; c++) {
            const w = want[r]?.[c] ?? undefined;
            const g = gridValue(got[r]?.[c]);
            expect([r + 1, c + 1, g === undefined || g === '' ? undefined : g]).toEqual([
              r + 1,
              c + 1,
              w === null || w === '' ? undefined : w,
            ]);
            compared++;
          }
        }
        expect(compared).toBeGreaterThan(50);
      }
    });

    it('is the same content on every run (deterministic)', async () => {
      const run = async () => {
        const r = auditWorkbook(
          EXAMPLE_WORKBOOKS[lang].sheets.map((s) => grid(s.name, s.rows)),
          { lang },
        );
        return readXlsx(
          await writeWorkbookCopy(null, [
            findingsPlan(r.diagnostics, lang),
            gapSummaryPlan(r.gapSummary, lang),
          ]),
        );
      };
      expect(await run()).toEqual(await run());
    });
  },
);
