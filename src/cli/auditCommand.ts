import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { auditWorkbook, type AuditResult } from '../core/audit/auditWorkbook';
import { OUTPUT_KINDS } from '../core/render/outputKind';
import { outputPlans } from '../core/render/outputPlans';
import type { SheetPlan } from '../core/render/sheetPlan';
import { writeWorkbookCopy } from '../io/xlsx/writeWorkbookCopy';
import { todayIso } from '../core/model/todayIso';
import type { CliOptions } from './args';
import { formatFindings } from './formatText';
import { gridPlan } from './gridPlan';
import { inputGroups, readInputGroup } from './inputGroups';
import { loadMapping } from './loadMapping';
import { Progress } from './progress';

export interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
}

interface FileReport {
  readonly file: string;
  readonly result?: AuditResult;
  readonly error?: string;
}

const isXlsx = (f: string) => ['.xlsx', '.xlsm'].includes(extname(f).toLowerCase());

/** `service-org audit`: 0 no errors, 1 errors found, 2 unusable input. */
export async function auditCommand(opts: CliOptions, io: Io): Promise<number> {
  const mapping = await loadMapping(opts.map);
  if (!mapping.ok) {
    for (const p of mapping.problems) io.stderr.write(`service-org: ${p}\n`);
    return 2;
  }
  const progress = new Progress(io.stderr, io.stderr.isTTY === true && !opts.json);
  const groups = inputGroups(opts.files, opts.combine);
  const reports: FileReport[] = [];
  let exit = 0;
  for (const [i, group] of groups.entries()) {
    progress.update(`[${i + 1}/${groups.length}] ${group.label}`);
    const read = await readInputGroup(group);
    if (!read.ok) {
      reports.push({ file: group.label, error: read.error });
      exit = 2;
      continue;
    }
    const grids = read.grids;
    const result = auditWorkbook(grids, {
      lang: opts.lang,
      asOf: opts.asOf ?? todayIso(),
      ...(mapping.mapping ? { mapping: mapping.mapping } : {}),
    });
    reports.push({ file: group.label, result });
    exit = Math.max(exit, !result.usable ? 2 : result.summary.errors > 0 ? 1 : 0);
    if (opts.out !== undefined) {
      const title = group.files.map((f) => basename(f)).join(' + ');
      const plans: SheetPlan[] = outputPlans(result, OUTPUT_KINDS, opts.lang, title).map(
        (o) => o.plan,
      );
      const single =
        group.files.length === 1 && group.files[0] !== undefined && isXlsx(group.files[0]);
      const input = single && group.files[0] !== undefined ? await readFile(group.files[0]) : null;
      const bytes = await writeWorkbookCopy(
        input,
        input ? plans : [...grids.filter((g) => g.table === undefined).map(gridPlan), ...plans],
      );
      await mkdir(dirname(opts.out), { recursive: true });
      await writeFile(opts.out, bytes);
    }
  }
  progress.done();

  if (opts.json) {
    const files = reports.map((r) =>
      r.result
        ? {
            file: r.file,
            findings: r.result.diagnostics.map((d) => ({
              code: d.code,
              severity: d.severity,
              message: d.message,
              location: { sheet: d.location.sheet, a1: d.location.a1 },
              ...(d.subject === undefined ? {} : { subject: d.subject }),
            })),
            summary: r.result.summary,
            gapSummary: r.result.gapSummary,
            ...(r.result.serviceQuality === undefined
              ? {}
              : { serviceQuality: r.result.serviceQuality }),
          }
        : { file: r.file, error: r.error, findings: [], summary: null },
    );
    io.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`);
  } else {
    const colour = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
    for (const r of reports) {
      if (r.result)
        io.stdout.write(
          formatFindings(r.file, r.result.diagnostics, r.result.summary, {
            lang: opts.lang,
            colour,
            quiet: opts.quiet,
          }),
        );
      else io.stderr.write(`service-org: ${r.file}: ${r.error}\n`);
    }
    if (opts.out !== undefined)
      io.stdout.write(`${opts.lang === 'zh-CN' ? '已写入' : 'Wrote'} ${opts.out}\n`);
  }
  return exit;
}
