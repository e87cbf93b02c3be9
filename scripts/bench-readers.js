#!/usr/bin/env node
/**
 * Benchmark of .xlsx readers on a 100,000-row × 11-column Roles-like workbook.
 *
 *   npx tsc -p tsconfig.cli.json && node scripts/bench-readers.js [--rows N] [--runs N] [--keep]
 *   node scripts/bench-readers.js --fidelity   (what the exceljs readers give for tricky cells)
 *
 * The workbook is generated with exceljs's streaming writer into a temporary file, then
 * read by each reader, each run in a fresh Node process (so peak RSS means something):
 *   exceljs-full    new ExcelJS.Workbook().xlsx.readFile(path)
 *   exceljs-stream  new ExcelJS.stream.xlsx.WorkbookReader(path, {sharedStrings:'cache', worksheets:'emit'}),
 *                   every row's values kept in an array (a reader has to hand all values on)
 *   exceljs-stream-styles  the same with styles:'cache', without which dates come out as serials
 *   sheetjs         XLSX.readFile(path, {dense: true})  (xlsx 0.18.5 from npm)
 *   readXlsx        our reader, from dist/io/xlsx/readXlsx.js
 * Reported per reader: median wall time (process.hrtime), median peak RSS growth over the
 * process's RSS before reading, median heap still used after reading with the result held
 * (after a forced GC), and the time ratio against exceljs-full in the same run.
 */
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const READERS = ['exceljs-full', 'exceljs-stream', 'exceljs-stream-styles', 'sheetjs', 'readXlsx'];
const MB = 1024 * 1024;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
}

async function generate(file, rows) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('Roles');
  ws.columns = [
    { header: 'RoleId', key: 'id', width: 10 },
    { header: 'Title', key: 'title', width: 24 },
    { header: 'Department', key: 'dept', width: 16 },
    { header: 'ReportsTo', key: 'reports', width: 10 },
    { header: 'Headcount', key: 'headcount', width: 10 },
    { header: 'Filled', key: 'filled', width: 8 },
    { header: 'Level', key: 'level', width: 8 },
    { header: 'Purpose', key: 'purpose', width: 40 },
    { header: 'Qualifications', key: 'quals', width: 30 },
    { header: 'WorkingConditions', key: 'cond', width: 20 },
    { header: 'AnalysisDate', key: 'date', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
  ];
  const titles = [
    '高级工程师',
    'Service Manager',
    '客户服务专员',
    'HR Business Partner',
    '财务分析师',
  ];
  const depts = ['运营部', 'Finance', '人力资源部', 'Customer Service', 'IT'];
  for (let i = 1; i <= rows; i++) {
    ws.addRow({
      id: `R${String(i).padStart(6, '0')}`,
      title: `${titles[i % titles.length]} ${i % 97}`,
      dept: depts[i % depts.length],
      reports: i === 1 ? null : `R${String(Math.floor(i / 7) + 1).padStart(6, '0')}`,
      headcount: 1 + (i % 5),
      filled: i % 5,
      level: `L${1 + (i % 6)}`,
      purpose: `负责${depts[i % depts.length]}的服务交付与质量改进 / delivers service line ${i % 211}`,
      quals: i % 3 === 0 ? '本科; PMP' : 'Degree; 3 years experience',
      cond: i % 2 === 0 ? 'Office' : '现场 / on site',
      date: new Date(Date.UTC(2020 + (i % 5), i % 12, 1 + (i % 28))),
    }).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Runs in the child process: read once, print one JSON line. */
async function child(reader, file) {
  const gc = globalThis.gc;
  gc();
  const before = process.memoryUsage();
  const t0 = process.hrtime.bigint();
  let result;
  let cells = 0;
  if (reader === 'exceljs-full') {
    const ExcelJS = require('exceljs');
    result = new ExcelJS.Workbook();
    await result.xlsx.readFile(file);
    result.eachSheet((ws) => ws.eachRow((row) => (cells += row.cellCount)));
  } else if (reader === 'exceljs-stream' || reader === 'exceljs-stream-styles') {
    const ExcelJS = require('exceljs');
    const wbReader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      worksheets: 'emit',
      ...(reader === 'exceljs-stream-styles' ? { styles: 'cache' } : {}),
    });
    result = [];
    for await (const ws of wbReader) {
      for await (const row of ws) {
        const values = row.values;
        cells += values.length - 1;
        result.push(values);
      }
    }
  } else if (reader === 'sheetjs') {
    const XLSX = require('xlsx');
    result = XLSX.readFile(file, { dense: true });
    for (const name of result.SheetNames) {
      for (const row of result.Sheets[name]['!data'] || result.Sheets[name]) {
        if (Array.isArray(row)) cells += row.length;
      }
    }
  } else if (reader === 'readXlsx') {
    const { readXlsx } = require(path.join(__dirname, '..', 'dist', 'io', 'xlsx', 'readXlsx.js'));
    result = await readXlsx(fs.readFileSync(file));
    for (const grid of result) for (const row of grid.values) cells += row.length;
  } else {
    throw new Error(`unknown reader ${reader}`);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const after = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({
      reader,
      ms,
      rssMB: (peakRss - before.rss) / MB,
      heapMB: (after.heapUsed - before.heapUsed) / MB,
      cells,
      keep: result ? 1 : 0,
    })}\n`,
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function main() {
  const rows = Number(arg('--rows', '100000'));
  const runs = Number(arg('--runs', '3'));
  const dist = path.join(__dirname, '..', 'dist', 'io', 'xlsx', 'readXlsx.js');
  if (!fs.existsSync(dist)) {
    console.error(`Missing ${dist}: run "npx tsc -p tsconfig.cli.json" first.`);
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-readers-'));
  const file = path.join(dir, `roles-${rows}.xlsx`);
  const g0 = process.hrtime.bigint();
  await generate(file, rows);
  const genMs = Number(process.hrtime.bigint() - g0) / 1e6;
  const size = fs.statSync(file).size;
  console.log(
    `Workbook: ${rows} rows × 11 columns, ${(size / MB).toFixed(1)} MB, generated in ${(genMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0] ? os.cpus()[0].model : '?'}), ${runs} runs each, fresh process per run\n`,
  );

  const results = {};
  for (const reader of READERS) {
    results[reader] = [];
    for (let i = 0; i < runs; i++) {
      const out = execFileSync(
        process.execPath,
        ['--expose-gc', process.argv[1], '--child', reader, file],
        {
          encoding: 'utf8',
          maxBuffer: 16 * MB,
        },
      );
      results[reader].push(JSON.parse(out.trim().split('\n').pop()));
    }
  }

  const baseline = median(results['exceljs-full'].map((r) => r.ms));
  const header = [
    'reader',
    'median ms',
    'vs exceljs-full',
    'peak RSS +MB',
    'heap held MB',
    'cells',
  ];
  const lines = READERS.map((reader) => {
    const rs = results[reader];
    const ms = median(rs.map((r) => r.ms));
    return [
      reader,
      ms.toFixed(0),
      `${(ms / baseline).toFixed(2)}×`,
      median(rs.map((r) => r.rssMB)).toFixed(0),
      median(rs.map((r) => r.heapMB)).toFixed(0),
      String(rs[0].cells),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cols) => `| ${cols.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  console.log(
    `\nAll runs (ms): ${READERS.map((r) => `${r} ${results[r].map((x) => x.ms.toFixed(0)).join('/')}`).join('; ')}`,
  );

  if (process.argv.includes('--keep')) console.log(`\nKept ${file}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * `--fidelity`: what each exceljs reader gives for the cells and sheet features the core
 * needs, on a small workbook (a table, a merge, a hidden row, formula results).
 */
async function fidelity() {
  const ExcelJS = require('exceljs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-readers-'));
  const file = path.join(dir, 'fidelity.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.addTable({ name: 'T', ref: 'A1', columns: [{ name: 'Id' }], rows: [['a'], ['b']] });
  ws.getCell('C1').value = { formula: 'NA()', result: { error: '#N/A' } };
  ws.getCell('C2').value = { formula: 'TRUE()', result: true };
  ws.getCell('C3').value = { formula: 'DATE(2024,1,2)', result: new Date(Date.UTC(2024, 0, 2)) };
  ws.getCell('C3').numFmt = 'yyyy-mm-dd';
  ws.getCell('D1').value = new Date(Date.UTC(2024, 0, 2));
  ws.getCell('D1').numFmt = 'yyyy-mm-dd';
  ws.mergeCells('E1:F1');
  ws.getRow(2).hidden = true;
  await wb.xlsx.writeFile(file);

  const show = (v) => (v === undefined ? '(none)' : v instanceof Date ? 'Date' : JSON.stringify(v));
  const rows = [];
  const streamed = async (styles) => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      worksheets: 'emit',
      styles,
    });
    const out = { hidden: [], cells: {} };
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.hidden) out.hidden.push(row.number);
        row.eachCell((cell) => (out.cells[cell.address] = cell.value));
      }
      out.merges = Object.keys(sheet._merges || {}).length;
      out.tables = Object.keys(sheet.tables || {}).length;
    }
    return out;
  };
  const full = new ExcelJS.Workbook();
  await full.xlsx.readFile(file);
  const fs0 = full.getWorksheet('S');
  const fullOut = {
    hidden: [],
    cells: {},
    merges: fs0.model.merges.length,
    tables: fs0.getTables().length,
  };
  fs0.eachRow((row, n) => {
    if (row.hidden) fullOut.hidden.push(n);
    row.eachCell((cell) => (fullOut.cells[cell.address] = cell.value));
  });
  for (const [name, out] of [
    ['exceljs-full', fullOut],
    ['exceljs-stream', await streamed('ignore')],
    ['exceljs-stream-styles', await streamed('cache')],
  ]) {
    const result = (a) =>
      show(out.cells[a] && out.cells[a].formula ? out.cells[a].result : out.cells[a]);
    rows.push(
      `| ${name} | ${out.hidden.join(',') || '-'} | ${out.merges} | ${out.tables} | ${result('C1')} | ${result('C2')} | ${result('C3')} | ${show(out.cells.D1)} |`,
    );
  }
  console.log('| reader | hidden rows | merges | tables | =NA() | =TRUE() | =DATE() | date cell |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  fs.rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else if (process.argv[2] === '--fidelity') {
  fidelity().catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
