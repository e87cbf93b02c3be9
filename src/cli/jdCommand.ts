import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { JobDescription } from '../core/analyze/jobDescription';
import type { Lang } from '../core/i18n/lang';
import {
  jobDescriptionIndexMarkdown,
  jobDescriptionMarkdown,
} from '../core/render/jobDescriptionMarkdown';
import { jobDescriptionDocx } from '../io/docx/jobDescriptionDocx';
import type { CliOptions } from './args';
import type { Io } from './auditCommand';
import { auditInputGroup } from './auditInputGroup';
import { inputGroups } from './inputGroups';
import { loadMapping } from './loadMapping';
import { Progress } from './progress';

/** Characters no file system takes in a name (Windows' set, which covers the others), and controls. */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Bytes of UTF-8 a name's stem may take (file systems allow 255 for the whole name). */
const MAX_STEM_BYTES = 120;

function truncateUtf8(text: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return out;
}

/**
 * A file name stem for an id that any file system accepts: characters illegal in file names
 * and blanks become `_`, no leading or trailing dots, no device names (CON, NUL, …), at most
 * 120 bytes. `index` is reserved for the index file.
 */
export function safeStem(id: string): string {
  let stem = truncateUtf8(
    id
      .normalize('NFC')
      .trim()
      .replace(ILLEGAL, '_')
      .replace(/\s+/g, '_')
      .replace(/^[.]+|[.]+$/g, ''),
    MAX_STEM_BYTES,
  ).replace(/[.]+$/, '');
  if (stem === '' || /^_+$/.test(stem)) stem = `role${stem}`;
  // Windows reserves a device name before any extension too: CON.txt, NUL.tar.gz.
  const base = stem.split('.')[0] ?? stem;
  if (RESERVED.test(base) || stem.toLowerCase() === 'index') stem = `_${stem}`;
  return stem;
}

/**
 * One file name per id, in order: {@link safeStem} plus the extension, and `-2`, `-3`, … for
 * a stem already taken — compared without case, as Windows and macOS compare names.
 */
export function uniqueFileNames(ids: readonly string[], extension: string): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    const stem = safeStem(id);
    let name = `${stem}${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function summary(written: number, valid: number, dir: string, lang: Lang): string {
  if (lang === 'zh-CN') return `已将 ${written} 份岗位说明书（${valid} 份有效）写入 ${dir}`;
  return `Wrote ${written} job description${written === 1 ? '' : 's'} (${valid} valid) to ${dir}`;
}

/** The roles whose description needs attention, with the codes of their errors. */
function attention(jds: readonly JobDescription[], lang: Lang): string {
  const invalid = jds.filter((jd) => jd.status !== 'valid');
  if (invalid.length === 0) return '';
  const width = invalid.reduce((w, jd) => Math.max(w, jd.roleId.length), 0);
  const lines = invalid.map((jd) => {
    const codes = [
      ...new Set(jd.findings.filter((f) => f.severity === 'error').map((f) => f.code)),
    ];
    const list = lang === 'zh-CN' ? `（${codes.join('、')}）` : `  (${codes.join(', ')})`;
    return `  ${jd.roleId.padEnd(width)}  ${jd.title}${codes.length > 0 ? list : ''}`;
  });
  return `${lang === 'zh-CN' ? '待完善：' : 'Needs attention:'}\n${lines.join('\n')}\n`;
}

/**
 * `service-org jd FILE... --out DIR`: one job description per role (Word or Markdown) and an
 * index.md. Exit 0 when every description is valid, 1 when some need attention, 2 for
 * unusable input. Several FILEs without `--combine` get a folder each inside DIR.
 */
export async function jdCommand(opts: CliOptions, io: Io): Promise<number> {
  const out = opts.out;
  if (out === undefined) return 2;
  const mapping = await loadMapping(opts.map);
  if (!mapping.ok) {
    for (const p of mapping.problems) io.stderr.write(`service-org: ${p}\n`);
    return 2;
  }
  const groups = inputGroups(opts.files, opts.combine);
  const folders =
    groups.length === 1
      ? [out]
      : uniqueFileNames(
          groups.map((g) => basename(g.files[0] ?? g.label, extname(g.files[0] ?? ''))),
          '',
        ).map((name) => join(out, name));
  const extension = opts.format === 'md' ? '.md' : '.docx';
  const progress = new Progress(io.stderr, io.stderr.isTTY === true);
  let exit = 0;
  for (const [i, group] of groups.entries()) {
    const dir = folders[i] ?? out;
    progress.update(`[${i + 1}/${groups.length}] ${group.label}`);
    const audit = await auditInputGroup(group, opts, mapping.mapping);
    if (!audit.ok) {
      progress.done();
      io.stderr.write(audit.message);
      exit = 2;
      continue;
    }
    const { result } = audit;
    const jds = result.jobDescriptions;
    const names = uniqueFileNames(
      jds.map((jd) => jd.roleId),
      extension,
    );
    const fileOf = new Map<JobDescription, string>();
    jds.forEach((jd, k) => fileOf.set(jd, names[k] ?? `${safeStem(jd.roleId)}${extension}`));
    await mkdir(dir, { recursive: true });
    for (const [jd, file] of fileOf) {
      progress.update(`[${i + 1}/${groups.length}] ${group.label}: ${file}`);
      const content =
        opts.format === 'md'
          ? jobDescriptionMarkdown(jd, opts.lang)
          : await jobDescriptionDocx(jd, opts.lang);
      await writeFile(join(dir, file), content);
    }
    await writeFile(
      join(dir, 'index.md'),
      jobDescriptionIndexMarkdown(jds, opts.lang, (jd) => fileOf.get(jd) ?? ''),
    );
    progress.done();
    const valid = jds.filter((jd) => jd.status === 'valid').length;
    io.stdout.write(`${summary(jds.length, valid, dir, opts.lang)}\n`);
    if (!opts.quiet) io.stdout.write(attention(jds, opts.lang));
    exit = Math.max(exit, valid < jds.length ? 1 : 0);
  }
  return exit;
}
