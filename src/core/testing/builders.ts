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
