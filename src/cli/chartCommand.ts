import { basename } from 'node:path';
import type { Lang } from '../core/i18n/lang';
import { layoutOrgChart } from '../core/layout/layoutOrgChart';
import type { RoleId } from '../core/model/ids';
import type { Role } from '../core/model/role';
import { orgChartSvg, orgChartSvgSize, PNG_FONTS } from '../core/render/orgChartSvg';
import type { RenderedPng } from '../io/chart/renderPng';
import type { CliOptions } from './args';
import type { Io } from './auditCommand';
import { auditInputGroup } from './auditInputGroup';
import {
  cjkFontWarning,
  DEFAULT_PNG_SCALE,
  pngDescription,
  writePngFile,
  writeSvgFile,
} from './chartFiles';
import { inputGroups } from './inputGroups';
import { loadMapping } from './loadMapping';
import { Progress } from './progress';

type RootLookup = { ok: true; id: RoleId } | { ok: false; error: string };

/**
 * The role an option (`--root`, `--collapse`) names: by id, else by a unique title;
 * otherwise a message with a hint.
 */
export function findRoot(
  roles: readonly Role[],
  wanted: string,
  lang: Lang,
  option = '--root',
): RootLookup {
  const w = wanted.trim();
  const byId = roles.find((r) => r.id === w);
  if (byId) return { ok: true, id: byId.id };
  const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  const byTitle = roles.filter((r) => fold(r.title) === fold(w));
  if (byTitle.length === 1 && byTitle[0]) return { ok: true, id: byTitle[0].id };
  const near = roles.filter((r) => fold(r.id) === fold(w)).map((r) => r.id);
  const hint =
    byTitle.length > 1
      ? lang === 'zh-CN'
        ? `；有 ${byTitle.length} 个岗位叫这个名称，请用岗位编号：${byTitle.map((r) => r.id).join('、')}`
        : `; ${byTitle.length} roles have that title, give a RoleId: ${byTitle.map((r) => r.id).join(', ')}`
      : near.length > 0
        ? lang === 'zh-CN'
          ? `；是否指 ${near.join('、')}？`
          : `; did you mean ${near.join(', ')}?`
        : '';
  return {
    ok: false,
    error:
      lang === 'zh-CN'
        ? `${option}：没有岗位编号或岗位名称为“${w}”的岗位${hint}`
        : `${option}: no role has the RoleId or title "${w}"${hint}`,
  };
}

function summary(
  lang: Lang,
  chart: { boxes: number; stacks: number; badged: number; width: number; height: number },
  svg: string | undefined,
  png: { file: string; image: RenderedPng } | undefined,
): string {
  const zh = lang === 'zh-CN';
  const files: string[] = [];
  if (svg !== undefined) files.push(svg);
  if (png !== undefined) files.push(pngDescription(png.file, png.image, lang));
  const { boxes, stacks, badged, width, height } = chart;
  if (zh)
    return `组织图：${boxes} 个岗位框，${stacks} 个堆叠，${badged} 个带发现标记，${width}×${height} 像素 → 已写入 ${files.join('、')}`;
  const n = (k: number, one: string, many = `${one}es`) => `${k} ${k === 1 ? one : many}`;
  return `Chart: ${n(boxes, 'box')}, ${n(stacks, 'stack', 'stacks')}, ${badged} with findings, ${width}×${height} px → wrote ${files.join(', ')}`;
}

/**
 * `service-org chart FILE --svg OUT.svg [--png OUT.png]`: the org chart of one organisation
 * (one FILE, or several with `--combine`), with the audit's findings badged on the boxes.
 * Exit 0 when the chart is written, 2 for unusable input or a `--root` that names no role.
 */
export async function chartCommand(opts: CliOptions, io: Io): Promise<number> {
  const mapping = await loadMapping(opts.map);
  if (!mapping.ok) {
    for (const p of mapping.problems) io.stderr.write(`service-org: ${p}\n`);
    return 2;
  }
  const [group] = inputGroups(opts.files, true);
  if (group === undefined) return 2;
  const progress = new Progress(io.stderr, io.stderr.isTTY === true);
  progress.update(group.label);
  const audit = await auditInputGroup(group, opts, mapping.mapping);
  if (!audit.ok) {
    progress.done();
    io.stderr.write(audit.message);
    return 2;
  }
  const { result } = audit;
  const org = result.organisation;
  let root: RoleId | undefined;
  if (opts.root !== undefined) {
    const found = findRoot(org.roles, opts.root, opts.lang);
    if (!found.ok) {
      progress.done();
      io.stderr.write(`service-org: ${group.label}: ${found.error}\n`);
      return 2;
    }
    root = found.id;
  }
  const collapsed: RoleId[] = [];
  for (const c of opts.collapse ?? []) {
    const found = findRoot(org.roles, c, opts.lang, '--collapse');
    if (!found.ok) {
      progress.done();
      io.stderr.write(`service-org: ${group.label}: ${found.error}\n`);
      return 2;
    }
    collapsed.push(found.id);
  }

  progress.update(`${group.label}: ${opts.lang === 'zh-CN' ? '布局' : 'layout'}`);
  const layout = layoutOrgChart(org, {
    view: {
      ...(root === undefined ? {} : { root }),
      ...(opts.depth === undefined ? {} : { depth: opts.depth }),
      ...(collapsed.length === 0 ? {} : { collapsed }),
    },
    findings: result.diagnostics,
  });
  const rootTitle = root === undefined ? undefined : org.roles.find((r) => r.id === root)?.title;
  const title = `${group.files.map((f) => basename(f)).join(' + ')}${rootTitle ? ` · ${rootTitle}` : ''}`;
  const svg = orgChartSvg(org, layout, {
    lang: opts.lang,
    title,
    findings: result.diagnostics,
  });
  const size = orgChartSvgSize(layout, { title });

  if (opts.svg !== undefined) await writeSvgFile(opts.svg, svg);
  let png: { file: string; image: RenderedPng } | undefined;
  if (opts.png !== undefined) {
    progress.update(`${group.label}: PNG`);
    // The same chart with the fonts resvg draws fast (see PNG_FONTS).
    const forPng = orgChartSvg(org, layout, {
      lang: opts.lang,
      title,
      findings: result.diagnostics,
      ...PNG_FONTS,
    });
    const image = await writePngFile(opts.png, forPng, opts.scale ?? DEFAULT_PNG_SCALE);
    png = { file: opts.png, image };
    const warning = cjkFontWarning(svg, opts.lang);
    if (warning !== undefined) {
      progress.done();
      io.stderr.write(warning);
    }
  }
  progress.done();

  let badged = 0;
  for (let i = 0; i < layout.tree.count; i++)
    if ((layout.errors[i] ?? 0) + (layout.warnings[i] ?? 0) + (layout.infos[i] ?? 0) > 0) badged++;
  io.stdout.write(
    `${summary(
      opts.lang,
      { boxes: layout.tree.count, stacks: layout.stacks, badged, ...size },
      opts.svg,
      png,
    )}\n`,
  );
  return 0;
}
