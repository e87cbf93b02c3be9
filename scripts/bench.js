#!/usr/bin/env node
/**
 * Benchmark of the pipeline on synthetic organisations (src/core/testing/syntheticOrg.ts).
 *
 *   npm run bench                  (= npm run build:cli && node scripts/bench.js)
 *   node scripts/bench.js [--sizes 1000,10000] [--seed N] [--dist DIR] [--write]
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
 * shows "failed" and the rest still run. With --write the table replaces the section
 * between the bench markers in docs/benchmark.md. No timing is asserted anywhere.
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const DOC = path.join(ROOT, 'docs', 'benchmark.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const RESULT = 'BENCH_RESULT ';
const DEFAULT_SIZES = [1000, 10000, 100000, 300000];
const DEFAULT_SEED = 20260;
/** Goal: the model and the four analyses together within this many floors at 300k roles. */
const GOAL = 5;
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

const cellsFor = (roles) => (roles >= 300000 ? Math.round((roles * 10) / 3) : 3 * roles);
const runsFor = (roles) => (roles <= 100000 ? 3 : 1);
/** Pause after each forced GC, so that its sweeping is done before a stage is timed. */
const SETTLE_MS = 100;
/** Runs of the floor, the yardstick, at every size: its median is what ratios divide by. */
const FLOOR_RUNS = 5;
/** Runs of the model and the analyses at every size (the goal's stages). */
const ANALYSIS_RUNS = 3;

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

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function child(roles, cells, seed) {
  const gc = globalThis.gc ?? (() => {});
  const now = () => Number(process.hrtime.bigint()) / 1e6;
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
  const fail = (stage, e) => {
    status[stage] ??= `failed: ${String(e && e.message)
      .split('\n')[0]
      .slice(0, 80)}`;
  };
  /** Time fn after a GC; undefined (and a status) when it cannot run. */
  const time = async (stage, fn) => {
    if (status[stage]) return undefined;
    gc();
    // Let the collector finish sweeping what the last stage left before the clock starts:
    // otherwise a stage pays for its predecessor's garbage.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const t0 = now();
    try {
      const out = fn();
      times[stage].push(now() - t0);
      return { out };
    } catch (e) {
      fail(stage, e);
      return undefined;
    }
  };

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

// ---------------------------------------------------------------- parent: every size

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtMs = (ms) => (ms < 100 ? ms.toFixed(1) : fmtInt(ms));
const fmtSize = (n) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

function cell(result, stage) {
  if (result.error) return 'failed';
  const ms = result.medians[stage];
  if (ms === undefined) return result.status[stage] ?? 'n/a';
  if (stage === 'floor') return `${fmtMs(ms)} ms`;
  const ratio = ms / result.medians.floor;
  return `${fmtMs(ms)} ms (${ratio.toFixed(1)}×)`;
}

/** A Markdown table padded the way Prettier pads it, so the doc stays formatted. */
function markdownTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(3, ...all.map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((v, c) => String(v).padEnd(widths[c])).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

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
    ...STAGES.map((s) => [s, ...results.map((r) => cell(r, s))]),
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

function machine(loadAtStart) {
  const cpus = os.cpus();
  const cores =
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length;
  const model = (cpus[0] && cpus[0].model.trim()) || 'unknown CPU';
  const load = `${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`;
  return `${cores} cores (nproc), ${model}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; 1-minute load average ${load}`;
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

const INTRO = `# Pipeline benchmark

What \`npm run bench\` measures: the core's stages on synthetic organisations from
\`src/core/testing/syntheticOrg.ts\` — one head, 6 to 10 layers (9 or 10 from 100k roles),
skewed spans (most managers 3–8 reports, some 9–15, a few 20–60, some one), groups of posts
at the bottom, vacancies, and
a long-form responsibility table (~1 function per 3 roles, ~3 rows per role; 1,000,000
rows at 300k roles) with gaps, overlaps, partials and supports. The generator is seeded,
so every run measures the same grids.

Each size runs in a fresh Node process (\`--expose-gc\`), so the peak RSS is that size's
alone; every stage runs after a forced GC and a pause of ${SETTLE_MS} ms, so that the
collector's sweeping is over before the clock starts (otherwise each stage pays for the
last one's garbage). Times are the median of 3 runs up to 100k roles
and a single run at 300k — except the model and the four analyses, the goal's stages, which
run 3 times at every size — each with its ratio to the **floor**, measured first in the same
process (median of ${FLOOR_RUNS} runs at every size): \`syntheticFloor\`, one pass straight over the Roles cells that builds the id map,
the children, depth, spans and subtree sizes — the least work any analysis of the
reporting lines must do.

- **read**: \`readWorkbook(grids)\` — grids to the model, with every diagnostic.
- **model**: \`buildOrgIndex(org)\` — the arrays every analysis shares. The reader hands
  on the positions it resolved anyway (role and function index of every assignment, its
  class as a number), so the model does not look a million ids up a second time.
- **responsibility, workload, structure, staffing**: the four analyses, each
  \`analyseX(org, index, collector)\`; **analysis total** is the model plus the four.
  A finding's message is rendered when it is read, not when it is found (most readers —
  counts, the pane's visible rows — never need the text), so **plan**, which writes every
  message into the Findings sheet, pays for the text.
- **audit total**: \`auditWorkbook(grids)\` — read, model, analyses and the Gap Summary.
- **plan**: \`gapSummaryPlan\` and \`findingsPlan\` on the audit's result.

Goal: **analysis total ≤ ${GOAL}× the floor at 300k roles.** A stage that is not built yet
shows "n/a (not built)". At 1k roles the floor is well under a millisecond, so the ratios
there mostly measure fixed costs; read the 100k and 300k columns. Run it with:

\`\`\`sh
npm run bench                              # builds dist/, then every size (~1.5 minutes here)
node scripts/bench.js --sizes 1000,10000   # fewer sizes, on the current dist/
node scripts/bench.js --write              # also replace the results below
node scripts/bench.js --seed 7 --dist DIR  # another organisation, another build
\`\`\`

The .xlsx readers have their own benchmark: \`npm run bench:readers\`
([reader-benchmark.md](reader-benchmark.md)).

## Results

`;

function writeDoc(text) {
  let doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : `${INTRO}${START}\n${END}\n`;
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a === -1 || b === -1 || b < a) doc = `${doc.trimEnd()}\n\n${START}\n${END}\n`;
  const from = doc.indexOf(START);
  const to = doc.indexOf(END) + END.length;
  fs.writeFileSync(DOC, doc.slice(0, from) + text + doc.slice(to));
}

function parent() {
  const sizes = String(arg('--sizes', DEFAULT_SIZES.join(',')))
    .split(',')
    .map((s) => Number(s.trim().replace(/k$/i, '000')))
    .filter((n) => Number.isInteger(n) && n > 0);
  const seed = Number(arg('--seed', DEFAULT_SEED));
  const loadAtStart = os.loadavg()[0];
  const results = [];
  for (const roles of sizes) {
    const cells = cellsFor(roles);
    process.stderr.write(`bench: ${fmtInt(roles)} roles, ${fmtInt(cells)} responsibility rows\n`);
    const p = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=8192',
        process.argv[1],
        '--child',
        roles,
        cells,
        seed,
        '--dist',
        DIST_ROOT,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 },
    );
    const line = (p.stdout || '').split('\n').find((l) => l.startsWith(RESULT));
    if (p.status !== 0 || !line) {
      process.stderr.write(
        `bench: ${roles} roles failed (exit ${p.status}, ${p.signal ?? 'no signal'})\n`,
      );
      results.push({ roles, cells, runs: runsFor(roles), error: true });
      continue;
    }
    results.push(JSON.parse(line.slice(RESULT.length)));
  }
  const command = process.argv.includes('--sizes')
    ? `node scripts/bench.js --sizes ${sizes.join(',')}`
    : 'npm run bench';
  const text = section(results, command, seed, loadAtStart);
  process.stdout.write(`${text}\n`);
  if (process.argv.includes('--write')) {
    writeDoc(text);
    process.stderr.write(`bench: wrote ${path.relative(ROOT, DOC)}\n`);
  }
  if (results.some((r) => r.error)) process.exitCode = 1;
}

if (process.argv[2] === '--child') {
  const [roles, cells, seed] = process.argv.slice(3, 6).map(Number);
  child(roles, cells, seed).then((result) =>
    process.stdout.write(`${RESULT}${JSON.stringify(result)}\n`),
  );
} else {
  parent();
}
