import { qualifiedA1 } from '../model/address';
import { isCellError, type CellValue } from '../model/grid';
import type { A1 } from '../model/ids';
import { DEFAULT_POLICY, type Policy } from '../model/policy';
import type { FieldName } from '../i18n/fieldLabels';
import type { DiagnosticCollector } from './diagnosticCollector';
import { addressAt, cellAt, headerText, isBlankRow } from './gridCells';
import { normaliseHeader } from './headerAliases';
import type { TableSource } from './locateTables';
import { parseNumberText } from './readNumber';
import { numberText } from './readText';
import type { ResolvedColumns } from './resolveColumns';
import { applySetting, POLICY_SETTINGS, type SettingSpec } from './policySettings';

export const POLICY_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  'Setting',
  'Value',
  'Level',
  'Note',
]);

const BY_NAME = new Map<string, SettingSpec>(
  POLICY_SETTINGS.flatMap((s) => [
    [normaliseHeader(s.key), s],
    [normaliseHeader(s.zh), s],
    ...(s.aliases ?? []).map((a): [string, SettingSpec] => [normaliseHeader(a), s]),
  ]),
);

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', '是', '允许', '√', '✓', 'on']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0', '否', '不允许', '×', '✗', 'off']);

/** Parse a setting's value; `undefined` when it does not fit the setting. */
export function parseSettingValue(
  spec: SettingSpec,
  v: CellValue | undefined,
): number | boolean | undefined {
  if (spec.kind === 'boolean') {
    if (typeof v === 'boolean') return v;
    const t = headerText(v).normalize('NFKC').trim().toLowerCase();
    if (TRUE_WORDS.has(t)) return true;
    if (FALSE_WORDS.has(t)) return false;
    return undefined;
  }
  let n: number | undefined;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const t = v.normalize('NFKC').trim();
    const pct = /^(.*?)\s*%$/.exec(t);
    if (pct && spec.kind === 'share') {
      const p = parseNumberText(pct[1] ?? '');
      n = p === undefined ? undefined : p / 100;
    } else n = parseNumberText(t);
  }
  if (n === undefined || !Number.isFinite(n)) return undefined;
  if (spec.kind === 'integer' && !Number.isInteger(n)) return undefined;
  if (n < spec.min || n > spec.max) return undefined;
  return n;
}

function expectedText(spec: SettingSpec, zh: boolean): string {
  if (spec.kind === 'boolean') return zh ? '是或否' : 'Yes or No';
  const range = `${numberText(spec.min)}–${numberText(spec.max)}`;
  if (spec.kind === 'integer') return zh ? `${range} 之间的整数` : `a whole number ${range}`;
  return zh ? `${range} 之间的数` : `a number ${range}`;
}

const shown = (v: CellValue | undefined) => (isCellError(v) ? v.error : headerText(v).slice(0, 60));

/** Read the Policy table (Setting, Value, Level) on top of the defaults. */
export function readPolicy(
  sources: readonly { source: TableSource; columns: ResolvedColumns }[],
  diagnostics: DiagnosticCollector,
): Policy {
  let policy = DEFAULT_POLICY;
  const seen = new Map<string, { sheet: string; a1: A1 }>();
  const zh = diagnostics.lang === 'zh-CN';
  for (const { source, columns } of sources) {
    const { grid, headerIndex } = source;
    const settingCol = columns.fields.get('Setting');
    const valueCol = columns.fields.get('Value');
    const levelCol = columns.fields.get('Level');
    if (settingCol === undefined || valueCol === undefined) continue;
    for (let r = headerIndex + 1; r < grid.values.length; r++) {
      if (isBlankRow(grid.values[r])) continue;
      const name = headerText(cellAt(grid, r, settingCol));
      const nameAt = { sheet: grid.sheet, a1: addressAt(grid, r, settingCol) };
      const valueAt = { sheet: grid.sheet, a1: addressAt(grid, r, valueCol) };
      if (name === '') continue;
      const spec = BY_NAME.get(normaliseHeader(name));
      if (!spec) {
        diagnostics.add(
          'POLICY_UNKNOWN_SETTING',
          nameAt,
          {
            setting: name.slice(0, 60),
            known: POLICY_SETTINGS.map((s) => (zh ? s.zh : s.key)).join(zh ? '、' : ', '),
          },
          name,
        );
        continue;
      }
      const levelText = levelCol === undefined ? '' : headerText(cellAt(grid, r, levelCol));
      const level = spec.perLevel && levelText !== '' ? levelText : undefined;
      const key = `${spec.key}\u0000${level ?? ''}`;
      const first = seen.get(key);
      if (first) {
        diagnostics.add(
          'POLICY_DUPLICATE_SETTING',
          nameAt,
          { setting: name, first: qualifiedA1(first.sheet, first.a1) },
          spec.key,
        );
        continue;
      }
      seen.set(key, nameAt);
      const raw = cellAt(grid, r, valueCol);
      const value = parseSettingValue(spec, raw);
      if (value === undefined) {
        const fallback =
          typeof spec.defaultValue === 'boolean'
            ? spec.defaultValue
              ? zh
                ? '是'
                : 'Yes'
              : zh
                ? '否'
                : 'No'
            : numberText(spec.defaultValue);
        diagnostics.add(
          'POLICY_INVALID_VALUE',
          valueAt,
          { setting: name, value: shown(raw), expected: expectedText(spec, zh), fallback },
          spec.key,
        );
        continue;
      }
      policy = applySetting(policy, spec.key, value, level);
    }
  }
  return policy;
}
