import path from 'node:path';
import type { Io } from '../../src/cli/auditCommand';
import { main } from '../../src/cli/main';

/** A stream that keeps what is written, as a terminal (`tty`) or a pipe. */
class Capture {
  text = '';
  constructor(
    readonly isTTY = false,
    readonly columns = 100,
  ) {}
  write(s: string): boolean {
    this.text += s;
    return true;
  }
}

/** Run `service-org` in-process; its exit code and what it printed. */
export async function runCli(
  argv: string[],
  opts: { tty?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture(opts.tty);
  const stderr = new Capture(opts.tty);
  const io = { stdout, stderr, env: opts.env ?? { LANG: 'C' } } as unknown as Io;
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export const ROOT = path.resolve(__dirname, '../..');
export const EXAMPLE_EN = path.join(ROOT, 'examples/service-org-example.en.xlsx');
export const EXAMPLE_ZH = path.join(ROOT, 'examples/service-org-example.zh-CN.xlsx');
export const DATA = path.resolve(ROOT, '../shared/data/organograms');
