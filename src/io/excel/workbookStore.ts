import { parseColumnMapping, type ColumnMapping } from '../../core/read/columnMapping';
import {
  DEFAULT_PANE_SETTINGS,
  parsePaneSettings,
  type PaneSettings,
} from '../../core/read/paneSettings';
import { isOutputKind, type OutputKind } from '../../core/render/outputKind';

/**
 * What the add-in keeps in the workbook's settings (`Workbook.settings`, ExcelApi 1.4): saved
 * with the file, so every co-author's pane sees the same. Three JSON values.
 */
export const STORE_KEY = {
  /** The sheets this add-in wrote, by worksheet id: the only sheets it ever replaces. */
  outputs: 'serviceOrgDesigner.outputs',
  /** The column mapping for foreign sheets. */
  mapping: 'serviceOrgDesigner.mapping',
  /** Language and Policy overrides. */
  settings: 'serviceOrgDesigner.settings',
} as const;

export const STORE_KEYS = [STORE_KEY.outputs, STORE_KEY.mapping, STORE_KEY.settings] as const;
export type StoreKey = (typeof STORE_KEYS)[number];

/** An output sheet this add-in wrote. */
export interface StoredOutput {
  readonly kind: OutputKind;
  /** `Worksheet.id`: stable across renames, so a renamed output is still ours. */
  readonly sheetId: string;
  /** Its name when written. */
  readonly sheet: string;
  /** Fingerprint of the inputs it was made from. */
  readonly fingerprint: string;
}

export interface WorkbookStore {
  readonly outputs: readonly StoredOutput[];
  readonly mapping?: ColumnMapping;
  readonly settings: PaneSettings;
  /** What could not be used of what was stored (shown to the user, never fatal). */
  readonly problems: readonly string[];
}

export const EMPTY_STORE: WorkbookStore = {
  outputs: [],
  settings: DEFAULT_PANE_SETTINGS,
  problems: [],
};

/** Settings values are JSON text; Excel may also hand back what was stored as an object. */
function json(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return Symbol.for('unparsable');
  }
}

/** The store from the settings' values by key (undefined where there is none). */
export function parseStore(entries: readonly (readonly [StoreKey, unknown])[]): WorkbookStore {
  const problems: string[] = [];
  const raw = new Map(entries.map(([k, v]) => [k, v === undefined ? undefined : json(v)]));
  const outputs: StoredOutput[] = [];
  const o = raw.get(STORE_KEY.outputs);
  if (typeof o === 'symbol') problems.push('the list of output sheets is not valid JSON');
  else if (o !== undefined) {
    const list = (o as { outputs?: unknown }).outputs;
    if (!Array.isArray(list)) problems.push('the list of output sheets has no outputs');
    else
      for (const item of list as unknown[]) {
        const it = item as Partial<Record<keyof StoredOutput, unknown>>;
        if (
          isOutputKind(it.kind) &&
          typeof it.sheetId === 'string' &&
          typeof it.sheet === 'string' &&
          typeof it.fingerprint === 'string'
        )
          outputs.push({
            kind: it.kind,
            sheetId: it.sheetId,
            sheet: it.sheet,
            fingerprint: it.fingerprint,
          });
        else problems.push(`an output sheet entry is malformed: ${JSON.stringify(item)}`);
      }
  }
  let mapping: ColumnMapping | undefined;
  const m = raw.get(STORE_KEY.mapping);
  if (typeof m === 'symbol') problems.push('the saved column mapping is not valid JSON');
  else if (m !== undefined && m !== null) {
    const parsed = parseColumnMapping(m);
    if (parsed.mapping && parsed.problems.length === 0) mapping = parsed.mapping;
    else problems.push(...parsed.problems.map((p) => `column mapping: ${p}`));
  }
  const s = raw.get(STORE_KEY.settings);
  let settings = DEFAULT_PANE_SETTINGS;
  if (typeof s === 'symbol') problems.push('the saved settings are not valid JSON');
  else {
    const parsed = parsePaneSettings(s);
    settings = parsed.settings;
    problems.push(...parsed.problems.map((p) => `settings: ${p}`));
  }
  return { outputs, ...(mapping ? { mapping } : {}), settings, problems };
}

/** The JSON text to store for the list of outputs. */
export function outputsJson(outputs: readonly StoredOutput[]): string {
  return JSON.stringify({ version: 1, outputs });
}

/**
 * Queue the loads of the store's settings on a context; after the next sync, the returned
 * function gives the store.
 */
export function loadStore(context: Excel.RequestContext): () => WorkbookStore {
  const items = STORE_KEYS.map((key) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load('value');
    return [key, item] as const;
  });
  return () =>
    parseStore(items.map(([key, item]) => [key, item.isNullObject ? undefined : item.value]));
}
