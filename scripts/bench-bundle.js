/**
 * The add-in's download size for scripts/bench.js: builds the pane with webpack (production)
 * and measures, gzipped at level 9 as a web server would send them, the JavaScript that
 * taskpane.html loads before the pane can paint (its <script> tags: the first load) and the
 * chunks fetched later (the workbook code, the org chart viewer). Goal: first load ≤ 300 KB.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
/** Goal: the first load's gzipped JavaScript, in KB (1,000 bytes). */
const FIRST_LOAD_GOAL_KB = 300;

const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1000;
const rawKb = (file) => fs.statSync(file).size / 1000;

/** Build the pane; an error text when webpack fails. */
function build() {
  const r = spawnSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return r.status === 0 ? undefined : `webpack failed: ${(r.stderr || r.stdout).slice(-400)}`;
}

/** Sizes of the first load and of the later chunks, from dist/. */
function measure() {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  // Local scripts only (office.js comes from Microsoft's CDN); quoted or not (minified).
  const first = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => path.basename(src));
  if (first.length === 0) throw new Error('taskpane.html loads no local script: cannot measure');
  // The browser preview is built into dist/ too, every file of it named preview* or excelize*.
  const all = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith('.js') && !/^(preview|excelize)/.test(f));
  const commands = all.filter((f) => f.startsWith('commands.'));
  const later = all.filter((f) => !first.includes(f) && !commands.includes(f));
  const sum = (files, of) => files.reduce((n, f) => n + of(path.join(DIST, f)), 0);
  return {
    first: { files: first.length, raw: sum(first, rawKb), gzip: sum(first, gzipKb) },
    later: { files: later.length, raw: sum(later, rawKb), gzip: sum(later, gzipKb) },
    largestLater: later
      .map((f) => ({
        file: f.replace(/\.[0-9a-f]{16,}\.js$/, '.js'),
        gzip: gzipKb(path.join(DIST, f)),
      }))
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 3),
  };
}

/** The bundle section of docs/benchmark.md. */
function bundleSection(command, { skipBuild = false } = {}) {
  const failed = skipBuild ? undefined : build();
  const when = new Date().toISOString().slice(0, 10);
  if (failed) return { text: `Measured ${when} with \`${command}\`: ${failed}`, met: false };
  let m;
  try {
    m = measure();
  } catch (e) {
    return { text: `Measured ${when} with \`${command}\`: ${e.message}`, met: false };
  }
  const kb = (n) => `${n.toFixed(1)} KB`;
  const met = m.first.gzip <= FIRST_LOAD_GOAL_KB;
  const lines = [
    `Measured ${when} with \`${command}\`: \`webpack --mode production\`, JavaScript gzipped at level 9.`,
    '',
    '| add-in JavaScript | files | size | gzipped |',
    '| --- | --- | --- | --- |',
    `| first load (taskpane.html's scripts) | ${m.first.files} | ${kb(m.first.raw)} | ${kb(m.first.gzip)} |`,
    `| loaded later (workbook code, org chart viewer, …) | ${m.later.files} | ${kb(m.later.raw)} | ${kb(m.later.gzip)} |`,
    '',
    `Largest later chunks (gzipped): ${m.largestLater.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ') || '—'}.`,
    '',
    `Goal (first load ≤ ${FIRST_LOAD_GOAL_KB} KB of gzipped JavaScript): ${met ? 'met' : 'not met'} — ${kb(m.first.gzip)}.`,
  ];
  return { text: lines.join('\n'), met };
}

module.exports = { bundleSection, FIRST_LOAD_GOAL_KB };
