import { auditWorkbook } from '../audit/auditWorkbook';
import type { Lang } from '../i18n/lang';
import type { Grid } from '../model/grid';
import type { ColumnMapping } from '../read/columnMapping';
import { inputFingerprint } from '../read/inputFingerprint';
import { inputStatus } from '../read/inputStatus';
import type { PaneSettings } from '../read/paneSettings';
import type { OutputKind } from '../render/outputKind';
import type { WorkbookSnapshot } from './workbookPort';

/** What a host keeps in the workbook beside the sheets: the mapping and the settings. */
export interface SavedChoices {
  readonly mapping?: ColumnMapping;
  readonly settings: PaneSettings;
}

/** An output the host wrote earlier and still finds, under its present sheet name. */
export interface PresentOutput {
  readonly kind: OutputKind;
  readonly sheet: string;
  /** The inputs' fingerprint when it was written. */
  readonly fingerprint: string;
}

/**
 * The audit of the input grids (the outputs' sheets left out by the host) with the saved
 * mapping and Policy overrides, and what the pane shows beside it; also the inputs'
 * fingerprint, stored with outputs so a later snapshot can tell them out of date.
 */
export function auditSnapshot(
  grids: readonly Grid[],
  saved: SavedChoices,
  outputs: readonly PresentOutput[],
  lang: Lang,
  asOf: string,
): WorkbookSnapshot & { readonly fingerprint: string } {
  const { mapping, settings } = saved;
  const audit = auditWorkbook(grids, {
    lang,
    asOf,
    ...(mapping ? { mapping } : {}),
    policyOverrides: settings.policy,
  });
  const fingerprint = inputFingerprint(grids, {
    mapping: mapping ?? null,
    policy: settings.policy,
  });
  return {
    inputs: inputStatus(audit.organisation),
    ...(mapping ? { mapping } : {}),
    audit,
    outputs: outputs.map((o) => ({
      kind: o.kind,
      sheet: o.sheet,
      current: o.fingerprint === fingerprint,
    })),
    fingerprint,
  };
}

/** Why nothing can be generated: no Roles table with roles (in the pane's language). */
export function nothingToGenerate(lang: Lang): string {
  return lang === 'zh-CN'
    ? '未找到岗位表（或其中没有岗位），无法生成。请先创建模板或映射列。'
    : 'No Roles table with roles was found, so there is nothing to generate from. Create the template or map your columns first.';
}
