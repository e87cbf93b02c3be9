import { qualifiedA1 } from '../model/address';
import type { Diagnostic } from '../model/diagnostic';
import type { CellValue, Grid } from '../model/grid';

/** Test-data builders for the core (STYLE.md: builders live beside the core, never in UI code). */

export type Rows = (readonly CellValue[])[];

export function grid(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  extra: Partial<Grid> = {},
): Grid {
  return { sheet, origin: { row: 1, col: 1 }, values, ...extra };
}

export const ROLE_HEADER: readonly CellValue[] = [
  'RoleId',
  'Title',
  'Department',
  'ReportsTo',
  'Headcount',
  'Filled',
  'Level',
  'AnalysisDate',
];

/** A small, clean organisation: a manager, a supervisor and a team of five. */
export function baseRoles(): Rows {
  return [
    [...ROLE_HEADER],
    [
      'MGR',
      'Service Manager',
      'Customer Service',
      null,
      1,
      1,
      'Manager',
      new Date(Date.UTC(2026, 0, 15)),
    ],
    [
      'SUP',
      'Complaints Supervisor',
      'Customer Service',
      'MGR',
      1,
      1,
      'Supervisor',
      new Date(Date.UTC(2026, 0, 15)),
    ],
    [
      'AGT',
      'Complaints Agent',
      'Customer Service',
      'SUP',
      5,
      4,
      'Specialist',
      new Date(Date.UTC(2026, 0, 15)),
    ],
  ];
}

export function baseResponsibilities(): Rows {
  return [
    ['FunctionId', 'Function', 'Area', 'Effort', 'MGR', 'SUP', 'AGT'],
    [
      'F1',
      'Set service standards for every channel and review them each quarter',
      'Management',
      8,
      'P',
      'S',
      null,
    ],
    [
      'F2',
      'Resolve customer complaints within two working days',
      'Complaints',
      150,
      null,
      'Pa',
      'P',
    ],
    ['F3', 'Review complaint trends monthly and propose fixes', 'Complaints', 10, 'S', 'P', 'S'],
  ];
}

export function basePolicy(): Rows {
  return [
    ['Setting', 'Value', 'Level', 'Note'],
    ['MinSpan', 3, null, null],
    ['MaxSpan', 12, 'Supervisor', null],
  ];
}

export interface WorkbookParts {
  roles?: Rows | null;
  responsibilities?: Rows | null;
  policy?: Rows | null;
  extra?: Grid[];
}

/** The base workbook with any part replaced (null drops the sheet). */
export function workbook(parts: WorkbookParts = {}): Grid[] {
  const out: Grid[] = [];
  const roles = parts.roles === undefined ? baseRoles() : parts.roles;
  const resp =
    parts.responsibilities === undefined ? baseResponsibilities() : parts.responsibilities;
  const policy = parts.policy === undefined ? basePolicy() : parts.policy;
  if (roles) out.push(grid('Roles', roles));
  if (resp) out.push(grid('Responsibilities', resp));
  if (policy) out.push(grid('Policy', policy));
  return [...out, ...(parts.extra ?? [])];
}

/** Rows with one cell replaced (row and column are 0-based indices into the rows). */
export function withCell(rows: Rows, r: number, c: number, v: CellValue): Rows {
  return rows.map((row, i) => {
    if (i !== r) return row;
    const copy = [...row];
    while (copy.length <= c) copy.push(null);
    copy[c] = v;
    return copy;
  });
}

/** `CODE@Sheet!A1` — how tests compare findings: by code and cell, never by message. */
export const findingKey = (d: Diagnostic): string =>
  `${d.code}@${qualifiedA1(d.location.sheet, d.location.a1)}`;

/**
 * A small organisation that is clean under every analysis: spans within 3–12, loads
 * within 60–110% of capacity, every function owned once, every role with a primary duty.
 * Roles rows 2–6: MGR, SUP, AGT (5 people), PLN, ANA. Functions rows 2–10: F1…F9.
 */
export function analysisRoles(): Rows {
  const day = new Date(Date.UTC(2026, 0, 15));
  const q = 'Degree or equivalent; two years in customer service';
  return [
    [...ROLE_HEADER, 'Purpose', 'Qualifications'],
    [
      'MGR',
      'Service Manager',
      'Customer Service',
      null,
      1,
      1,
      'Manager',
      day,
      'Lead customer service to its targets.',
      q,
    ],
    [
      'SUP',
      'Complaints Supervisor',
      'Complaints',
      'MGR',
      1,
      1,
      'Supervisor',
      day,
      'Run the complaints team day to day.',
      q,
    ],
    [
      'AGT',
      'Complaints Agent',
      'Complaints',
      'SUP',
      5,
      5,
      'Specialist',
      day,
      'Resolve complaints first time.',
      q,
    ],
    [
      'PLN',
      'Service Planner',
      'Customer Service',
      'MGR',
      1,
      1,
      'Specialist',
      day,
      'Match staffing to demand.',
      q,
    ],
    [
      'ANA',
      'Service Analyst',
      'Customer Service',
      'MGR',
      1,
      1,
      'Specialist',
      day,
      'Turn complaint data into fixes.',
      q,
    ],
  ];
}

export function analysisResponsibilities(): Rows {
  return [
    ['FunctionId', 'Function', 'Area', 'Effort', 'MGR', 'SUP', 'AGT', 'PLN', 'ANA'],
    [
      'F1',
      'Set the service strategy and annual targets',
      'Management',
      20,
      'P',
      null,
      null,
      null,
      null,
    ],
    [
      'F2',
      'Review service standards quarterly with the supervisors',
      'Management',
      25,
      'P',
      'S',
      null,
      null,
      null,
    ],
    [
      'F3',
      'Assign complaints to agents each morning by priority',
      'Complaints',
      20,
      null,
      'P',
      null,
      null,
      null,
    ],
    [
      'F4',
      'Coach agents on difficult complaints within a day',
      'Complaints',
      24,
      null,
      'P',
      'Pa',
      null,
      null,
    ],
    [
      'F5',
      'Resolve customer complaints within two working days',
      'Complaints',
      150,
      null,
      null,
      'P',
      null,
      null,
    ],
    [
      'F6',
      'Record every complaint and its outcome in the CRM',
      'Complaints',
      50,
      null,
      null,
      'P',
      null,
      'S',
    ],
    [
      'F7',
      'Plan staffing for each week from the demand forecast',
      'Planning',
      30,
      null,
      null,
      null,
      'P',
      null,
    ],
    [
      'F8',
      'Forecast contact volumes monthly from the CRM history',
      'Planning',
      15,
      null,
      null,
      null,
      'P',
      'Pa',
    ],
    [
      'F9',
      'Analyse complaint trends monthly and propose fixes',
      'Analysis',
      20,
      null,
      null,
      null,
      null,
      'P',
    ],
  ];
}

export function analysisPolicy(): Rows {
  return [
    ['Setting', 'Value', 'Level', 'Note'],
    ['MinSpan', 3, null, null],
    ['MaxSpan', 12, 'Supervisor', null],
    ['TargetSpan', 4, null, 'So that 8 people need 3 layers.'],
    ['MinDuties', 2, null, 'A small team: two essential duties are enough.'],
  ];
}

/** The clean analysis workbook with any part replaced. */
export function analysisWorkbook(parts: WorkbookParts = {}): Grid[] {
  return workbook({
    roles: parts.roles === undefined ? analysisRoles() : parts.roles,
    responsibilities:
      parts.responsibilities === undefined ? analysisResponsibilities() : parts.responsibilities,
    policy: parts.policy === undefined ? analysisPolicy() : parts.policy,
    ...(parts.extra ? { extra: parts.extra } : {}),
  });
}
