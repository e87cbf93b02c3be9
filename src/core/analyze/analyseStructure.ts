import type { Organisation } from '../model/organisation';
import { spanBoundsFor } from '../model/policy';
import type { Role } from '../model/role';
import type { DiagnosticCollector } from '../read/diagnosticCollector';
import {
  SPAN_BANDS,
  type ManagerSpan,
  type SpanBand,
  type StructureSummary,
  type TreeLayers,
} from './gapSummary';
import { roleLocation, tidy } from './locations';
import type { OrgIndex } from './orgIndex';
import { sortByKeys } from './sortByKeys';
import { minimumLayers, spanBand } from './spanBand';

const STATUS_ORDER: Readonly<Record<ManagerSpan['status'], number>> = {
  wide: 0,
  one: 1,
  narrow: 2,
  ok: 3,
};

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/**
 * Structure (DOMAIN.md §3): span of control per manager against Policy, managers of one,
 * layers of each tree against the fewest its headcount needs at the target span.
 * Cycles, self-reports, several heads and unity of command are found while reading.
 */
export function analyseStructure(
  org: Organisation,
  index: OrgIndex,
  diagnostics: DiagnosticCollector,
): StructureSummary {
  const { policy } = org;
  const zh = diagnostics.lang === 'zh-CN';
  const spans: ManagerSpan[] = [];
  /** Sort keys: status (wide first), then how far off its bounds (furthest first). */
  const statusKeys: number[] = [];
  const distanceKeys: number[] = [];
  const bands = Object.fromEntries(SPAN_BANDS.map((b) => [b, 0])) as Record<SpanBand, number>;
  const spanValues: number[] = [];
  let managersOfOne = 0;
  for (let r = 0; r < org.roles.length; r++) {
    const role = org.roles[r] as Role;
    const from = index.childStart[r] ?? 0;
    const to = index.childStart[r + 1] ?? 0;
    if (to === from) continue;
    let people = 0;
    for (let j = from; j < to; j++) people += index.headcount[index.childList[j] ?? -1] ?? 0;
    people = tidy(people);
    const perLevel = role.level === undefined ? undefined : policy.spanByLevel[role.level];
    const bounds = spanBoundsFor(policy, role.level);
    const status: ManagerSpan['status'] =
      people <= 1 ? 'one' : people < bounds.min ? 'narrow' : people > bounds.max ? 'wide' : 'ok';
    const band = spanBand(people);
    bands[band]++;
    spanValues.push(people);
    const location = roleLocation(role);
    const span: { -readonly [K in keyof ManagerSpan]: ManagerSpan[K] } = {
      roleId: role.id,
      title: role.title,
      directRoles: to - from,
      directHeadcount: people,
      band,
      min: bounds.min,
      max: bounds.max,
      status,
      location,
    };
    if (role.level !== undefined) span.level = role.level;
    spans.push(span);
    statusKeys.push(STATUS_ORDER[status]);
    distanceKeys.push(
      status === 'wide' ? bounds.max - people : status === 'ok' ? 0 : people - bounds.min,
    );
    const level =
      perLevel && role.level !== undefined
        ? zh
          ? `（层级“${role.level}”）`
          : ` for Level "${role.level}"`
        : '';
    if (status === 'one') {
      managersOfOne++;
      diagnostics.add('SPAN_MANAGER_OF_ONE', location, { id: role.id }, role.id);
    } else if (status === 'narrow') {
      diagnostics.add(
        'SPAN_TOO_NARROW',
        location,
        { id: role.id, span: people, min: bounds.min, level },
        role.id,
      );
    } else if (status === 'wide') {
      diagnostics.add(
        'SPAN_TOO_WIDE',
        location,
        { id: role.id, span: people, max: bounds.max, level },
        role.id,
      );
    }
  }
  // The furthest off policy first: wide, then managers of one, narrow, and the rest.
  const sortedSpans = sortByKeys(spans, statusKeys, distanceKeys);

  // Layers per tree (forest), and roles per layer.
  // Per tree, by its head's index.
  const deepest = new Int32Array(org.roles.length);
  const people = new Float64Array(org.roles.length);
  const rolesPerLayer: number[] = [];
  for (let r = 0; r < org.roles.length; r++) {
    const role = org.roles[r] as Role;
    const t = index.treeOf[r] ?? r;
    const l = index.layer[r] ?? 1;
    rolesPerLayer[l - 1] = (rolesPerLayer[l - 1] ?? 0) + 1;
    if (t < 0) continue; // not under any head: cannot happen once cycles are cut, but never index -1
    if (l > (deepest[t] ?? 0)) deepest[t] = l;
    people[t] = (people[t] ?? 0) + role.headcount;
  }
  const trees: TreeLayers[] = index.heads.map((h) => {
    const head = org.roles[h];
    const headcount = tidy(people[h] ?? 0);
    const layers = deepest[h] || 1;
    const minimum = minimumLayers(headcount, policy.targetSpan);
    if (head && layers > minimum) {
      diagnostics.add(
        'ORG_LAYERS_ABOVE_MINIMUM',
        roleLocation(head),
        { id: head.id, layers, headcount, minimum, span: policy.targetSpan },
        head.id,
      );
    }
    if (head && policy.maxLayers !== undefined && layers > policy.maxLayers) {
      diagnostics.add(
        'ORG_MAX_LAYERS_EXCEEDED',
        roleLocation(head),
        { id: head.id, layers, max: policy.maxLayers },
        head.id,
      );
    }
    return {
      headId: head?.id ?? '',
      title: head?.title ?? '',
      layers,
      headcount,
      minimumLayers: minimum,
    };
  });
  trees.sort(
    (a, b) =>
      b.layers - b.minimumLayers - (a.layers - a.minimumLayers) || b.headcount - a.headcount,
  );
  const deepestTree = trees.reduce<TreeLayers | undefined>(
    (best, t) => (!best || t.layers > best.layers ? t : best),
    undefined,
  );
  return {
    targetSpan: policy.targetSpan,
    ...(policy.maxLayers === undefined ? {} : { maxLayers: policy.maxLayers }),
    spans: sortedSpans,
    bands,
    managers: sortedSpans.length,
    managersOfOne,
    medianSpan: median(spanValues),
    rolesPerLayer: Array.from(rolesPerLayer, (x) => x ?? 0),
    trees,
    layers: deepestTree?.layers ?? 0,
    minimumLayers: deepestTree?.minimumLayers ?? 0,
    heads: index.heads.length,
  };
}
