#!/usr/bin/env node
/**
 * The service-quality survey pipeline on synthetic long-form SERVQUAL surveys, for
 * scripts/bench.js (`--only survey`): a Survey sheet with the header `RespondentId, Dimension,
 * Item, Expectation, Perception`, a row per respondent and item (the 22 items of the bundled
 * example, src/core/example/exampleSurvey.ts, over reliability, responsiveness, assurance,
 * empathy and tangibles), answers 1–7 drawn from mulberry32 (src/core/testing/syntheticOrg.ts)
 * around each dimension's mean, with a respondent's leniency; about 1 answer in 1,500 blank and
 * 1 in 3,000 out of the scale (0 or 8), so that the findings' paths run too. Default sizes:
 * 1,000, 10,000 and 45,000 respondents (22k, 220k and 990k rows; the last about the most a
 * long-form sheet holds, Excel stopping at 1,048,576 rows). The organisation is the bundled
 * English example (Roles, Responsibilities, Policy), its Survey sheet replaced.
 *
 * Each size runs in a fresh Node process (`--expose-gc`), so that its peak RSS means
 * something; every stage runs after a forced GC and a pause:
 *
 *   floor        surveyFloor(rows): one pass over the rows that parses the two answers and
 *                sums E, P and P − E per item and per dimension — the least work any
 *                analysis of the survey must do (the yardstick; median of 5)
 *   read         readSurvey(grids, DEFAULT_POLICY, collector)        (core/read/readSurvey.js)
 *   analyse      analyseServiceQuality(survey, { policy }, collector) (core/analyze/serviceQuality.js)
 *   plan         serviceQualityPlan(quality, [], 'en')         (core/render/serviceQualityPlan.js)
 *   audit total  auditWorkbook(grids, { asOf })                     (core/audit/auditWorkbook.js)
 *
 * each the median of 3 runs (read and the audit: 1 from 45,000 respondents), with its ratio to
 * the floor. No timing is asserted anywhere.
 *
 *   node scripts/bench-survey.js [--respondents 1000,10000,45000] [--seed N] [--dist DIR]
 *                                 prints the Markdown section of docs/benchmark.md
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const {
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

const ROOT = path.resolve(__dirname, '..');
const RESULT = 'SURVEY_RESULT ';
const DEFAULT_RESPONDENTS = [1000, 10000, 45000];
const DEFAULT_SEED = 20260;
/** Audits judge job analyses against a fixed date, so runs on different days compare. */
const AS_OF = '2026-11-23';
/** Runs of the floor, the yardstick, at every size. */
const FLOOR_RUNS = 5;
/** Runs of read and of the audit at a size (each over 10 s at 45,000 respondents) … */
const runsFor = (respondents) => (respondents < 45000 ? 3 : 1);
/** … and of analyse and plan at every size (on the survey of the last read). */
const ANALYSE_RUNS = 3;
/** One answer in this many is blank (SURVEY_ANSWER_BLANK) … */
const BLANK_EVERY = 1500;
/** … and one in this many out of the scale (SURVEY_ANSWER_OUT_OF_SCALE). */
const OUT_OF_SCALE_EVERY = 3000;
/** Mean expectation and perception per dimension (shaped like the example's). */
const MEANS = {
  tangibles: [6.1, 6.2],
  reliability: [6.5, 5.0],
  responsiveness: [6.5, 5.2],
  assurance: [6.3, 5.6],
  empathy: [6.2, 5.4],
};
const STAGES = ['floor', 'read', 'analyse', 'plan', 'audit total'];

// ---------------------------------------------------------------- the survey

const capitalised = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The long-form survey's rows, header first: `respondents` × the example's 22 items, answers
 * drawn from mulberry32(seed) — a respondent's leniency plus each answer's noise around the
 * dimension's mean, rounded and clamped to 1–7 — with a few blanks and out-of-scale answers.
 */
function syntheticSurvey(respondents, seed, { mulberry32, items }) {
  const random = mulberry32(seed);
  /** Roughly normal, mean 0, sd about `sd` (the sum of three uniforms). */
  const noise = (sd) => (random() + random() + random() - 1.5) * 2 * sd;
  const draw = (mean, lenient) => {
    const u = random();
    if (u < 1 / BLANK_EVERY) return null;
    if (u < 1 / BLANK_EVERY + 1 / OUT_OF_SCALE_EVERY) return random() < 0.5 ? 0 : 8;
    return Math.min(7, Math.max(1, Math.round(mean + lenient + noise(0.9))));
  };
  const cells = items.map((it) => [capitalised(it.dimension), `${it.code} ${it.en}`]);
  const width = String(respondents).length;
  const rows = [['RespondentId', 'Dimension', 'Item', 'Expectation', 'Perception']];
  for (let r = 1; r <= respondents; r++) {
    const id = `R${String(r).padStart(width, '0')}`;
    const lenient = noise(0.4);
    items.forEach((it, k) => {
      const [e, p] = MEANS[it.dimension];
      rows.push([id, cells[k][0], cells[k][1], draw(e, lenient), draw(p, lenient)]);
    });
  }
  return rows;
}

/** An answer as the floor reads it: a number (or numeric text) in min–max, else NaN. */
function floorAnswer(v, min, max) {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return n >= min && n <= max ? n : NaN;
}

/**
 * The yardstick: one pass over the rows (header first) that parses the two answers and sums
 * E, P and P − E, and counts the pairs, per item and per dimension (items and dimensions
 * keyed by their cells as written).
 */
function surveyFloor(rows, min = 1, max = 7) {
  const itemIndex = new Map();
  const dimensionIndex = new Map();
  const itemDimension = [];
  const item = { e: [], p: [], d: [], n: [] };
  const dimension = { e: [], p: [], d: [], n: [] };
  const add = (to, k, e, p) => {
    to.e[k] += e;
    to.p[k] += p;
    to.d[k] += p - e;
    to.n[k] += 1;
  };
  const grow = (to) => {
    to.e.push(0);
    to.p.push(0);
    to.d.push(0);
    to.n.push(0);
  };
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    let k = itemIndex.get(row[2]);
    if (k === undefined) {
      k = itemIndex.size;
      itemIndex.set(row[2], k);
      grow(item);
      let d = dimensionIndex.get(row[1]);
      if (d === undefined) {
        d = dimensionIndex.size;
        dimensionIndex.set(row[1], d);
        grow(dimension);
      }
      itemDimension.push(d);
    }
    const e = floorAnswer(row[3], min, max);
    const p = floorAnswer(row[4], min, max);
    if (e !== e || p !== p) continue; // NaN: not a pair
    add(item, k, e, p);
    add(dimension, itemDimension[k], e, p);
  }
  return { items: itemIndex.size, dimensions: dimensionIndex.size, item, dimension };
}

// ---------------------------------------------------------------- child: one size

/** A module's export from dist/core, or why there is none. */
function load(dist, file, name) {
  const full = path.join(dist, 'core', file);
  if (!fs.existsSync(full)) return { missing: 'n/a (not built)' };
  try {
    const value = require(full)[name];
    return value === undefined ? { missing: 'n/a (not built)' } : { value };
  } catch (e) {
    return { missing: `failed to load: ${String(e.message).split('\n')[0].slice(0, 80)}` };
  }
}

async function child(respondents, seed, dist) {
  const m = {
    mulberry32: load(dist, 'testing/syntheticOrg.js', 'mulberry32'),
    items: load(dist, 'example/exampleSurvey.js', 'EXAMPLE_SURVEY_ITEMS'),
    example: load(dist, 'example/exampleData.js', 'EXAMPLE_WORKBOOKS'),
    policy: load(dist, 'model/policy.js', 'DEFAULT_POLICY'),
    collector: load(dist, 'read/diagnosticCollector.js', 'DiagnosticCollector'),
    read: load(dist, 'read/readSurvey.js', 'readSurvey'),
    analyse: load(dist, 'analyze/serviceQuality.js', 'analyseServiceQuality'),
    plan: load(dist, 'render/serviceQualityPlan.js', 'serviceQualityPlan'),
    audit: load(dist, 'audit/auditWorkbook.js', 'auditWorkbook'),
  };
  for (const k of ['mulberry32', 'items', 'example', 'policy', 'collector'])
    if (m[k].missing) throw new Error(`${k}: ${m[k].missing}`);
  const policy = m.policy.value;
  const Collector = m.collector.value;

  const t = now();
  const rows = syntheticSurvey(respondents, seed, {
    mulberry32: m.mulberry32.value,
    items: m.items.value,
  });
  const generateMs = now() - t;
  const survey = { sheet: 'Survey', origin: { row: 1, col: 1 }, values: rows };
  const grids = m.example.value.en.sheets.map((s) =>
    s.name === 'Survey' ? survey : { sheet: s.name, origin: { row: 1, col: 1 }, values: s.rows },
  );

  const times = Object.fromEntries(STAGES.map((s) => [s, []]));
  const status = {};
  const facts = {};
  const time = stageTimer(times, status);
  for (const s of ['read', 'analyse', 'plan', 'audit'])
    if (m[s].missing) status[s === 'audit' ? 'audit total' : s] = m[s].missing;

  for (let k = 0; k < FLOOR_RUNS; k++) {
    const r = await time('floor', () => surveyFloor(rows, policy.likertMin, policy.likertMax));
    if (r) facts.floorItems = r.out.items;
  }
  const runs = runsFor(respondents);
  for (let run = 0; run < runs; run++) {
    process.stderr.write(`  ${respondents} respondents: run ${run + 1}/${runs}\n`);
    let read;
    const readFindings = new Collector('en');
    const r = await time('read', () => m.read.value(grids, policy, readFindings));
    if (r) {
      read = r.out;
      facts.readFindings = readFindings.list.length;
      if (!read) status.read ??= 'failed: no survey read';
    }
    // Analyse and plan, a second or two at the largest size, run 3 times at every size.
    for (let again = 0; again < ANALYSE_RUNS / runs; again++) {
      let quality;
      const analyseFindings = new Collector('en');
      if (!read) status.analyse ??= 'n/a (needs read)';
      else {
        const a = await time('analyse', () => m.analyse.value(read, { policy }, analyseFindings));
        quality = a && a.out;
        if (quality) {
          facts.items = quality.items.length;
          facts.respondents = quality.respondents;
          facts.analyseFindings = analyseFindings.list.length;
        }
      }
      if (!quality) status.plan ??= 'n/a (needs analyse)';
      else {
        const p = await time('plan', () => m.plan.value(quality, [], 'en'));
        if (p) facts.planRows = p.out.rows.length;
      }
    }
    read = undefined;
    const a = await time('audit total', () => m.audit.value(grids, { asOf: AS_OF }));
    if (a) {
      facts.auditFindings = a.out.diagnostics.length;
      if (!a.out.serviceQuality) status['audit total'] ??= 'failed: no service quality';
    }
  }
  const medians = {};
  for (const s of STAGES) if (!status[s] && times[s].length > 0) medians[s] = median(times[s]);
  return {
    respondents,
    rows: rows.length - 1,
    runs,
    generateMs,
    medians,
    status,
    facts,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

// ---------------------------------------------------------------- parent: every size

function table(results) {
  const header = ['stage', ...results.map((r) => `${fmtSize(r.respondents)} respondents`)];
  const fact = (f) => (r) => (r.error ? 'failed' : f(r));
  const count = (n) => (n === undefined ? '—' : fmtInt(n));
  const rows = [
    ['survey rows', ...results.map((r) => fmtInt(r.rows))],
    [
      'runs (median of)',
      ...results.map((r) =>
        r.runs === ANALYSE_RUNS
          ? `${r.runs} (floor: ${FLOOR_RUNS})`
          : `${r.runs} (analyse, plan: ${ANALYSE_RUNS}; floor: ${FLOOR_RUNS})`,
      ),
    ],
    ['generate (not a stage)', ...results.map(fact((r) => `${fmtMs(r.generateMs)} ms`))],
    ...STAGES.map((s) => [s, ...results.map((r) => stageCell(r, s))]),
    [
      'items / respondents analysed',
      ...results.map(fact((r) => `${count(r.facts.items)} / ${count(r.facts.respondents)}`)),
    ],
    [
      'read / analyse / audit findings',
      ...results.map(
        fact(
          (r) =>
            `${count(r.facts.readFindings)} / ${count(r.facts.analyseFindings)} / ${count(r.facts.auditFindings)}`,
        ),
      ),
    ],
    ['peak RSS (child)', ...results.map(fact((r) => `${fmtInt(r.maxRssMb)} MB`))],
  ];
  return markdownTable(header, rows);
}

/** Run this file as a child for one size: its result, or null. */
function runChild(respondents, seed, dist) {
  const p = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      path.join(__dirname, 'bench-survey.js'),
      '--child',
      String(respondents),
      String(seed),
      dist,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 },
  );
  const line = (p.stdout || '').split('\n').find((l) => l.startsWith(RESULT));
  if (p.status !== 0 || !line) {
    process.stderr.write(
      `bench: survey at ${respondents} respondents failed (exit ${p.status}, ${p.signal ?? 'no signal'})\n`,
    );
    return null;
  }
  return JSON.parse(line.slice(RESULT.length));
}

/**
 * Measure every size, each in a fresh process, and give the Markdown section (without its
 * markers): { text, failed }. Options: sizes (respondents), seed, dist (the build's root,
 * default dist/), command (as the section names it), describeMachine (a function giving the
 * machine's description at the end of the run).
 */
function surveySection(options = {}) {
  const sizes = options.sizes ?? DEFAULT_RESPONDENTS;
  const seed = options.seed ?? DEFAULT_SEED;
  const dist = path.resolve(options.dist ?? path.join(ROOT, 'dist'));
  const command = options.command ?? 'node scripts/bench-survey.js';
  const loadAtStart = os.loadavg()[0];
  const describe = options.describeMachine ?? (() => machine(loadAtStart));
  const results = sizes.map((respondents) => {
    process.stderr.write(
      `bench: survey, ${fmtInt(respondents)} respondents (${fmtInt(respondents * 22)} rows)\n`,
    );
    return (
      runChild(respondents, seed, dist) ?? {
        respondents,
        rows: respondents * 22,
        runs: runsFor(respondents),
        error: true,
      }
    );
  });
  const text = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` (seed ${seed}) on ${describe()}.`,
    '',
    table(results),
  ].join('\n');
  return { text, failed: results.some((r) => r.error), results };
}

module.exports = { surveySection, syntheticSurvey, surveyFloor };

if (require.main === module) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  if (process.argv[2] === '--child') {
    const [respondents, seed] = process.argv.slice(3, 5).map(Number);
    child(respondents, seed, process.argv[5]).then(
      (result) => process.stdout.write(`${RESULT}${JSON.stringify(result)}\n`),
      (err) => {
        process.stderr.write(`bench-survey: ${err.stack || err}\n`);
        process.exitCode = 1;
      },
    );
  } else {
    const sizes = String(arg('--respondents', DEFAULT_RESPONDENTS.join(',')))
      .split(',')
      .map((s) => Number(s.trim().replace(/k$/i, '000')))
      .filter((n) => Number.isInteger(n) && n > 0);
    const { text, failed } = surveySection({
      sizes,
      seed: Number(arg('--seed', DEFAULT_SEED)),
      dist: arg('--dist', path.join(ROOT, 'dist')),
    });
    process.stdout.write(`${text}\n`);
    if (failed) process.exitCode = 1;
  }
}
