#!/usr/bin/env node
/**
 * Benchmark of the pipeline and of the org chart layout on synthetic organisations
 * (src/core/testing/syntheticOrg.ts).
 *
 *   npm run bench                  (= npm run build:cli && node scripts/bench.js)
 *   node scripts/bench.js [--sizes 1000,10000] [--seed N] [--dist DIR]
 *                         [--only analysis|chart|bundle|preview|survey] [--respondents 1000,10000]
 *                         [--organograms DIR] [--write]
 *
 * For each size (default 1k, 10k, 100k and 300k roles; ~3 long-table responsibility rows
 * per role, 1,000,000 at 300k) a fresh Node process generates the grids and times each
 * stage, so that its peak RSS (`process.resourceUsage().maxRSS`) means something:
 *
 *   floor           syntheticFloor: ids → indices, children, depth, spans, subtree sizes
 *                   straight over the Roles cells — the least work any analysis must do
 *   read            readWorkbook(grids)                        (core/read/readWorkbook.js)
 *   model           buildOrgIndex(org)                         (core/analyze/orgIndex.js)
 *   responsibility  analyseResponsibility(org, index, collector), and likewise
 *   workload, structure, staffing                              (core/analyze/analyseX.js)
 *   audit total     auditWorkbook(grids)                       (core/audit/auditWorkbook.js)
 *   plan            gapSummaryPlan(audit.gapSummary, 'en') + findingsPlan(audit.diagnostics, 'en')
 *
 * Every stage runs after a forced GC and a short pause (so that its sweeping ends); the
 * median of 3 runs is reported for up to 100k roles, 1 run at 300k (but 3 of the model and
 * the analyses, the goal's stages, at every size), with its ratio to the floor measured in
 * the same process (the floor, cheap and the yardstick, runs 5 times first at every
 * size). A stage
 * whose module or export is not in dist/ yet shows "n/a (not built)"; one that throws
 * shows "failed" and the rest still run.
 *
 * The chart, in a second fresh process per size on the same grids (read outside the
 * timing), from the same `org.roles`:
 *
 *   layout          layoutOrgChart(org)                        (core/layout/layoutOrgChart.js)
 *   d3              d3.tree().nodeSize([w, h])(d3.stratify().id(r => r.id)
 *                     .parentId(r => r.reportsTo ?? null)(org.roles))   (d3-hierarchy, dev)
 *
 * each after a forced GC and the same pause, median of 5 runs up to 100k roles and 3 at
 * 300k, and their ratio (goal: ≤ 1.0× at 100k and 300k). Quality: the layout's bounding box
 * against a plain d3 tidy tree of the same boxes (scripts/bench-chart.js says exactly which)
 * — area and aspect ratio of the whole synthetic charts, of views of up to 300 boxes of the
 * 10k one (top layers, largest subtrees), and of the UK organograms in --organograms
 * (default ../shared/data/organograms: each NAME-senior.csv with its NAME-junior.csv, read
 * with mappings/uk-organogram.json), whole and in views. Goals: area ≤ ½ the tidy tree's
 * on charts with a span of 20 or more; aspect ≤ 3:1 on charts of up to 300 boxes.
 *
 * The add-in bundle's size (scripts/bench-bundle.js), the browser preview
 * (scripts/bench-preview.js) and the service-quality survey pipeline on synthetic SERVQUAL
 * surveys of 1,000, 10,000 and 45,000 respondents, or --respondents (scripts/bench-survey.js:
 * floor, readSurvey, analyseServiceQuality, serviceQualityPlan, auditWorkbook) are parts of
 * their own.
 *
 * --only runs one part. With --write each part's tables replace the section between its
 * markers in docs/benchmark.md (bench:start/end, bench-chart:start/end, bench-bundle,
 * bench-preview, bench-survey). No timing is asserted anywhere.
 */
'use strict';

const { spawnSync } = require('child_process');
const { d3Hierarchy, chartQuality, viewsOf } = require('./bench-chart');
const { bundleSection } = require('./bench-bundle');
const { previewSection } = require('./bench-preview');
const { surveySection } = require('./bench-survey');
const {
  SETTLE_MS,
  fmtInt,
  fmtMs,
  fmtSize,
  machine,
  markdownTable,
  median,
  now,
  stageCell,
  stageTimer,
} = require('./bench-common');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const DOC = path.join(ROOT, 'docs', 'benchmark.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const CHART_START = '<!-- bench-chart:start -->';
const BUNDLE_START = '<!-- bench-bundle:start -->';
const BUNDLE_END = '<!-- bench-bundle:end -->';
const PREVIEW_START = '<!-- bench-preview:start -->';
const PREVIEW_END = '<!-- bench-preview:end -->';
const CHART_END = '<!-- bench-chart:end -->';
const SURVEY_START = '<!-- bench-survey:start -->';
const SURVEY_END = '<!-- bench-survey:end -->';
const RESULT = 'BENCH_RESULT ';
const DEFAULT_SIZES = [1000, 10000, 100000, 300000];
const DEFAULT_SEED = 20260;
/** Goal: the model and the four analyses together within this many floors at 300k roles. */
const GOAL = 5;
/** Goal: layoutOrgChart within this many times d3's stratify() + tree() at 100k and 300k. */
const CHART_GOAL = 1;
/** Goal: the chart's area at most this share of the plain tidy tree's … */
const AREA_GOAL = 0.5;
/** … on charts where some manager has at least this many visible reports. */
const AREA_SPAN = 20;
/** Goal: the chart at most this many times as wide as high … */
const ASPECT_GOAL = 3;
/** … on charts of up to this many boxes (the views of the quality table have as many). */
const VIEW_BOXES = 300;
/** The synthetic organisation whose views (subtrees, top layers) the quality table shows. */
const VIEWS_SIZE = 10000;
/** Job analyses are judged against a fixed date, so runs on different days compare. */
const AS_OF = '2026-11-01';

const ANALYSES = [
  ['responsibility', 'analyseResponsibility'],
  ['workload', 'analyseWorkload'],
  ['structure', 'analyseStructure'],
  ['staffing', 'analyseStaffing'],
];
const STAGES = [
  'floor',
  'read',
  'model',
  ...ANALYSES.map(([s]) => s),
  'analysis total (model + 4 analyses)',
  'job descriptions',
  'audit total',
  'plan',
];

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
}

/** The build to measure: dist/ unless --dist names another (e.g. a copy of an older build). */
const DIST_ROOT = path.resolve(arg('--dist', path.join(ROOT, 'dist')));
const DIST = path.join(DIST_ROOT, 'core');
/** UK organograms (NAME-senior.csv + NAME-junior.csv) for the chart's quality table. */
const ORGANOGRAMS = path.resolve(
  arg('--organograms', path.join(ROOT, '..', 'shared', 'data', 'organograms')),
);
const ONLY = arg('--only', 'all');

const cellsFor = (roles) => (roles >= 300000 ? Math.round((roles * 10) / 3) : 3 * roles);
const runsFor = (roles) => (roles <= 100000 ? 3 : 1);
/** Runs of the floor, the yardstick, at every size: its median is what ratios divide by. */
const FLOOR_RUNS = 5;
/** Runs of the model and the analyses at every size (the goal's stages). */
const ANALYSIS_RUNS = 3;
/** Runs of the chart layout and of d3, each, at a size. */
const chartRunsFor = (roles) => (roles <= 100000 ? 5 : 3);

// ---------------------------------------------------------------- child: one size

/** A stage's function from dist/, or why there is none. */
function load(file, name) {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) return { missing: 'n/a (not built)' };
  let mod;
  try {
    mod = require(full);
  } catch (e) {
    // Built, but something it requires is not (yet): the same for the reader of the table.
    const needs = /Cannot find module '([^']+)'/.exec(String(e.message));
    if (e.code === 'MODULE_NOT_FOUND' && needs)
      return { missing: `n/a (needs ${path.basename(needs[1])}, not built)` };
    return { missing: `failed to load: ${String(e.message).split('\n')[0].slice(0, 80)}` };
  }
  return typeof mod[name] === 'function' ? { fn: mod[name] } : { missing: 'n/a (not built)' };
}

async function child(roles, cells, seed) {
  const { syntheticOrg, syntheticFloor } = require(path.join(DIST, 'testing', 'syntheticOrg.js'));
  const mods = {
    read: load('read/readWorkbook.js', 'readWorkbook'),
    model: load('analyze/orgIndex.js', 'buildOrgIndex'),
    collector: load('read/diagnosticCollector.js', 'DiagnosticCollector'),
    audit: load('audit/auditWorkbook.js', 'auditWorkbook'),
    gapPlan: load('render/gapSummaryPlan.js', 'gapSummaryPlan'),
    findingsPlan: load('render/findingsPlan.js', 'findingsPlan'),
    jdValidate: load('analyze/jobDescriptions.js', 'validateJobDescriptions'),
    jdBuild: load('analyze/jobDescriptions.js', 'buildJobDescriptions'),
    jdPlan: load('render/jobDescriptionsPlan.js', 'jobDescriptionsPlan'),
  };
  for (const [stage, name] of ANALYSES) {
    const file = `analyze/${name}.js`;
    mods[stage] = load(file, name);
  }

  const t = now();
  const grids = syntheticOrg({ roles, seed, responsibilityCells: cells });
  const generateMs = now() - t;

  const times = Object.fromEntries(STAGES.map((s) => [s, []]));
  const status = {};
  const facts = {};
  const time = stageTimer(times, status);

  // The yardstick first, 5 times at every size, on the same heap (just the grids): a
  // single 200 ms run is noisy, and after other stages it would pay for their garbage.
  for (let k = 0; k < FLOOR_RUNS; k++) await time('floor', () => syntheticFloor(grids));
  const runs = runsFor(roles);
  for (let run = 0; run < runs; run++) {
    process.stderr.write(`  ${roles} roles: run ${run + 1}/${runs}\n`);
    let org;
    if (mods.read.fn) {
      const r = await time('read', () => mods.read.fn(grids));
      org = r && r.out.organisation;
      if (r) {
        facts.readDiagnostics = r.out.diagnostics.length;
        facts.assignments = org.assignments.length;
      }
    } else status.read = mods.read.missing;

    // The model and the analyses, the goal's stages, run 3 times even where the rest runs
    // once: a single run of a second and a half is too noisy to judge a ratio by.
    let index;
    let collector;
    for (let again = 0; again < ANALYSIS_RUNS / runs; again++) {
      index = undefined;
      if (!mods.model.fn) status.model = mods.model.missing;
      else if (!org) status.model ??= 'n/a (needs read)';
      else index = await time('model', () => mods.model.fn(org));
      index = index && index.out;

      let analysed = index ? 0 : -1;
      collector = mods.collector.fn && index ? new mods.collector.fn('en') : undefined;
      for (const [stage] of ANALYSES) {
        const m = mods[stage];
        if (!m.fn) status[stage] = m.missing;
        else if (!index) status[stage] ??= 'n/a (needs model)';
        else if (!collector)
          status[stage] ??= `n/a (DiagnosticCollector ${mods.collector.missing})`;
        else if (await time(stage, () => m.fn(org, index, collector))) analysed++;
      }
      if (analysed === ANALYSES.length) {
        const k = times.model.length - 1;
        times['analysis total (model + 4 analyses)'].push(
          ['model', ...ANALYSES.map(([s]) => s)].reduce((n, s) => n + times[s][k], 0),
        );
        facts.analysisDiagnostics = collector.list.length;
      }
    }
    if (!mods.jdValidate.fn || !mods.jdBuild.fn)
      status['job descriptions'] = mods.jdValidate.missing;
    else if (!index || !collector) status['job descriptions'] ??= 'n/a (needs model)';
    else
      await time('job descriptions', () => {
        mods.jdValidate.fn(org, index, collector, AS_OF);
        return mods.jdBuild.fn(org, index, collector.list);
      });
    org = undefined;
    index = undefined;

    let audit;
    if (mods.audit.fn) {
      const r = await time('audit total', () => mods.audit.fn(grids, { asOf: AS_OF }));
      audit = r && r.out;
      if (audit) facts.auditDiagnostics = audit.diagnostics.length;
    } else status['audit total'] = mods.audit.missing;

    if (!mods.gapPlan.fn || !mods.findingsPlan.fn)
      status.plan = (mods.gapPlan.fn ? mods.findingsPlan : mods.gapPlan).missing;
    else if (!audit) status.plan ??= 'n/a (needs audit)';
    else if (!audit.gapSummary) status.plan ??= 'n/a (audit gives no gapSummary yet)';
    else
      await time('plan', () => [
        mods.gapPlan.fn(audit.gapSummary, 'en'),
        mods.findingsPlan.fn(audit.diagnostics, 'en'),
        ...(mods.jdPlan.fn && audit.jobDescriptions
          ? [mods.jdPlan.fn(audit.jobDescriptions, 'en')]
          : []),
      ]);
    audit = undefined;
  }

  const medians = {};
  for (const s of STAGES) if (times[s].length >= runs && !status[s]) medians[s] = median(times[s]);
  if (!medians['analysis total (model + 4 analyses)']) {
    const missing = ['model', ...ANALYSES.map(([s]) => s)].filter((s) => !(s in medians));
    status['analysis total (model + 4 analyses)'] ??= `n/a (${missing.join(', ')})`;
  }
  return {
    roles,
    cells,
    runs,
    generateMs,
    medians,
    status,
    facts,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

// ---------------------------------------------------------------- child: the chart

/** The chart's modules from dist/ and d3-hierarchy, or why one is missing. */
function chartModules() {
  const read = load('read/readWorkbook.js', 'readWorkbook');
  const layout = load('layout/layoutOrgChart.js', 'layoutOrgChart');
  const metricsFile = path.join(DIST, 'layout', 'chartMetrics.js');
  const metrics = fs.existsSync(metricsFile) ? require(metricsFile).CHART_METRICS : undefined;
  const d3 = d3Hierarchy();
  const missing =
    read.missing ??
    layout.missing ??
    (metrics ? undefined : 'n/a (chartMetrics not built)') ??
    (d3 ? undefined : 'n/a (d3-hierarchy not installed)');
  return { read: read.fn, layout: layout.fn, metrics, d3, missing };
}

/**
 * d3's input: the roles as they are when they have one head; otherwise (stratify accepts
 * one root only) the roles behind a virtual root that the heads report to.
 */
function d3Input(roles) {
  let heads = 0;
  for (const r of roles) if (r.reportsTo === null) heads++;
  if (heads <= 1) return { heads, rows: roles, parentId: (r) => r.reportsTo ?? null };
  const virtual = { id: '\u0000virtual root', reportsTo: null };
  return {
    heads,
    rows: [virtual, ...roles],
    parentId: (r) => (r === virtual ? null : (r.reportsTo ?? virtual.id)),
  };
}

async function chartChild(roles, cells, seed) {
  const mods = chartModules();
  const base = { roles, cells, runs: chartRunsFor(roles), medians: {}, status: {} };
  if (mods.missing) return { ...base, missing: mods.missing };
  const { syntheticOrg } = require(path.join(DIST, 'testing', 'syntheticOrg.js'));
  // The same grids as the pipeline's process; reading them is not timed.
  const read = mods.read(syntheticOrg({ roles, seed, responsibilityCells: cells }));
  // All the layout reads; the assignments would only make each GC longer, for both.
  const org = { roles: read.organisation.roles, policy: read.organisation.policy };
  const input = d3Input(org.roles);
  const { d3, metrics } = mods;
  const times = { layout: [], d3: [] };
  const status = {};
  const time = stageTimer(times, status);
  let last;
  for (let run = 0; run < base.runs; run++) {
    process.stderr.write(`  ${roles} roles, chart: run ${run + 1}/${base.runs}\n`);
    const r = await time('layout', () => mods.layout(org));
    if (r) last = r.out;
    // nodeSize only scales d3's coordinates: any box size costs the same.
    const nodeSize = [metrics.maxBoxWidth + metrics.siblingGap, last ? last.rowPitch : 100];
    await time('d3', () =>
      d3.tree().nodeSize(nodeSize)(
        d3
          .stratify()
          .id((x) => x.id)
          .parentId(input.parentId)(input.rows),
      ),
    );
  }
  const medians = {};
  for (const s of ['layout', 'd3']) if (!status[s]) medians[s] = median(times[s]);
  let quality;
  try {
    quality = last ? chartQuality(d3, last, metrics) : undefined;
  } catch (e) {
    status.quality = `failed: ${String(e && e.message).slice(0, 80)}`;
  }
  return {
    ...base,
    heads: input.heads,
    boxes: last ? last.tree.count : undefined,
    stacks: last ? last.stacks : undefined,
    hung: last ? last.hung : undefined,
    medians,
    status,
    quality,
  };
}

/** Organogram pairs in `dir`: NAME-senior.csv with NAME-junior.csv, by name. */
function organogramPairs(dir) {
  if (!fs.existsSync(dir)) return [];
  const files = new Set(fs.readdirSync(dir));
  return [...files]
    .filter(
      (f) => f.endsWith('-senior.csv') && files.has(f.replace(/-senior\.csv$/, '-junior.csv')),
    )
    .sort()
    .map((f) => {
      const name = f.replace(/-senior\.csv$/, '');
      return {
        name,
        senior: path.join(dir, f),
        junior: path.join(dir, `${name}-junior.csv`),
      };
    });
}

/** The quality table's views: of the 10k synthetic organisation and of the organograms. */
async function qualityChild(seed) {
  const mods = chartModules();
  if (mods.missing) return { rows: [{ label: 'quality', status: mods.missing }] };
  const rows = [];
  const measure = (label, org, view) => {
    try {
      const layout = mods.layout(org, view ? { view } : {});
      rows.push({ label, ...chartQuality(mods.d3, layout, mods.metrics) });
      return layout;
    } catch (e) {
      rows.push({ label, status: `failed: ${String(e && e.message).slice(0, 80)}` });
      return undefined;
    }
  };
  /** Views of up to VIEW_BOXES boxes of an organisation: top layers, largest subtrees. */
  const views = (name, org, whole, subtrees) => {
    if (!whole) return;
    for (const v of viewsOf(org, whole, VIEW_BOXES, subtrees))
      measure(`${name}: ${v.label}`, org, v.view);
  };

  const { syntheticOrg } = require(path.join(DIST, 'testing', 'syntheticOrg.js'));
  const grids = syntheticOrg({
    roles: VIEWS_SIZE,
    seed,
    responsibilityCells: cellsFor(VIEWS_SIZE),
  });
  const synthetic = mods.read(grids).organisation;
  views(`synthetic ${fmtSize(VIEWS_SIZE)}`, synthetic, mods.layout(synthetic), 3);

  const pairs = organogramPairs(ORGANOGRAMS);
  const where = path.relative(ROOT, ORGANOGRAMS);
  if (pairs.length === 0) rows.push({ label: 'organograms', status: `n/a (none in ${where})` });
  const fileReader = path.join(DIST_ROOT, 'io', 'xlsx', 'readWorkbookFile.js');
  const mappingParser = path.join(DIST, 'read', 'columnMapping.js');
  if (pairs.length > 0 && !(fs.existsSync(fileReader) && fs.existsSync(mappingParser))) {
    rows.push({ label: 'organograms', status: 'n/a (readWorkbookFile not built)' });
    return { rows, organograms: where };
  }
  const { readWorkbookFile } = pairs.length > 0 ? require(fileReader) : {};
  const { parseColumnMapping } = pairs.length > 0 ? require(mappingParser) : {};
  for (const pair of pairs) {
    try {
      const json = JSON.parse(
        fs.readFileSync(path.join(ROOT, 'mappings', 'uk-organogram.json'), 'utf8'),
      );
      const { mapping } = parseColumnMapping(json);
      const [senior] = await readWorkbookFile(pair.senior);
      const [junior] = await readWorkbookFile(pair.junior);
      const org = mods.read([senior, junior], { mapping }).organisation;
      views(pair.name, org, measure(`${pair.name} (whole)`, org), 2);
    } catch (e) {
      rows.push({ label: pair.name, status: `failed: ${String(e && e.message).slice(0, 80)}` });
    }
  }
  return { rows, organograms: where };
}

// ---------------------------------------------------------------- parent: every size

function table(results) {
  const header = ['stage', ...results.map((r) => `${fmtSize(r.roles)} roles`)];
  const rows = [
    ['responsibility rows', ...results.map((r) => fmtInt(r.cells))],
    [
      'runs (median of)',
      ...results.map((r) =>
        r.runs === ANALYSIS_RUNS ? String(r.runs) : `${r.runs} (model, analyses: ${ANALYSIS_RUNS})`,
      ),
    ],
    [
      'generate (not a stage)',
      ...results.map((r) => (r.error ? 'failed' : `${fmtMs(r.generateMs)} ms`)),
    ],
    ...STAGES.map((s) => [s, ...results.map((r) => stageCell(r, s))]),
    [
      'read / audit findings',
      ...results.map((r) =>
        r.error
          ? 'failed'
          : `${r.facts.readDiagnostics ?? '—'} / ${r.facts.auditDiagnostics === undefined ? '—' : fmtInt(r.facts.auditDiagnostics)}`,
      ),
    ],
    ['peak RSS (child)', ...results.map((r) => (r.error ? 'failed' : `${fmtInt(r.maxRssMb)} MB`))],
  ];
  return markdownTable(header, rows);
}

function goalLine(results) {
  const stage = 'analysis total (model + 4 analyses)';
  const goal = `Goal (analysis total ≤ ${GOAL}× the floor at 300k roles)`;
  const ratio = (r) => r.medians[stage] / r.medians.floor;
  const big = results.find((r) => r.roles === 300000);
  if (big && !big.error && big.medians[stage] !== undefined)
    return `${goal}: ${ratio(big) <= GOAL ? 'met' : 'not met'} — ${ratio(big).toFixed(1)}×.`;
  const measured = results.filter((r) => !r.error && r.medians[stage] !== undefined);
  const last = measured[measured.length - 1];
  return last
    ? `${goal}: not measured at 300k; ${ratio(last).toFixed(1)}× at ${fmtSize(last.roles)} roles.`
    : `${goal}: not measured yet.`;
}

const fmtRatio = (r) => `${r.toFixed(r < 10 ? 2 : 1)}×`;
const fmtArea = (a) => {
  const m = a / 1e6;
  return `${m >= 100 ? fmtInt(m) : m >= 10 ? m.toFixed(1) : m.toFixed(2)} Mpx²`;
};
/** Width to height, as a ratio to 1 of the larger side: 2.4:1 wide, 1:1.6 tall. */
const fmtWide = (r) => {
  const f = (x) => (x >= 100 ? fmtInt(x) : x.toFixed(1));
  return r >= 1 ? `${f(r)}:1` : `1:${f(1 / r)}`;
};
const fmtAspect = (b) => fmtWide(b.width / b.height);
const area = (b) => b.width * b.height;

function chartCell(result, stage) {
  if (result.error) return 'failed';
  if (result.missing) return result.missing;
  const ms = result.medians[stage];
  return ms === undefined ? (result.status[stage] ?? 'n/a') : `${fmtMs(ms)} ms`;
}

/** layout / d3 at a size, or undefined when either is not measured. */
const chartRatio = (r) =>
  r.error || r.missing || r.medians.layout === undefined || r.medians.d3 === undefined
    ? undefined
    : r.medians.layout / r.medians.d3;

function chartTable(results) {
  const header = ['chart', ...results.map((r) => `${fmtSize(r.roles)} roles`)];
  const rows = [
    ['runs (median of)', ...results.map((r) => String(r.runs))],
    [
      'boxes / stacks / hung managers',
      ...results.map((r) =>
        r.boxes === undefined
          ? chartCell(r, 'layout')
          : `${fmtInt(r.boxes)} / ${fmtInt(r.stacks)} / ${r.hung === undefined ? '—' : fmtInt(r.hung)}`,
      ),
    ],
    ['layoutOrgChart(org)', ...results.map((r) => chartCell(r, 'layout'))],
    [
      'd3 stratify() + tree()',
      ...results.map((r) => chartCell(r, 'd3') + (r.heads > 1 ? ' (virtual root)' : '')),
    ],
    [
      'layout / d3',
      ...results.map((r) => {
        const ratio = chartRatio(r);
        return ratio === undefined ? chartCell(r, 'layout') : fmtRatio(ratio);
      }),
    ],
  ];
  return markdownTable(header, rows);
}

function chartGoalLine(results) {
  const goal = `Goal (layoutOrgChart ≤ ${CHART_GOAL.toFixed(1)}× d3 at 100k and 300k roles)`;
  const big = [100000, 300000].map((n) => results.find((r) => r.roles === n));
  const ratios = big.map((r) => (r ? chartRatio(r) : undefined));
  if (ratios.every((x) => x !== undefined))
    return `${goal}: ${ratios.every((x) => x <= CHART_GOAL) ? 'met' : 'not met'} — ${ratios.map(fmtRatio).join(' and ')}.`;
  const measured = results.filter((r) => chartRatio(r) !== undefined);
  const last = measured[measured.length - 1];
  return last
    ? `${goal}: not measured at 100k and 300k; ${fmtRatio(chartRatio(last))} at ${fmtSize(last.roles)} roles.`
    : `${goal}: not measured yet.`;
}

/** Rows of the quality table: the whole synthetic charts, then the quality process's. */
function qualityRows(results, quality) {
  const rows = results.map((r) =>
    r.quality
      ? { label: `synthetic ${fmtSize(r.roles)} (whole)`, ...r.quality }
      : {
          label: `synthetic ${fmtSize(r.roles)} (whole)`,
          status: r.status?.quality ?? chartCell(r, 'layout'),
        },
  );
  if (quality) rows.push(...quality.rows);
  else rows.push({ label: 'views and organograms', status: 'failed' });
  return rows;
}

function qualityTable(rows) {
  const header = [
    'chart',
    'boxes',
    'max span',
    'area',
    'tidy tree area',
    'area / tidy',
    'aspect (w:h)',
    'tidy tree aspect',
  ];
  const body = rows.map((q) =>
    q.status
      ? [q.label, q.status, '', '', '', '', '', '']
      : [
          q.label,
          fmtInt(q.boxes),
          String(q.maxSpan),
          fmtArea(area(q.ours)),
          fmtArea(area(q.d3)),
          fmtRatio(area(q.ours) / area(q.d3)),
          fmtAspect(q.ours),
          fmtAspect(q.d3),
        ],
  );
  return markdownTable(header, body);
}

function qualityGoalLines(rows) {
  const measured = rows.filter((q) => !q.status);
  const range = (xs, fmt) =>
    xs.length === 1 ? fmt(xs[0]) : `${fmt(Math.min(...xs))} to ${fmt(Math.max(...xs))}`;
  const verdict = (goal, kept, all, detail) =>
    all.length === 0
      ? `${goal}: no chart measured.`
      : `${goal}: ${kept.length === all.length ? 'met' : 'not met'} — ${kept.length} of ${all.length} charts (${detail}).`;

  const spread = measured.filter((q) => q.maxSpan >= AREA_SPAN);
  const areaRatios = spread.map((q) => area(q.ours) / area(q.d3));
  const areaLine = verdict(
    `Goal (area ≤ ½ the plain tidy tree's on charts with a span of ${AREA_SPAN} or more)`,
    areaRatios.filter((x) => x <= AREA_GOAL),
    spread,
    `area / tidy ${range(areaRatios, fmtRatio)}, median ${areaRatios.length ? fmtRatio(median(areaRatios)) : '—'}`,
  );
  const small = measured.filter((q) => q.boxes <= VIEW_BOXES);
  const aspects = small.map((q) => q.ours.width / q.ours.height);
  const aspectLine = verdict(
    `Goal (aspect ≤ ${ASPECT_GOAL}:1 wide on charts of up to ${VIEW_BOXES} boxes)`,
    aspects.filter((x) => x <= ASPECT_GOAL),
    small,
    range(aspects, fmtWide),
  );
  return [areaLine, aspectLine];
}

function section(results, command, seed, loadAtStart) {
  return [
    START,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` (seed ${seed}) on ${machine(loadAtStart)}.`,
    '',
    table(results),
    '',
    goalLine(results),
    '',
    END,
  ].join('\n');
}

function chartSection(results, quality, command, seed, loadAtStart) {
  const rows = qualityRows(results, quality);
  const virtual = results.some((r) => r.heads > 1);
  return [
    CHART_START,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` (seed ${seed}) on ${machine(loadAtStart)}.`,
    '',
    chartTable(results),
    '',
    ...(virtual
      ? [
          'A synthetic organisation had several heads: d3 got them under a virtual root (stratify takes one root).',
          '',
        ]
      : []),
    chartGoalLine(results),
    '',
    `Quality: the layout's bounding box against the plain d3 tidy tree of the same boxes; views of up to ${VIEW_BOXES} boxes of the synthetic ${fmtSize(VIEWS_SIZE)} organisation and of the organograms in \`${quality ? quality.organograms : path.relative(ROOT, ORGANOGRAMS)}\`.`,
    '',
    qualityTable(rows),
    '',
    ...qualityGoalLines(rows).flatMap((l) => [l, '']),
    CHART_END,
  ].join('\n');
}

const INTRO = `# Pipeline and org chart benchmark

What \`npm run bench\` measures: the core's stages, and the org chart layout, on synthetic
organisations from \`src/core/testing/syntheticOrg.ts\` — one head, 6 to 10 layers (9 or 10
from 100k roles), skewed spans (most managers 3–8 reports, some 9–15, a few 20–60, some
one), groups of posts at the bottom, vacancies, and a long-form responsibility table (~1
function per 3 roles, ~3 rows per role; 1,000,000 rows at 300k roles) with gaps, overlaps,
partials and supports. The generator is seeded, so every run measures the same grids.

## The pipeline

Each size runs in a fresh Node process (\`--expose-gc\`), so the peak RSS is that size's
alone; every stage runs after a forced GC and a pause of ${SETTLE_MS} ms, so that the
collector's sweeping is over before the clock starts (otherwise each stage pays for the
last one's garbage). Times are the median of 3 runs up to 100k roles and a single run at
300k — except the model and the four analyses, the goal's stages, which run 3 times at
every size — each with its ratio to the **floor**, measured first in the same process
(median of ${FLOOR_RUNS} runs at every size): \`syntheticFloor\`, one pass straight over
the Roles cells that builds the id map, the children, depth, spans and subtree sizes — the
least work any analysis of the reporting lines must do.

- **read**: \`readWorkbook(grids)\` — grids to the model, with every diagnostic.
- **model**: \`buildOrgIndex(org)\` — the arrays every analysis shares. The reader hands
  on the positions it resolved anyway (role and function index of every assignment, its
  class as a number), so the model does not look a million ids up a second time.
- **responsibility, workload, structure, staffing**: the four analyses, each
  \`analyseX(org, index, collector)\`; **analysis total** is the model plus the four.
  A finding's message is rendered when it is read, not when it is found (most readers —
  counts, the pane's visible rows — never need the text), so **plan**, which writes every
  message into the Findings sheet, pays for the text.
- **job descriptions**: \`validateJobDescriptions\` and \`buildJobDescriptions\`.
- **audit total**: \`auditWorkbook(grids)\` — read, model, analyses and the Gap Summary.
- **plan**: \`gapSummaryPlan\` and \`findingsPlan\` on the audit's result.

Goal: **analysis total ≤ ${GOAL}× the floor at 300k roles.** A stage that is not built yet
shows "n/a (not built)". At 1k roles the floor is well under a millisecond, so the ratios
there mostly measure fixed costs; read the 100k and 300k columns.

## The org chart layout

Speed: a second fresh process per size generates the same grids and reads them
(\`readWorkbook\`, not timed); then both contestants start from the same \`org.roles\`:

- **layoutOrgChart(org)**: the whole layout — the chart's tree from the ids (as
  \`stratify\` does), each box's text measured and wrapped, every manager's shape chosen
  (row or hung columns, stacks and grids: \`chooseShapes\`), the non-layered tidy tree,
  every box placed.
- **d3 stratify() + tree()**: d3-hierarchy 3 (a devDependency),
  \`d3.tree().nodeSize([maxBoxWidth + siblingGap, rowPitch])(d3.stratify().id((r) => r.id).parentId((r) => r.reportsTo ?? null)(org.roles))\`
  — ids to a tree of node objects, then a layered tidy tree of equal nodes. \`stratify\`
  takes one root: an organisation with several heads would get a virtual root above them
  for d3, and the table would say so (the synthetic ones have one head).

Each runs after a forced GC and the same pause; the median of ${chartRunsFor(1)} runs up
to 100k roles and ${chartRunsFor(300000)} at 300k, and **layout / d3**, the ratio of the
medians. Goal: **layout / d3 ≤ ${CHART_GOAL.toFixed(1)}× at 100k and 300k roles.**

Quality: the layout's bounding box (\`bounds.width × bounds.height\`) against **the plain
tidy tree of the same boxes** — d3.tree() (layered Reingold–Tilford, Buchheim's linear
version) over the very tree the layout drew (\`layout.tree\`: same boxes, children in the
same order), each box as wide as its text (\`layout.texts[layout.text[i]].width\`) and as
tall as in the layout, every row \`rowPitch\` below the last, neighbours in a row
\`siblingGap\` apart, cousins too: \`nodeSize([1, rowPitch])\` and
\`separation(a, b) = (width(a) + width(b)) / 2 + siblingGap\` (the heads of a forest
\`treeGap\` apart, under a virtual root). That is tighter than \`nodeSize([widest box + gap,
rowPitch])\` with d3's default separation (a double gap between cousins), so the ratio is
what stacking and hanging gain over the best plain tidy tree of those boxes
(\`scripts/bench-chart.js\`).

The rows: the whole synthetic charts (from the speed processes); views of up to
${VIEW_BOXES} boxes of the ${fmtSize(VIEWS_SIZE)} one — its top layers (the most layers
within ${VIEW_BOXES} boxes; deeper roles are counted on their box) and its three largest
subtrees within ${VIEW_BOXES} boxes (\`view.root\`); and every UK organogram pair in
\`../shared/data/organograms\` (\`NAME-senior.csv\` with \`NAME-junior.csv\`, read with
\`readWorkbookFile\` and \`mappings/uk-organogram.json\`, as the organogram tests do), whole,
its top layers and its two largest subtrees within ${VIEW_BOXES} boxes. **Max span** is the
most boxes any box has directly below it.

Goals: **area ≤ ½ the plain tidy tree's on every chart with a span of ${AREA_SPAN} or
more**, and **aspect ≤ ${ASPECT_GOAL}:1 (width : height) on every chart of up to
${VIEW_BOXES} boxes**, so that such a chart prints on a landscape page; a tall chart (1:n)
meets it.

## Running it

\`\`\`sh
npm run bench                              # builds dist/, then every part (a few minutes)
node scripts/bench.js --sizes 1000,10000   # fewer sizes, on the current dist/
node scripts/bench.js --only chart         # one part: analysis, chart, bundle, preview or survey
node scripts/bench.js --write              # also replace the results below (each part its own)
node scripts/bench.js --seed 7 --dist DIR  # another organisation, another build
node scripts/bench.js --organograms DIR    # organograms from elsewhere
\`\`\`

The .xlsx readers have their own benchmark: \`npm run bench:readers\`
([reader-benchmark.md](reader-benchmark.md)).

## Results

### Pipeline

`;

/** Replace the section between `start` and `end` in the doc (added at its end if missing). */
function writeDoc(text, start, end) {
  let doc = fs.existsSync(DOC)
    ? fs.readFileSync(DOC, 'utf8')
    : `${INTRO}${START}\n${END}\n\n### Org chart layout\n\n${CHART_START}\n${CHART_END}\n`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a === -1 || b === -1 || b < a) doc = `${doc.trimEnd()}\n\n${start}\n${end}\n`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end) + end.length;
  fs.writeFileSync(DOC, doc.slice(0, from) + text + doc.slice(to));
}

/** Run this script as a child (`--child`, `--chart-child`, `--quality-child`): its result, or null. */
function runChild(mode, args, what) {
  const p = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      process.argv[1],
      mode,
      ...args.map(String),
      '--dist',
      DIST_ROOT,
      '--organograms',
      ORGANOGRAMS,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 },
  );
  const line = (p.stdout || '').split('\n').find((l) => l.startsWith(RESULT));
  if (p.status !== 0 || !line) {
    process.stderr.write(`bench: ${what} failed (exit ${p.status}, ${p.signal ?? 'no signal'})\n`);
    return null;
  }
  return JSON.parse(line.slice(RESULT.length));
}

function parent() {
  const sizes = String(arg('--sizes', DEFAULT_SIZES.join(',')))
    .split(',')
    .map((s) => Number(s.trim().replace(/k$/i, '000')))
    .filter((n) => Number.isInteger(n) && n > 0);
  const seed = Number(arg('--seed', DEFAULT_SEED));
  /** Survey sizes, in respondents (22 rows each); bench-survey.js's defaults without the flag. */
  const respondents = process.argv.includes('--respondents')
    ? String(arg('--respondents', ''))
        .split(',')
        .map((s) => Number(s.trim().replace(/k$/i, '000')))
        .filter((n) => Number.isInteger(n) && n > 0)
    : undefined;
  if (!['all', 'analysis', 'chart', 'bundle', 'preview', 'survey'].includes(ONLY)) {
    process.stderr.write(
      `bench: --only takes analysis, chart, bundle, preview or survey, not ${ONLY}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const loadAtStart = os.loadavg()[0];
  const flags = [
    ...(process.argv.includes('--sizes') ? [`--sizes ${sizes.join(',')}`] : []),
    ...(process.argv.includes('--seed') ? [`--seed ${seed}`] : []),
    ...(process.argv.includes('--respondents') ? [`--respondents ${respondents.join(',')}`] : []),
    ...(ONLY === 'all' ? [] : [`--only ${ONLY}`]),
  ];
  const command = flags.length ? `node scripts/bench.js ${flags.join(' ')}` : 'npm run bench';
  const write = process.argv.includes('--write');
  let failed = false;

  if (ONLY === 'all' || ONLY === 'analysis') {
    const results = [];
    for (const roles of sizes) {
      const cells = cellsFor(roles);
      process.stderr.write(`bench: ${fmtInt(roles)} roles, ${fmtInt(cells)} responsibility rows\n`);
      const result = runChild('--child', [roles, cells, seed], `${roles} roles`);
      results.push(result ?? { roles, cells, runs: runsFor(roles), error: true });
    }
    const text = section(results, command, seed, loadAtStart);
    process.stdout.write(`${text}\n`);
    if (write) {
      writeDoc(text, START, END);
      process.stderr.write(`bench: wrote ${path.relative(ROOT, DOC)} (pipeline)\n`);
    }
    failed ||= results.some((r) => r.error);
  }

  if (ONLY === 'all' || ONLY === 'survey') {
    const surveyLoad = ONLY === 'survey' ? loadAtStart : os.loadavg()[0];
    const { text: body, failed: surveyFailed } = surveySection({
      sizes: respondents,
      seed,
      dist: DIST_ROOT,
      command,
      describeMachine: () => machine(surveyLoad),
    });
    const text = `${SURVEY_START}\n\n${body}\n\n${SURVEY_END}`;
    process.stdout.write(`${text}\n`);
    if (write) {
      writeDoc(text, SURVEY_START, SURVEY_END);
      process.stderr.write(`bench: wrote ${path.relative(ROOT, DOC)} (survey)\n`);
    }
    failed ||= surveyFailed;
  }

  if (ONLY === 'all' || ONLY === 'bundle') {
    process.stderr.write('bench: add-in bundle (webpack --mode production)\n');
    const { text: body } = bundleSection(command);
    const text = `${BUNDLE_START}\n\n${body}\n\n${BUNDLE_END}`;
    process.stdout.write(`${text}\n`);
    if (write) {
      writeDoc(text, BUNDLE_START, BUNDLE_END);
      process.stderr.write(`bench: wrote ${path.relative(ROOT, DOC)} (bundle)\n`);
    }
  }

  if (ONLY === 'all' || ONLY === 'preview') {
    process.stderr.write('bench: browser preview, 10,000 roles (Chromium)\n');
    if (ONLY === 'preview') {
      const built = spawnSync(
        process.execPath,
        [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      if (built.status !== 0) process.stderr.write('bench: webpack failed\n');
    }
    const p = spawnSync(process.execPath, [path.join(__dirname, 'bench-preview.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = (p.stdout || '').split('\n').find((l) => l.startsWith('RESULT '));
    const result = line ? JSON.parse(line.slice('RESULT '.length)) : null;
    const text = `${PREVIEW_START}\n\n${previewSection(result, command)}\n\n${PREVIEW_END}`;
    process.stdout.write(`${text}\n`);
    if (write) {
      writeDoc(text, PREVIEW_START, PREVIEW_END);
      process.stderr.write(`bench: wrote ${path.relative(ROOT, DOC)} (preview)\n`);
    }
    failed ||= !result;
  }

  if (ONLY === 'all' || ONLY === 'chart') {
    const chartLoad = ONLY === 'chart' ? loadAtStart : os.loadavg()[0];
    const results = [];
    for (const roles of sizes) {
      process.stderr.write(`bench: chart, ${fmtInt(roles)} roles\n`);
      const cells = cellsFor(roles);
      const result = runChild('--chart-child', [roles, cells, seed], `chart at ${roles} roles`);
      results.push(result ?? { roles, cells, runs: chartRunsFor(roles), error: true });
    }
    process.stderr.write('bench: chart quality (views, organograms)\n');
    const quality = runChild('--quality-child', [seed], 'chart quality');
    const text = chartSection(results, quality, command, seed, chartLoad);
    process.stdout.write(`${text}\n`);
    if (write) {
      writeDoc(text, CHART_START, CHART_END);
      process.stderr.write(`bench: wrote ${path.relative(ROOT, DOC)} (chart)\n`);
    }
    failed ||= !quality || results.some((r) => r.error);
  }
  if (failed) process.exitCode = 1;
}

/** A child's result on stdout, on the line the parent looks for. */
const report = (promise) =>
  promise.then((result) => process.stdout.write(`${RESULT}${JSON.stringify(result)}\n`));

if (process.argv[2] === '--child') {
  const [roles, cells, seed] = process.argv.slice(3, 6).map(Number);
  report(child(roles, cells, seed));
} else if (process.argv[2] === '--chart-child') {
  const [roles, cells, seed] = process.argv.slice(3, 6).map(Number);
  report(chartChild(roles, cells, seed));
} else if (process.argv[2] === '--quality-child') {
  report(qualityChild(Number(process.argv[3])));
} else {
  parent();
}
