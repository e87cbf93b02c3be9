import { cellA1, qualifiedA1 } from '../model/address';
import { roleId, type A1, type RoleId } from '../model/ids';
import type { Role } from '../model/role';
import type { DiagnosticCollector } from './diagnosticCollector';
import { normaliseHeader } from './headerAliases';
import type { RoleRow } from './readRoleRows';
import { StableIdGenerator } from './stableId';

/** ReportsTo values that always mean "reports to nobody", besides a blank cell. */
const BUILT_IN_ROOT_CODES = ['-', '--', '—', 'none', '(none)', '无', 'n/a'];

const idCell = (row: RoleRow): A1 => row.cells.RoleId ?? row.cells.Title ?? cellA1(row.row, 1);
const managerCell = (row: RoleRow): A1 => row.cells.ReportsTo ?? idCell(row);
const key = (s: string) => s.trim().toLowerCase();

interface Draft {
  id: RoleId;
  row: RoleRow;
  headcount: number;
  filled: number | undefined;
  manager: RoleId | null;
}

function rootCodesOf(row: RoleRow, global: readonly string[]): Set<string> {
  return new Set(
    [...BUILT_IN_ROOT_CODES, ...global, ...(row.source.mapping?.rootCodes ?? [])].map(key),
  );
}

/**
 * Combine role rows from every source into one organisation: generate missing ids,
 * resolve duplicate ids (merging job shares), resolve managers by id or unique title,
 * and cut self-reports and cycles so that what follows always sees a forest.
 */
export function buildRoles(
  rows: readonly RoleRow[],
  diagnostics: DiagnosticCollector,
  globalRootCodes: readonly string[] = [],
): Role[] {
  const typedIds = new Set(rows.flatMap((r) => (r.id === undefined ? [] : [r.id])));
  const gen = new StableIdGenerator('G-', (id) => typedIds.has(id));
  const generatedCount = new Map<string, { count: number; row: RoleRow }>();

  // 1. Ids, duplicates and job shares.
  const drafts: Draft[] = [];
  const byId = new Map<string, Draft>();
  for (const row of rows) {
    let id = row.id;
    const generated = id === undefined;
    if (id === undefined) {
      id = gen.next([row.sheet, row.title, row.reportsTo, row.department, row.level]);
      if (row.hasIdColumn) {
        diagnostics.add(
          'ROLE_ID_BLANK',
          { sheet: row.sheet, a1: idCell(row) },
          { title: row.title ?? '', id },
          id,
        );
      } else {
        const g = generatedCount.get(row.sheet) ?? { count: 0, row };
        g.count++;
        generatedCount.set(row.sheet, g);
      }
    }
    const first = byId.get(id);
    if (first && !generated) {
      const firstAt = qualifiedA1(first.row.sheet, idCell(first.row));
      const sameRole =
        key(first.row.title ?? '') === key(row.title ?? '') &&
        key(first.row.reportsTo ?? '') === key(row.reportsTo ?? '');
      const samePost = key(first.row.title ?? '') === key(row.title ?? '');
      if (
        !sameRole &&
        samePost &&
        row.reportsTo !== undefined &&
        first.row.reportsTo !== undefined
      ) {
        // The same post listed under two managers: a unity-of-command problem, not a second role.
        diagnostics.add(
          'ROLE_TWO_MANAGERS',
          { sheet: row.sheet, a1: managerCell(row) },
          { id, managers: `${first.row.reportsTo}, ${row.reportsTo}`, first: first.row.reportsTo },
          id,
        );
        continue;
      }
      if (sameRole) {
        first.headcount += row.headcount;
        if (row.filled !== undefined) first.filled = (first.filled ?? 0) + row.filled;
        diagnostics.add(
          'ROLE_DUPLICATE_ID_MERGED',
          { sheet: row.sheet, a1: idCell(row) },
          { id, first: firstAt, headcount: Number(first.headcount.toPrecision(12)) },
          id,
        );
      } else {
        diagnostics.add(
          'ROLE_DUPLICATE_ID',
          { sheet: row.sheet, a1: idCell(row) },
          { id, first: firstAt },
          id,
        );
      }
      continue;
    }
    if (row.title === undefined) {
      diagnostics.add(
        'ROLE_TITLE_BLANK',
        { sheet: row.sheet, a1: row.cells.Title ?? idCell(row) },
        { id },
        id,
      );
    }
    const draft: Draft = {
      id: roleId(id),
      row,
      headcount: row.headcount,
      filled: row.filled,
      manager: null,
    };
    drafts.push(draft);
    byId.set(id, draft);
  }
  for (const [sheet, g] of generatedCount) {
    diagnostics.add(
      'ROLE_IDS_GENERATED',
      {
        sheet,
        a1: cellA1(
          g.row.source.grid.origin.row + g.row.source.headerIndex,
          g.row.source.grid.origin.col,
        ),
      },
      { count: g.count, sheet },
    );
  }

  // 2. Managers: by id, then case-insensitively, then by a unique title.
  const byIdLower = new Map<string, Draft | null>();
  const byTitle = new Map<string, Draft | null>();
  for (const d of drafts) {
    const k = key(d.id);
    byIdLower.set(k, byIdLower.has(k) ? null : d);
    if (d.row.title !== undefined) {
      const t = normaliseHeader(d.row.title);
      byTitle.set(t, byTitle.has(t) ? null : d);
    }
  }
  const headsByIntent: Draft[] = [];
  for (const d of drafts) {
    const raw = d.row.reportsTo;
    const where = { sheet: d.row.sheet, a1: managerCell(d.row) };
    if (raw === undefined || rootCodesOf(d.row, globalRootCodes).has(key(raw))) {
      headsByIntent.push(d);
      continue;
    }
    const lookup = (text: string) => byId.get(text) ?? byIdLower.get(key(text)) ?? undefined;
    let target = lookup(raw);
    if (!target) {
      const byT = byTitle.get(normaliseHeader(raw));
      if (byT) {
        target = byT;
        diagnostics.add(
          'ROLE_MANAGER_BY_TITLE',
          where,
          { id: d.id, manager: raw, managerId: byT.id },
          d.id,
        );
      }
    }
    if (!target) {
      // "A; B" or "A/B": two managers in one cell break unity of command.
      const parts = raw.split(/\s*[;；,，、/\n]\s*/).filter((p) => p !== '');
      const found = parts.map(lookup);
      if (parts.length >= 2 && found.every((f) => f !== undefined && f !== d)) {
        target = found[0];
        diagnostics.add(
          'ROLE_TWO_MANAGERS',
          where,
          { id: d.id, managers: found.map((f) => f?.id ?? '').join(', '), first: target?.id ?? '' },
          d.id,
        );
      }
    }
    if (!target) {
      diagnostics.add('ROLE_MANAGER_UNKNOWN', where, { id: d.id, manager: raw }, d.id);
      continue;
    }
    if (target === d) {
      diagnostics.add('ROLE_SELF_REPORT', where, { id: d.id }, d.id);
      continue;
    }
    d.manager = target.id;
  }

  // 3. Cycles: walk up from each role; a walk that meets its own path is a loop.
  const draftOf = new Map<RoleId, Draft>(drafts.map((d) => [d.id, d]));
  const state = new Map<RoleId, 1 | 2>(); // 1 = on the current path, 2 = known to reach a head
  for (const start of drafts) {
    const path: Draft[] = [];
    let cur: Draft | undefined = start;
    while (cur && !state.has(cur.id)) {
      state.set(cur.id, 1);
      path.push(cur);
      cur = cur.manager === null ? undefined : draftOf.get(cur.manager);
    }
    if (cur && state.get(cur.id) === 1) {
      const loop = path.slice(path.indexOf(cur));
      const cutAt = loop.reduce((a, b) => (drafts.indexOf(a) <= drafts.indexOf(b) ? a : b));
      const chain: RoleId[] = [];
      for (let x: Draft = cutAt; ;) {
        chain.push(x.id);
        const next = x.manager === null ? undefined : draftOf.get(x.manager);
        if (!next || next === cutAt) break;
        x = next;
      }
      chain.push(cutAt.id);
      diagnostics.add(
        'ORG_CYCLE',
        { sheet: cutAt.row.sheet, a1: managerCell(cutAt.row) },
        { chain: chain.join(' → '), id: cutAt.id },
        cutAt.id,
      );
      cutAt.manager = null;
    }
    for (const p of path) state.set(p.id, 2);
  }

  // 4. Several heads make a forest: allowed, and said.
  if (headsByIntent.length > 1) {
    for (const h of headsByIntent) {
      diagnostics.add(
        'ORG_MULTIPLE_HEADS',
        { sheet: h.row.sheet, a1: managerCell(h.row) },
        { id: h.id, count: headsByIntent.length },
        h.id,
      );
    }
  }

  return drafts.map((d) => toRole(d));
}

function toRole(d: Draft): Role {
  const r = d.row;
  const headcount = Number(d.headcount.toPrecision(12));
  return {
    id: d.id,
    title: r.title ?? d.id,
    reportsTo: d.manager,
    headcount,
    qualifications: r.qualifications,
    generatedId: r.id === undefined,
    group: (r.source.mapping?.group ?? false) || headcount > 1,
    source: { sheet: r.sheet, row: r.row, cells: r.cells },
    ...(r.department === undefined ? {} : { department: r.department }),
    ...(d.filled === undefined ? {} : { filled: Number(d.filled.toPrecision(12)) }),
    ...(r.level === undefined ? {} : { level: r.level }),
    ...(r.purpose === undefined ? {} : { purpose: r.purpose }),
    ...(r.workingConditions === undefined ? {} : { workingConditions: r.workingConditions }),
    ...(r.analysisDate === undefined ? {} : { analysisDate: r.analysisDate }),
  };
}
