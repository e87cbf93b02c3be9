import type { ColumnMapping } from '../../src/core/read/columnMapping';
import type { Lang } from '../../src/core/i18n/lang';
import {
  DEFAULT_PANE_SETTINGS,
  type GenerateReport,
  type OutputKind,
  type PaneSettings,
  type RunOptions,
  type SheetHeaders,
  type SheetsAdded,
  type WorkbookPort,
  type WorkbookSnapshot,
} from '../../src/taskpane/workbookPort';

export type PortMethod = keyof WorkbookPort;

/** One call the pane made, with its arguments. */
export interface PortCall {
  readonly method: PortMethod;
  readonly args: readonly unknown[];
}

/**
 * A workbook port for the pane's tests: records every call, answers with canned values, and
 * rejects a method's calls with the Error set in `failures`. `generate` runs `onGenerate`
 * (default: every stage's progress, then every output written).
 */
export class FakeWorkbookPort implements WorkbookPort {
  readonly calls: PortCall[] = [];
  /** The snapshot each `snapshot` call answers, by language. */
  snapshotFor: (lang: Lang) => WorkbookSnapshot;
  failures: Partial<Record<PortMethod, Error>> = {};
  settings: PaneSettings = DEFAULT_PANE_SETTINGS;
  headers: readonly SheetHeaders[] = [];
  onGenerate: (kinds: readonly OutputKind[], options: RunOptions) => Promise<GenerateReport> =
    async (kinds, options) => {
      const stages = ['read', 'analyse', ...kinds, 'write'] as const;
      stages.forEach((stage, i) =>
        options.onProgress?.({ stage, step: i + 1, steps: stages.length }),
      );
      return { written: kinds.map((kind) => ({ kind, sheet: kind })) };
    };

  constructor(snapshotFor: (lang: Lang) => WorkbookSnapshot) {
    this.snapshotFor = snapshotFor;
  }

  /** The calls of one method, in order. */
  callsOf(method: PortMethod): readonly (readonly unknown[])[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async record<T>(method: PortMethod, args: unknown[], answer: () => T | Promise<T>) {
    this.calls.push({ method, args });
    const failure = this.failures[method];
    if (failure) throw failure;
    return answer();
  }

  snapshot(options: RunOptions): Promise<WorkbookSnapshot> {
    return this.record('snapshot', [options], () => this.snapshotFor(options.lang));
  }
  selectCell(sheet: string, a1: string): Promise<void> {
    return this.record('selectCell', [sheet, a1], () => undefined);
  }
  generate(kinds: readonly OutputKind[], options: RunOptions): Promise<GenerateReport> {
    return this.record('generate', [kinds, options], () => this.onGenerate(kinds, options));
  }
  createTemplate(lang: Lang): Promise<SheetsAdded> {
    return this.record('createTemplate', [lang], () => ({
      sheets: lang === 'zh-CN' ? ['岗位', '职责', '规则'] : ['Roles', 'Responsibilities', 'Policy'],
    }));
  }
  insertExample(lang: Lang): Promise<SheetsAdded> {
    return this.record('insertExample', [lang], () => ({
      sheets: lang === 'zh-CN' ? ['岗位', '职责', '规则'] : ['Roles', 'Responsibilities', 'Policy'],
    }));
  }
  sheetHeaders(): Promise<readonly SheetHeaders[]> {
    return this.record('sheetHeaders', [], () => this.headers);
  }
  saveMapping(mapping: ColumnMapping | null): Promise<void> {
    return this.record('saveMapping', [mapping], () => undefined);
  }
  loadSettings(): Promise<PaneSettings> {
    return this.record('loadSettings', [], () => this.settings);
  }
  saveSettings(settings: PaneSettings): Promise<void> {
    return this.record('saveSettings', [settings], () => {
      this.settings = settings;
    });
  }
}
