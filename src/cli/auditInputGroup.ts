import { auditWorkbook, type AuditResult } from '../core/audit/auditWorkbook';
import type { Lang } from '../core/i18n/lang';
import type { ColumnMapping } from '../core/read/columnMapping';
import { todayIso } from '../core/model/todayIso';
import { formatFindings } from './formatText';
import { readInputGroup, type InputGroup } from './inputGroups';

export type GroupAudit = { ok: true; result: AuditResult } | { ok: false; message: string };

/**
 * Read one input group and audit it, for the commands that need a usable organisation
 * (`jd`, `chart`): the audit, or what to print on stderr when the files cannot be read or
 * hold nothing to work on (its errors, as `audit --quiet` shows them).
 */
export async function auditInputGroup(
  group: InputGroup,
  opts: { readonly lang: Lang; readonly asOf?: string },
  mapping: ColumnMapping | undefined,
): Promise<GroupAudit> {
  const read = await readInputGroup(group);
  if (!read.ok) return { ok: false, message: `service-org: ${group.label}: ${read.error}\n` };
  const result = auditWorkbook(read.grids, {
    lang: opts.lang,
    asOf: opts.asOf ?? todayIso(),
    ...(mapping ? { mapping } : {}),
  });
  if (!result.usable)
    return {
      ok: false,
      message: formatFindings(group.label, result.diagnostics, result.summary, {
        lang: opts.lang,
        colour: false,
        quiet: true,
      }),
    };
  return { ok: true, result };
}
