import { parseArgs } from 'node:util';
import { normaliseLang, type Lang } from '../core/i18n/lang';

export interface CliOptions {
  readonly command: 'audit' | 'jd' | 'template' | 'chart' | 'quality' | 'help' | 'version';
  readonly files: readonly string[];
  readonly json: boolean;
  readonly lang: Lang;
  readonly map?: string;
  readonly combine: boolean;
  readonly out?: string;
  readonly quiet: boolean;
  readonly example: boolean;
  /** Output format of `jd`. */
  readonly format: 'docx' | 'md';
  /** The date analysis dates are judged against (`--as-of`); commands default to today. */
  readonly asOf?: string;
  /** `chart`: where to write the SVG and the PNG. */
  readonly svg?: string;
  readonly png?: string;
  /** `chart`: draw only this role's subtree. */
  readonly root?: string;
  /** `chart`: how many layers to draw (1 = the heads only). */
  readonly depth?: number;
  /** `chart`: roles (ids or unique titles) whose subtree is folded into their box. */
  readonly collapse?: readonly string[];
  /** `chart`, `quality`: PNG pixels per SVG px. */
  readonly scale?: number;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

const isFormat = (f: string): f is CliOptions['format'] => f === 'docx' || f === 'md';

/** True for a real calendar date written `YYYY-MM-DD`. */
function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

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
        format: { type: 'string' },
        'as-of': { type: 'string' },
        svg: { type: 'string' },
        png: { type: 'string' },
        root: { type: 'string' },
        depth: { type: 'string' },
        collapse: { type: 'string', multiple: true },
        scale: { type: 'string' },
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
  const format = values.format ?? 'docx';
  if (!isFormat(format)) {
    return { ok: false, error: `--format must be docx or md, not "${format}"` };
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) {
    return { ok: false, error: `--as-of must be a date written YYYY-MM-DD, not "${asOf}"` };
  }
  const depthArg = values.depth;
  if (depthArg !== undefined && !/^[1-9][0-9]{0,5}$/.test(depthArg.trim())) {
    return {
      ok: false,
      error: `--depth must be a whole number of layers, 1 or more, not "${depthArg}"`,
    };
  }
  const scaleArg = values.scale;
  const scale = scaleArg === undefined ? undefined : Number(scaleArg);
  if (
    scaleArg !== undefined &&
    !(
      /^(\d+(\.\d*)?|\.\d+)$/.test(scaleArg.trim()) &&
      Number(scaleArg) > 0 &&
      Number(scaleArg) <= 16
    )
  ) {
    return {
      ok: false,
      error: `--scale must be a number above 0 and at most 16, not "${scaleArg}"`,
    };
  }
  const base = {
    files: rest,
    json: values.json ?? false,
    lang: langArg === undefined ? envLang(env) : normaliseLang(langArg),
    combine: values.combine ?? false,
    quiet: values.quiet ?? false,
    example: values.example ?? false,
    format,
    ...(asOf === undefined ? {} : { asOf }),
    ...(values.map === undefined ? {} : { map: values.map }),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values.svg === undefined ? {} : { svg: values.svg }),
    ...(values.png === undefined ? {} : { png: values.png }),
    ...(values.root === undefined ? {} : { root: values.root }),
    ...(depthArg === undefined ? {} : { depth: Number(depthArg) }),
    ...(values.collapse === undefined
      ? {}
      : {
          collapse: values.collapse
            .flatMap((c) => c.split(','))
            .map((c) => c.trim())
            .filter((c) => c !== ''),
        }),
    ...(scale === undefined ? {} : { scale }),
  };
  if (values.version) return { ok: true, options: { ...base, command: 'version' } };
  if (values.help || first === undefined || first === 'help')
    return { ok: true, options: { ...base, command: 'help' } };
  if (
    first !== 'audit' &&
    first !== 'jd' &&
    first !== 'template' &&
    first !== 'chart' &&
    first !== 'quality'
  )
    return { ok: false, error: `unknown command "${first}"` };
  if (rest.length === 0) {
    return {
      ok: false,
      error:
        first === 'template'
          ? 'template needs an OUT.xlsx path'
          : `${first} needs at least one FILE`,
    };
  }
  if (first === 'jd' && base.out === undefined)
    return {
      ok: false,
      error: 'jd needs --out DIR, the folder to write the job descriptions into',
    };
  if (first === 'chart') {
    if (base.svg === undefined && base.png === undefined)
      return { ok: false, error: 'chart needs --svg OUT.svg or --png OUT.png (or both)' };
    if (rest.length > 1 && !base.combine)
      return { ok: false, error: 'chart draws one organisation: give one FILE, or --combine' };
  }
  if (first === 'template' && rest.length > 1)
    return { ok: false, error: 'template takes one OUT.xlsx path' };
  if (first === 'audit' && base.out !== undefined && rest.length > 1 && !base.combine) {
    return { ok: false, error: '--out writes one workbook: give one FILE, or --combine' };
  }
  return { ok: true, options: { ...base, command: first } };
}
