import { DIAGNOSTIC_CATALOG, type DiagnosticArea, type DiagnosticCode } from './diagnosticCatalog';

const AREA_TITLES: Readonly<Record<DiagnosticArea, string>> = {
  input: 'Finding the input tables',
  cells: 'Cell values',
  roles: 'Roles',
  structure: 'Reporting lines',
  responsibilities: 'Responsibilities',
  workload: 'Workload',
  staffing: 'Staffing',
  jobs: 'Job descriptions',
  policy: 'Policy',
  mapping: 'Column mapping',
  survey: 'Service-quality survey',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/diagnostics.md, generated from the catalog so the two never disagree. */
export function diagnosticsMarkdown(): string {
  const lines = [
    '# Diagnostics',
    '',
    '<!-- Generated from src/core/i18n/diagnosticCatalog.ts by `npm run docs:diagnostics`; do not edit by hand. -->',
    '',
    'Every finding is `{ code, severity, message, location: { sheet, a1 }, subject, params }`.',
    'Codes are stable: tests and scripts should match on `code` and `location`, never on message text.',
    'Severity: **error** — the input is wrong and something was skipped or replaced (the CLI exits 1);',
    '**warning** — probably wrong, read anyway; **info** — worth knowing, nothing lost.',
    '`{name}` in a message is filled from the finding’s `params`.',
    '',
  ];
  const codes = Object.keys(DIAGNOSTIC_CATALOG) as DiagnosticCode[];
  for (const area of Object.keys(AREA_TITLES) as DiagnosticArea[]) {
    const inArea = codes.filter((c) => DIAGNOSTIC_CATALOG[c].area === area);
    if (inArea.length === 0) continue;
    lines.push(
      `## ${AREA_TITLES[area]}`,
      '',
      '| code | severity | why | message (en) | message (zh-CN) |',
      '|---|---|---|---|---|',
    );
    for (const c of inArea) {
      const s = DIAGNOSTIC_CATALOG[c];
      lines.push(
        `| \`${c}\` | ${s.severity} | ${cell(s.rationale)} | ${cell(s.en)} | ${cell(s.zh)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
