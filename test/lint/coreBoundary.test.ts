import { ESLint } from 'eslint';
import path from 'node:path';

/** The pure core must not reach a host or the UI; the lint gate enforces it. These cases prove it does. */
const ROOT = path.resolve(__dirname, '../..');
// The config is passed in directly: ESLint would load the file with a dynamic import, which jest's VM does not allow.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.config.js') as ESLint.Options['overrideConfig'];
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('src/core stays pure', () => {
  it.each([
    ["import React from 'react';", 'no-restricted-imports'],
    ["import { Button } from '@fluentui/react-components';", 'no-restricted-imports'],
    ["import ExcelJS from 'exceljs';", 'no-restricted-imports'],
    ["import { readFileSync } from 'fs';", 'no-restricted-imports'],
    ["import { readFile } from 'node:fs/promises';", 'no-restricted-imports'],
    ["import { readXlsx } from '../../io/xlsx/readXlsx';", 'no-restricted-imports'],
    ['export const host = Office.context.host;', 'no-restricted-globals'],
    ['export const run = () => Excel.run(async () => undefined);', 'no-restricted-globals'],
    ['export const el = document.body;', 'no-restricted-globals'],
  ])('rejects %s', async (code, rule) => {
    const found = await problems('src/core/model/probe.ts', `${code}\n`);
    expect(found.some((p) => p.startsWith(`${rule}:`))).toBe(true);
  });

  it('accepts plain core code', async () => {
    expect(
      await problems(
        'src/core/model/probe.ts',
        "import { cellA1 } from './address';\nexport const x = cellA1(1, 1);\n",
      ),
    ).toEqual([]);
  });

  it('allows the same imports outside the core', async () => {
    expect(
      await problems(
        'src/io/xlsx/probe.ts',
        "import ExcelJS from 'exceljs';\nexport const wb = new ExcelJS.Workbook();\n",
      ),
    ).toEqual([]);
  });

  it('keeps Excel.run inside src/io/excel', async () => {
    const code =
      'export const go = () => Excel.run(async (context) => { await context.sync(); });\n';
    expect(
      (await problems('src/taskpane/probe.ts', code)).some((p) =>
        p.startsWith('no-restricted-syntax:'),
      ),
    ).toBe(true);
    expect(await problems('src/io/excel/probe.ts', code)).toEqual([]);
  });

  it('forbids context.sync() in a loop (eslint-plugin-office-addins)', async () => {
    const code =
      'export async function f(context: Excel.RequestContext, n: number) {\n  for (let i = 0; i < n; i++) {\n    await context.sync();\n  }\n}\n';
    expect(
      (await problems('src/io/excel/probe.ts', code)).some((p) =>
        p.startsWith('office-addins/no-context-sync-in-loop:'),
      ),
    ).toBe(true);
  });
});
