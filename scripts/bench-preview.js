#!/usr/bin/env node
/**
 * The browser preview on a large workbook, for scripts/bench.js (`--only preview`): a
 * 10,000-role synthetic organisation (src/core/testing/syntheticOrg, seed 7, written as an
 * .xlsx with a Roles sheet and a long Responsibilities sheet) is opened in preview.html in
 * Debian's Chromium (playwright-core, headless), and timed:
 *
 *   findings   from choosing the file to the first finding shown in the pane's Validate tab
 *              (read in the page with exceljs, audited, listed)
 *   chart      from clicking the Org chart tab to its first boxes drawn
 *
 * Baselines measured in the same run, in Node on the same file: read + audit
 * (`readXlsx` then `auditWorkbook`) for the findings, and `layoutOrgChart` for the chart.
 * The ratio says what the page adds on top of the work itself. Median of 3 page loads.
 * No timing is asserted anywhere.
 *
 *   node scripts/bench-preview.js [--roles N] [--runs N]   prints a JSON result line
 *
 * Needs `npm run build` and `npm run build:cli` first (dist/preview.html, dist/core, dist/io).
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The synthetic organisation as .xlsx bytes (Node's writer, from dist/). */
async function largeWorkbook(roles) {
  const { syntheticOrg } = require(path.join(DIST, 'core/testing/syntheticOrg.js'));
  const { gridPlan } = require(path.join(DIST, 'cli/gridPlan.js'));
  const { writeWorkbookCopy } = require(path.join(DIST, 'io/xlsx/writeWorkbookCopy.js'));
  const grids = syntheticOrg({ roles, seed: 7 });
  return writeWorkbookCopy(null, grids.map(gridPlan));
}

/** Node's own time for the same work: read + audit, and the chart layout. */
async function nodeBaseline(bytes, runs) {
  const { readXlsx } = require(path.join(DIST, 'io/xlsx/readXlsx.js'));
  const { auditWorkbook } = require(path.join(DIST, 'core/audit/auditWorkbook.js'));
  const { layoutOrgChart } = require(path.join(DIST, 'core/layout/layoutOrgChart.js'));
  const audits = [];
  const layouts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const audit = auditWorkbook(await readXlsx(bytes), { lang: 'en' });
    audits.push(performance.now() - t0);
    const t1 = performance.now();
    layoutOrgChart(audit.organisation, { findings: audit.diagnostics });
    layouts.push(performance.now() - t1);
  }
  return { audit: median(audits), layout: median(layouts) };
}

/** Time the page: choose the file → first finding; Org chart tab → first boxes. */
async function pageTimes(file, runs) {
  const { chromium } = require('playwright-core');
  const { startPreviewServer } = require('./preview');
  const server = await startPreviewServer({ dir: DIST, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const findings = [];
  const chart = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}/preview.html?lang=en`);
      await page.locator('input[type=file]').waitFor({ state: 'attached' });
      const t0 = Date.now();
      await page.locator('input[type=file]').setInputFiles(file);
      await page.getByRole('tab', { name: 'Validate' }).click({ timeout: 120_000 });
      await page
        .getByRole('heading', { name: /^(Errors|Warnings|Notes) \(/ })
        .first()
        .waitFor({ timeout: 120_000 });
      findings.push(Date.now() - t0);
      const t1 = Date.now();
      await page.getByRole('tab', { name: 'Org chart' }).click();
      await page.locator('g[data-role]').first().waitFor({ timeout: 120_000 });
      chart.push(Date.now() - t1);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { findings: median(findings), chart: median(chart) };
}

async function main() {
  const roles = Number(arg('--roles', 10_000));
  const runs = Number(arg('--runs', 3));
  if (!fs.existsSync(path.join(DIST, 'preview.html')))
    throw new Error('dist/preview.html is missing: run `npm run build` first');
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: sudo apt-get install -y chromium`);
  const bytes = await largeWorkbook(roles);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-org-bench-'));
  const file = path.join(dir, `synthetic-${roles}.xlsx`);
  fs.writeFileSync(file, bytes);
  try {
    const node = await nodeBaseline(bytes, runs);
    const page = await pageTimes(file, runs);
    return { roles, runs, bytes: bytes.length, node, page };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fmtMs = (ms) => `${Math.round(ms).toLocaleString('en')} ms`;

/** The Markdown section of docs/benchmark.md for a result of this script. */
function previewSection(result, command) {
  if (!result) return '_The preview benchmark failed; see its output._';
  const { roles, runs, bytes, node, page } = result;
  return [
    `Browser preview on a ${roles.toLocaleString('en')}-role synthetic workbook ` +
      `(${(bytes / 1e6).toFixed(1)} MB .xlsx), Chromium headless, median of ${runs} page loads ` +
      `(\`${command}\`):`,
    '',
    '| | preview page | Node, same file | ratio |',
    '|---|---|---|---|',
    `| choose the file → first finding shown | ${fmtMs(page.findings)} | ${fmtMs(node.audit)} (read + audit) | ${(page.findings / node.audit).toFixed(2)}× |`,
    `| Org chart tab → first boxes drawn | ${fmtMs(page.chart)} | ${fmtMs(node.layout)} (layout) | ${(page.chart / node.layout).toFixed(2)}× |`,
  ].join('\n');
}

module.exports = { previewSection };

if (require.main === module) {
  main().then(
    (result) => process.stdout.write(`RESULT ${JSON.stringify(result)}\n`),
    (err) => {
      process.stderr.write(`bench-preview: ${err.stack || err}\n`);
      process.exitCode = 1;
    },
  );
}
