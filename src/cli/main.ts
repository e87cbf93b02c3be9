import { parseCliArgs } from './args';
import { auditCommand, type Io } from './auditCommand';
import { chartCommand } from './chartCommand';
import { HELP, VERSION } from './help';
import { jdCommand } from './jdCommand';
import { qualityCommand } from './qualityCommand';
import { templateCommand } from './templateCommand';

/** The `service-org` command; resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  const parsed = parseCliArgs(argv, io.env);
  if (!parsed.ok) {
    io.stderr.write(`service-org: ${parsed.error}\nRun "service-org --help" for usage.\n`);
    return 2;
  }
  const opts = parsed.options;
  switch (opts.command) {
    case 'help':
      io.stdout.write(HELP);
      return 0;
    case 'version':
      io.stdout.write(`${VERSION}\n`);
      return 0;
    case 'template':
      return templateCommand(opts, io);
    case 'audit':
      return auditCommand(opts, io);
    case 'jd':
      return jdCommand(opts, io);
    case 'chart':
      return chartCommand(opts, io);
    case 'quality':
      return qualityCommand(opts, io);
  }
}
