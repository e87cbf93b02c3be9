import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { templatePlans } from '../core/render/templatePlan';
import { writeWorkbookCopy } from '../io/xlsx/writeWorkbookCopy';
import type { CliOptions } from './args';
import type { Io } from './auditCommand';

/** `service-org template OUT.xlsx [--example] [--lang]`. */
export async function templateCommand(opts: CliOptions, io: Io): Promise<number> {
  const out = opts.files[0];
  if (out === undefined) return 2;
  const bytes = await writeWorkbookCopy(null, templatePlans(opts.lang, opts.example));
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, bytes);
  const what = opts.example
    ? opts.lang === 'zh-CN'
      ? '示例工作簿'
      : 'example workbook'
    : opts.lang === 'zh-CN'
      ? '模板'
      : 'template';
  io.stdout.write(`${opts.lang === 'zh-CN' ? '已写入' : 'Wrote'} ${what}: ${out}\n`);
  return 0;
}
