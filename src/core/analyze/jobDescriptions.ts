import type { Diagnostic } from '../model/diagnostic';
import { SEVERITY_ORDER } from '../model/diagnostic';
import type { Organisation } from '../model/organisation';
import type { Assignment, ResponsibilityClass } from '../model/responsibility';
import type { DiagnosticCollector } from '../read/diagnosticCollector';
import { checkDutyStyle } from './dutyStyle';
import type { Duty, DutyPartner, JobDescription, RoleRef } from './jobDescription';
import { functionLocation, roleLocation, round1, tidy } from './locations';
import type { OrgIndex } from './orgIndex';

const CLASS_ORDER: Readonly<Record<ResponsibilityClass, number>> = {
  primary: 0,
  partial: 1,
  support: 2,
};

/** `asOf` minus `months`, as an ISO date (the day clamps to the month's end). */
export function monthsBefore(asOf: string, months: number): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

function assignmentsOf(
  index: OrgIndex,
  org: Organisation,
  start: Int32Array,
  list: Int32Array,
  i: number,
): Assignment[] {
  const out: Assignment[] = [];
  for (let j = start[i] ?? 0, end = start[i + 1] ?? 0; j < end; j++) {
    const a = org.assignments[list[j] ?? -1];
    if (a) out.push(a);
  }
  return out;
}

/**
 * The job-description checks of DOMAIN.md §2: purpose, qualifications, reporting line,
 * analysis date (against `asOf` and Policy StaleAfterMonths), the number of duties, the
 * style of each duty statement, and titles (unique per department, one level per title).
 */
export function validateJobDescriptions(
  org: Organisation,
  index: OrgIndex,
  diagnostics: DiagnosticCollector,
  asOf: string,
): void {
  const { policy } = org;
  const zh = diagnostics.lang === 'zh-CN';
  const cutoff = monthsBefore(asOf, policy.staleAfterMonths);
  // The organisation's head: the head of the largest tree.
  let mainHead = -1;
  let mainSize = -1;
  const size = new Map<number, number>();
  for (let r = 0; r < org.roles.length; r++)
    size.set(index.treeOf[r] ?? r, (size.get(index.treeOf[r] ?? r) ?? 0) + 1);
  for (const h of index.heads)
    if ((size.get(h) ?? 0) > mainSize) [mainHead, mainSize] = [h, size.get(h) ?? 0];
  const hasMatrix = org.functions.length > 0;

  org.roles.forEach((role, r) => {
    const id = role.id;
    if (role.purpose === undefined)
      diagnostics.add('JD_PURPOSE_MISSING', roleLocation(role, 'Purpose'), { id }, id);
    if (role.qualifications.length === 0)
      diagnostics.add(
        'JD_QUALIFICATIONS_MISSING',
        roleLocation(role, 'Qualifications'),
        { id },
        id,
      );
    const lone = (index.childStart[r + 1] ?? 0) === (index.childStart[r] ?? 0);
    if (role.reportsTo === null && lone && r !== mainHead && mainSize > 1) {
      const head = org.roles[mainHead];
      diagnostics.add(
        'JD_REPORTING_LINE_MISSING',
        roleLocation(role, 'ReportsTo'),
        { id, head: head?.id ?? '' },
        id,
      );
    }
    if (role.analysisDate === undefined) {
      diagnostics.add('JD_ANALYSIS_DATE_MISSING', roleLocation(role, 'AnalysisDate'), { id }, id);
    } else if (role.analysisDate < cutoff) {
      diagnostics.add(
        'JD_ANALYSIS_DATE_STALE',
        roleLocation(role, 'AnalysisDate'),
        { id, date: role.analysisDate, months: policy.staleAfterMonths, asOf },
        id,
      );
    }
    if (!hasMatrix) return;
    let duties = 0;
    let assigned = 0;
    for (const a of assignmentsOf(index, org, index.roleAssignStart, index.roleAssignList, r)) {
      assigned++;
      if (a.cls !== 'support') duties++;
    }
    if (assigned > 0 && duties < policy.minDuties)
      diagnostics.add(
        'JD_TOO_FEW_DUTIES',
        roleLocation(role),
        { id, count: duties, min: policy.minDuties },
        id,
      );
    if (duties > policy.maxDuties)
      diagnostics.add(
        'JD_TOO_MANY_DUTIES',
        roleLocation(role),
        { id, count: duties, max: policy.maxDuties },
        id,
      );
  });

  for (const fn of org.functions) {
    for (const f of checkDutyStyle(fn.statement)) {
      const where = functionLocation(fn);
      if (f.code === 'DUTY_VAGUE_OPENER')
        diagnostics.add(f.code, where, { id: fn.id, opener: f.opener }, fn.id);
      else if (f.code === 'DUTY_NO_ACTION_VERB')
        diagnostics.add(f.code, where, { id: fn.id, start: f.start }, fn.id);
      else {
        const unit = f.cjk ? (zh ? '字' : 'characters') : zh ? '词' : 'words';
        diagnostics.add(f.code, where, { id: fn.id, length: f.length, unit }, fn.id);
      }
    }
  }

  // Titles: one per position within a department, and one level per title.
  const byDeptTitle = new Map<string, string>();
  const levelOfTitle = new Map<string, { level: string; id: string }>();
  for (const role of org.roles) {
    const t = role.title.trim().toLowerCase();
    const k = `${(role.department ?? '').trim().toLowerCase()}\u0000${t}`;
    const first = byDeptTitle.get(k);
    if (first !== undefined && !role.group) {
      diagnostics.add(
        'TITLE_DUPLICATE_IN_DEPARTMENT',
        roleLocation(role, 'Title'),
        {
          title: role.title,
          department: role.department ?? (zh ? '（未填部门）' : '(no department)'),
          first,
        },
        role.id,
      );
    } else if (first === undefined) byDeptTitle.set(k, role.id);
    if (role.level !== undefined) {
      const seen = levelOfTitle.get(t);
      if (!seen) levelOfTitle.set(t, { level: role.level, id: role.id });
      else if (seen.level !== role.level) {
        diagnostics.add(
          'TITLE_LEVEL_MISMATCH',
          roleLocation(role, 'Level'),
          { title: role.title, level: role.level, otherLevel: seen.level, other: seen.id },
          role.id,
        );
      }
    }
  }
}

/** Assemble every role's job description; its status and findings come from `diagnostics`. */
export function buildJobDescriptions(
  org: Organisation,
  index: OrgIndex,
  diagnostics: readonly Diagnostic[],
): JobDescription[] {
  const w = org.policy.classWeights;
  const ref = (i: number): RoleRef => {
    const r = org.roles[i];
    return { roleId: r?.id ?? '', title: r?.title ?? '', headcount: r?.headcount ?? 0 };
  };
  const bySubject = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.subject === undefined) continue;
    const list = bySubject.get(d.subject);
    if (list) list.push(d);
    else bySubject.set(d.subject, [d]);
  }
  // Each function's class-weighted split of its effort, computed once.
  const weightSum = new Float64Array(org.functions.length);
  org.functions.forEach((_, f) => {
    for (const a of assignmentsOf(index, org, index.fnAssignStart, index.fnAssignList, f))
      weightSum[f] = (weightSum[f] ?? 0) + w[a.cls];
  });

  // Everyone on each function, primary first, built once and shared by its roles' descriptions
  // (a function shared by 60 roles would otherwise make 60 × 59 partner objects).
  const partnerCache = new Map<number, DutyPartner[]>();
  const partnersOf = (f: number): DutyPartner[] => {
    let list = partnerCache.get(f);
    if (!list) {
      list = assignmentsOf(index, org, index.fnAssignStart, index.fnAssignList, f)
        .map((p) => ({
          roleId: p.roleId,
          title: org.roles[index.roleIndex.get(p.roleId) ?? -1]?.title ?? p.roleId,
          cls: p.cls,
        }))
        .sort((x, y) => CLASS_ORDER[x.cls] - CLASS_ORDER[y.cls]);
      partnerCache.set(f, list);
    }
    return list;
  };

  return org.roles.map((role, r): JobDescription => {
    const duties: Record<ResponsibilityClass, Duty[]> = { primary: [], partial: [], support: [] };
    for (const a of assignmentsOf(index, org, index.roleAssignStart, index.roleAssignList, r)) {
      const f = index.functionIndex.get(a.functionId);
      const fn = f === undefined ? undefined : org.functions[f];
      if (f === undefined || !fn) continue;
      const partners = partnersOf(f).filter((p) => p.roleId !== role.id);
      const sum = weightSum[f] ?? 0;
      duties[a.cls].push({
        functionId: fn.id,
        statement: fn.statement,
        cls: a.cls,
        partners,
        location: a.location,
        ...(fn.area === undefined ? {} : { area: fn.area }),
        ...(fn.effort === undefined || sum <= 0
          ? {}
          : { hours: round1((fn.effort * w[a.cls]) / sum) }),
      });
    }
    const own = [...(bySubject.get(role.id) ?? [])];
    for (const list of [duties.primary, duties.partial, duties.support])
      for (const d of list)
        for (const x of bySubject.get(d.functionId) ?? [])
          if (x.code.startsWith('DUTY_')) own.push(x);
    own.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const kids: RoleRef[] = [];
    let span = 0;
    for (let j = index.childStart[r] ?? 0, end = index.childStart[r + 1] ?? 0; j < end; j++) {
      const k = ref(index.childList[j] ?? -1);
      kids.push(k);
      span += k.headcount;
    }
    const parent = index.parent[r] ?? -1;
    return {
      roleId: role.id,
      title: role.title,
      reportsTo: parent >= 0 ? ref(parent) : null,
      directReports: kids,
      span: tidy(span),
      layer: index.layer[r] ?? 1,
      headcount: role.headcount,
      primary: duties.primary,
      partial: duties.partial,
      support: duties.support,
      qualifications: role.qualifications,
      status: own.some((d) => d.severity === 'error' && d.subject === role.id)
        ? 'invalid'
        : 'valid',
      findings: own.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        location: d.location,
      })),
      location: roleLocation(role),
      ...(role.department === undefined ? {} : { department: role.department }),
      ...(role.level === undefined ? {} : { level: role.level }),
      ...(role.filled === undefined ? {} : { filled: role.filled }),
      ...(role.purpose === undefined ? {} : { purpose: role.purpose }),
      ...(role.workingConditions === undefined
        ? {}
        : { workingConditions: role.workingConditions }),
      ...(role.analysisDate === undefined ? {} : { analysisDate: role.analysisDate }),
    };
  });
}
