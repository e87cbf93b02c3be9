import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SheetPlan } from '../../src/core/render/sheetPlan';
import {
  analysisPolicy,
  analysisResponsibilities,
  analysisRoles,
} from '../../src/core/testing/builders';
import { handSurveyLong } from '../../src/core/testing/surveyFixture';
import { writeWorkbookCopy } from '../../src/io/xlsx/writeWorkbookCopy';
import { runCli } from '../cli/runCli';

const tmp = mkdtempSync(path.join(tmpdir(), 'service-org-quality-'));

async function workbookFile(name: string, survey: boolean): Promise<string> {
  const plans = [
    { name: 'Roles', rows: analysisRoles() },
    { name: 'Responsibilities', rows: analysisResponsibilities() },
    { name: 'Policy', rows: analysisPolicy() },
    ...(survey ? [{ name: 'Survey', rows: handSurveyLong() }] : []),
  ];
  const file = path.join(tmp, name);
  writeFileSync(file, await writeWorkbookCopy(null, plans as SheetPlan[]));
  return file;
}

describe('service-org audit --json', () => {
  it('carries serviceQuality when the workbook has a survey, and not otherwise', async () => {
    const withSurvey = await workbookFile('with-survey.xlsx', true);
    const without = await workbookFile('without.xlsx', false);
    const r = await runCli(['audit', withSurvey, without, '--json', '--as-of', '2026-11-01']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      files: { file: string; serviceQuality?: Record<string, unknown> }[];
    };
    const [a, b] = json.files;
    expect(a?.serviceQuality).toMatchObject({
      source: { sheet: 'Survey', form: 'long' },
      respondents: 4,
      weighting: { source: 'seed' },
    });
    const overall = a?.serviceQuality?.overall as { gap: number; csi: number };
    expect(overall.gap).toBeCloseTo(-0.795, 12);
    expect(overall.csi).toBeCloseTo(68.416666666667, 10);
    expect(b && 'serviceQuality' in b).toBe(false);
  });
});
