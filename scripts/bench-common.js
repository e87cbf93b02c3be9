/**
 * What the benchmark's parts share (scripts/bench.js and scripts/bench-survey.js): timing
 * stages after a forced GC, medians, and the Markdown they write into docs/benchmark.md.
 */
'use strict';

const os = require('os');

/** A pause after each forced GC, so that a stage does not pay for its predecessor's garbage. */
const SETTLE_MS = 100;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * A stage timer over `times` (stage → ms of each run) and `status` (stage → why it has no
 * time): time(stage, fn) runs fn after a GC and a pause and gives { out }, or undefined
 * (and a status) when the stage already failed or fn throws.
 */
function stageTimer(times, status) {
  const gc = globalThis.gc ?? (() => {});
  return async (stage, fn) => {
    if (status[stage]) return undefined;
    gc();
    // Let the collector finish sweeping what the last stage left before the clock starts:
    // otherwise a stage pays for its predecessor's garbage.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const t0 = now();
    try {
      const out = fn();
      (times[stage] ??= []).push(now() - t0);
      return { out };
    } catch (e) {
      status[stage] ??= `failed: ${String(e && e.message)
        .split('\n')[0]
        .slice(0, 80)}`;
      return undefined;
    }
  };
}

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtMs = (ms) => (ms < 100 ? ms.toFixed(1) : fmtInt(ms));
const fmtSize = (n) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** A stage's median and its ratio to the floor, or why it has none. */
function stageCell(result, stage) {
  if (result.error) return 'failed';
  const ms = result.medians[stage];
  if (ms === undefined) return result.status[stage] ?? 'n/a';
  if (stage === 'floor') return `${fmtMs(ms)} ms`;
  return `${fmtMs(ms)} ms (${(ms / result.medians.floor).toFixed(1)}×)`;
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

/** The machine, for a section's first line. */
function machine(loadAtStart) {
  const cpus = os.cpus();
  const cores =
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length;
  const model = (cpus[0] && cpus[0].model.trim()) || 'unknown CPU';
  const load = `${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`;
  return `${cores} cores (nproc), ${model}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; 1-minute load average ${load}`;
}

module.exports = {
  SETTLE_MS,
  median,
  now,
  stageTimer,
  fmtInt,
  fmtMs,
  fmtSize,
  stageCell,
  markdownTable,
  machine,
};
