import type { AuditResult } from '../audit/auditWorkbook';
import type { Lang } from '../i18n/lang';
import type { ColumnMapping } from '../read/columnMapping';
import type { InputTableStatus } from '../read/inputStatus';
import type { PaneSettings } from '../read/paneSettings';
import type { OutputKind } from '../render/outputKind';

/**
 * What the task pane asks of the workbook it works on. The pane talks to this port and to
 * nothing else: inside Excel it is backed by the Excel JavaScript API (`src/io/excel`), in the browser
 * preview by an .xlsx held in the page, in tests by a fake. Every method may reject with an
 * `Error` whose message is fit to show the user (the pane shows it in a MessageBar).
 */
export interface WorkbookPort {
  /** Read the inputs and audit them (findings, gap summary, job descriptions, the model). */
  snapshot(options: RunOptions): Promise<WorkbookSnapshot>;
  /** Select a cell (and activate its sheet), e.g. the cell a finding is about. */
  selectCell(sheet: string, a1: string): Promise<void>;
  /**
   * Write these outputs from a fresh audit, each replacing the sheet this add-in made
   * before (never a sheet of the user's). Reports progress; honours `signal` between stages
   * (a cancelled run leaves the workbook as it was).
   */
  generate(kinds: readonly OutputKind[], options: RunOptions): Promise<GenerateReport>;
  /** Add blank input sheets (Roles, Responsibilities, Policy) with headers and dropdowns. */
  createTemplate(lang: Lang): Promise<SheetsAdded>;
  /** Add the bundled example's input sheets. */
  insertExample(lang: Lang): Promise<SheetsAdded>;
  /** Each sheet's name and the values of its first rows, for the "Map columns…" dialog. */
  sheetHeaders(): Promise<readonly SheetHeaders[]>;
  /** Save a column mapping in the workbook (used by every later snapshot). */
  saveMapping(mapping: ColumnMapping | null): Promise<void>;
  /** Settings saved in the workbook, so every co-author sees the same. */
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
}

export { OUTPUT_KINDS, type OutputKind } from '../render/outputKind';

export interface RunOptions {
  /** Language of findings and outputs. */
  readonly lang: Lang;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
}

/** Where a long run is: `stage` of `stages` (1-based), e.g. 2 of 6 "analyse". */
export interface Progress {
  readonly stage: ProgressStage;
  readonly step: number;
  readonly steps: number;
}
export type ProgressStage = 'read' | 'analyse' | OutputKind | 'write';

export type { InputTableStatus } from '../read/inputStatus';

/** An output this add-in wrote earlier, still in the workbook. */
export interface OutputStatus {
  readonly kind: OutputKind;
  readonly sheet: string;
  /** False when the inputs changed since it was written ("out of date"). */
  readonly current: boolean;
}

export interface WorkbookSnapshot {
  readonly inputs: readonly InputTableStatus[];
  /** The column mapping saved in the workbook, when there is one. */
  readonly mapping?: ColumnMapping;
  readonly audit: AuditResult;
  readonly outputs: readonly OutputStatus[];
}

export interface GenerateReport {
  /** Each output written and the sheet it is on (a user's sheet of that name pushes ours to another). */
  readonly written: readonly { readonly kind: OutputKind; readonly sheet: string }[];
}

export interface SheetsAdded {
  readonly sheets: readonly string[];
}

export interface SheetHeaders {
  readonly sheet: string;
  /** The first rows' values as text, row by row (at most 10 rows). */
  readonly rows: readonly (readonly string[])[];
}

export { DEFAULT_PANE_SETTINGS, type PaneSettings } from '../read/paneSettings';
