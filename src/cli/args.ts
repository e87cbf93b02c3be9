import { parseArgs } from 'node:util';
import { normaliseLang, type Lang } from '../core/i18n/lang';

export interface CliOptions {
  readonly command: 'audit' | 'template' | 'help' | 'version';
  readonly files: readonly string[];
  readonly json: boolean;
  readonly lang: Lang;
  readonly map?: string;
  readonly combine: boolean;
  readonly out?: string;
  readonly quiet: boolean;
  readonly example: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

/** The language of the environment (`LANG=zh_CN.UTF-8` → zh-CN). */
export function envLang(env: NodeJS.ProcessEnv): Lang {
  return normaliseLang(env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en');
}

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        map: { type: 'string' },
        combine: { type: 'boolean', default: false },
        out: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        example: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const langArg = values.lang;
  if (langArg !== undefined && !/^(en|zh)([-_].*)?$/i.test(langArg)) {
    return { ok: false, error: `--lang must be en or zh-CN, not "${langArg}"` };
  }
  const base = {
    files: rest,
    json: values.json ?? false,
    lang: langArg === undefined ? envLang(env) : normaliseLang(langArg),
    combine: values.combine ?? false,
    quiet: values.quiet ?? false,
    example: values.example ?? false,
    ...(values.map === undefined ? {} : { map: values.map }),
    ...(values.out === undefined ? {} : { out: values.out }),
  };
  if (values.version) return { ok: true, options: { ...base, command: 'version' } };
  if (values.help || first === undefined || first === 'help')
    return { ok: true, options: { ...base, command: 'help' } };
  if (first !== 'audit' && first !== 'template')
    return { ok: false, error: `unknown command "${first}"` };
  if (rest.length === 0) {
    return {
      ok: false,
      error:
        first === 'audit' ? 'audit needs at least one FILE' : 'template needs an OUT.xlsx path',
    };
  }
  if (first === 'template' && rest.length > 1)
    return { ok: false, error: 'template takes one OUT.xlsx path' };
  if (first === 'audit' && base.out !== undefined && rest.length > 1 && !base.combine) {
    return { ok: false, error: '--out writes one workbook: give one FILE, or --combine' };
  }
  return { ok: true, options: { ...base, command: first } };
}
