import type { FiveGap } from '../analyze/fiveGapModel';
import {
  SPAN_BANDS,
  type GapSummary,
  type ResponsibilitySummary,
  type SpanBand,
  type StaffingSummary,
  type StructureSummary,
  type WorkloadSummary,
} from '../analyze/gapSummary';
import type { Location } from '../model/diagnostic';
import { a1 } from '../model/ids';

/**
 * Test-data builders for the Gap Summary (STYLE.md: builders live beside the core).
 *
 * The organisation behind {@link makeGapSummary}: a customer-service department of nine
 * roles, 24 posts, twelve functions. Roles sheet rows (A = RoleId):
 *
 *     2 CS-DIR   Customer Service Director   head, 5 direct reports
 *     3 CS-HSUP  Hotline Supervisor          12 agents: too wide for a supervisor (4–10)
 *     4 CS-HOT   Hotline Agent               12 posts, 11 filled, 138 % loaded
 *     5 CS-CSUP  Complaints Supervisor       manages one team lead: a manager of one
 *     6 CS-CLEAD Complaints Team Lead        4 handlers
 *     7 CS-CMP   Complaints Handler          4 posts
 *     8 CS-QA    Quality Analyst             2 posts, Service Quality
 *     9 CS-ADM   Service Administrator       no primary duty
 *    10 CS-TRN   Trainer                     one function, no effort given
 *
 * Four layers (director, supervisors, team lead and agents, handlers) against a minimum of
 * three at span 7. Responsibilities rows: F01 in row 2 … F12 in row 13; F06–F08 are gaps
 * (partial only, no primary, unassigned), F09 an overlap.
 */

const role = (row: number): Location => ({ sheet: 'Roles', a1: a1(`A${row}`) });
const duty = (row: number): Location => ({ sheet: 'Responsibilities', a1: a1(`A${row}`) });

function responsibility(): ResponsibilitySummary {
  return {
    functions: 12,
    owned: 8,
    gaps: [
      {
        functionId: 'F08',
        statement: 'Survey customer satisfaction every quarter and report the CSI',
        area: 'Quality',
        effort: 6,
        kind: 'unassigned',
        involved: [],
        location: duty(9),
      },
      {
        functionId: 'F07',
        statement: 'Call back every customer who abandoned the hotline queue within 2 hours',
        area: 'Hotline',
        effort: 20,
        kind: 'no-primary',
        involved: ['CS-HSUP'],
        location: duty(8),
      },
      {
        functionId: 'F06',
        statement: 'Keep the knowledge base of answers up to date after each product change',
        area: 'Knowledge',
        kind: 'partial-only',
        involved: ['CS-HOT', 'CS-QA'],
        location: duty(7),
      },
    ],
    overlaps: [
      {
        functionId: 'F09',
        statement: 'Approve goodwill compensation up to 500 yuan',
        area: 'Complaints',
        primaries: ['CS-HSUP', 'CS-CSUP'],
        allowed: false,
        location: duty(10),
      },
    ],
    rolesWithoutPrimary: [
      {
        roleId: 'CS-ADM',
        title: 'Service Administrator',
        primary: 0,
        partial: 1,
        support: 2,
        location: role(9),
      },
    ],
    rolesWithoutFunctions: [],
    singleFunctionRoles: [
      {
        roleId: 'CS-TRN',
        title: 'Trainer',
        primary: 1,
        partial: 0,
        support: 0,
        location: role(10),
      },
    ],
    tooManyPrimaries: [],
  };
}

function workload(): WorkloadSummary {
  const load = (
    roleId: string,
    title: string,
    row: number,
    department: string,
    headcount: number,
    hours: number,
    band: 'over' | 'ok' | 'under',
  ) => ({
    roleId,
    title,
    department,
    headcount,
    load: hours,
    capacity: headcount * 40,
    utilisation: hours / (headcount * 40),
    band,
    functionsWithoutEffort: 0,
    location: role(row),
  });
  return {
    hoursPerFte: 40,
    overloadAbove: 1.1,
    underloadBelow: 0.5,
    totalEffort: 972.4,
    totalCapacity: 960,
    functionsWithoutEffort: 2,
    roles: [
      // 662.4 h over 12 × 40 h: 1.38.
      load('CS-HOT', 'Hotline Agent', 4, 'Customer Service', 12, 662.4, 'over'),
      load('CS-CMP', 'Complaints Handler', 7, 'Customer Service', 4, 150, 'ok'),
      load('CS-HSUP', 'Hotline Supervisor', 3, 'Customer Service', 1, 30, 'ok'),
      load('CS-QA', 'Quality Analyst', 8, 'Service Quality', 2, 60, 'ok'),
      load('CS-CLEAD', 'Complaints Team Lead', 6, 'Customer Service', 1, 28, 'ok'),
      load('CS-CSUP', 'Complaints Supervisor', 5, 'Customer Service', 1, 24, 'ok'),
      load('CS-DIR', 'Customer Service Director', 2, 'Customer Service', 1, 12, 'under'),
      load('CS-ADM', 'Service Administrator', 9, 'Customer Service', 1, 6, 'under'),
      {
        roleId: 'CS-TRN',
        title: 'Trainer',
        department: 'Service Quality',
        headcount: 1,
        load: 0,
        capacity: 40,
        utilisation: null,
        band: 'unknown',
        functionsWithoutEffort: 1,
        location: role(10),
      },
    ],
    counts: { over: 1, ok: 5, under: 2, unknown: 1 },
  };
}

function structure(): StructureSummary {
  const bands: Record<SpanBand, number> = {
    '1': 1,
    '2–3': 0,
    '4–7': 2,
    '8–12': 1,
    '13–16': 0,
    '17+': 0,
  };
  return {
    targetSpan: 7,
    spans: [
      {
        roleId: 'CS-HSUP',
        title: 'Hotline Supervisor',
        level: 'Supervisor',
        directRoles: 1,
        directHeadcount: 12,
        band: '8–12',
        min: 4,
        max: 10,
        status: 'wide',
        location: role(3),
      },
      {
        roleId: 'CS-CSUP',
        title: 'Complaints Supervisor',
        level: 'Supervisor',
        directRoles: 1,
        directHeadcount: 1,
        band: '1',
        min: 4,
        max: 10,
        status: 'one',
        location: role(5),
      },
      {
        roleId: 'CS-DIR',
        title: 'Customer Service Director',
        level: 'Director',
        directRoles: 5,
        directHeadcount: 6,
        band: '4–7',
        min: 3,
        max: 8,
        status: 'ok',
        location: role(2),
      },
      {
        roleId: 'CS-CLEAD',
        title: 'Complaints Team Lead',
        level: 'Team lead',
        directRoles: 1,
        directHeadcount: 4,
        band: '4–7',
        min: 3,
        max: 8,
        status: 'ok',
        location: role(6),
      },
    ],
    bands,
    managers: 4,
    managersOfOne: 1,
    medianSpan: 5,
    rolesPerLayer: [1, 5, 2, 1],
    trees: [
      {
        headId: 'CS-DIR',
        title: 'Customer Service Director',
        layers: 4,
        headcount: 24,
        minimumLayers: 3,
      },
    ],
    layers: 4,
    minimumLayers: 3,
    heads: 1,
  };
}

function staffing(): StaffingSummary {
  return {
    headcount: 24,
    filled: 23,
    unknown: 0,
    departments: [
      {
        department: 'Customer Service',
        roles: 7,
        headcount: 21,
        filled: 20,
        vacancies: 1,
        overstaffed: 0,
        fillRate: 20 / 21,
      },
      {
        department: 'Service Quality',
        roles: 2,
        headcount: 3,
        filled: 3,
        vacancies: 0,
        overstaffed: 0,
        fillRate: 1,
      },
    ],
    vacancies: [
      {
        roleId: 'CS-HOT',
        title: 'Hotline Agent',
        department: 'Customer Service',
        headcount: 12,
        filled: 11,
        gap: 1,
        location: role(4),
      },
    ],
    overstaffed: [],
  };
}

/** Parts of a summary to replace: each given section is merged over the fixture's. */
export interface GapSummaryOverrides {
  readonly totals?: Partial<GapSummary['totals']>;
  readonly responsibility?: Partial<ResponsibilitySummary>;
  readonly workload?: Partial<WorkloadSummary>;
  readonly structure?: Partial<StructureSummary>;
  readonly staffing?: Partial<StaffingSummary>;
  readonly fiveGaps?: readonly FiveGap[];
}

/** A realistic small Gap Summary of a customer-service department (see the file comment). */
export function makeGapSummary(overrides: GapSummaryOverrides = {}): GapSummary {
  return {
    totals: {
      roles: 9,
      headcount: 24,
      functions: 12,
      assignments: 21,
      errors: 0,
      warnings: 7,
      infos: 2,
      ...overrides.totals,
    },
    responsibility: { ...responsibility(), ...overrides.responsibility },
    workload: { ...workload(), ...overrides.workload },
    structure: { ...structure(), ...overrides.structure },
    staffing: { ...staffing(), ...overrides.staffing },
    fiveGaps: overrides.fiveGaps ?? [],
  };
}

/** A summary without any finding: no roles, no functions, nothing to report. */
export function emptyGapSummary(): GapSummary {
  const bands = Object.fromEntries(SPAN_BANDS.map((b) => [b, 0])) as Record<SpanBand, number>;
  return {
    totals: {
      roles: 0,
      headcount: 0,
      functions: 0,
      assignments: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
    },
    responsibility: {
      functions: 0,
      owned: 0,
      gaps: [],
      overlaps: [],
      rolesWithoutPrimary: [],
      rolesWithoutFunctions: [],
      singleFunctionRoles: [],
      tooManyPrimaries: [],
    },
    workload: {
      hoursPerFte: 40,
      overloadAbove: 1.1,
      underloadBelow: 0.5,
      totalEffort: 0,
      totalCapacity: 0,
      functionsWithoutEffort: 0,
      roles: [],
      counts: { over: 0, ok: 0, under: 0, unknown: 0 },
    },
    structure: {
      targetSpan: 7,
      spans: [],
      bands,
      managers: 0,
      managersOfOne: 0,
      medianSpan: null,
      rolesPerLayer: [],
      trees: [],
      layers: 0,
      minimumLayers: 0,
      heads: 0,
    },
    staffing: {
      headcount: 0,
      filled: 0,
      unknown: 0,
      departments: [],
      vacancies: [],
      overstaffed: [],
    },
    fiveGaps: [],
  };
}
