import type { AuditResult } from '../core/audit/auditWorkbook';
import type { Lang } from '../core/i18n/lang';
import { layoutOrgChart } from '../core/layout/layoutOrgChart';
import type { Grid } from '../core/model/grid';
import { todayIso } from '../core/model/todayIso';
import { auditSnapshot, nothingToGenerate } from '../core/port/auditSnapshot';
import { throwIfAborted } from '../core/port/throwIfAborted';
import { trimRows } from '../core/port/trimRows';
import type {
  GenerateReport,
  RunOptions,
  SheetHeaders,
  SheetsAdded,
  WorkbookSnapshot,
} from '../core/port/workbookPort';
import { paneSettingsProblems, type PaneSettings } from '../core/read/paneSettings';
import type { OutputKind } from '../core/render/outputKind';
import { outputPlans } from '../core/render/outputPlans';
import { orgChartSvg } from '../core/render/orgChartSvg';
import {
  serviceQualityChartsSvg,
  type ServiceQualityCharts,
} from '../core/render/serviceQualityChartsSvg';
import { templatePlans } from '../core/render/templatePlan';
import {
  STORE_KEY,
  outputsJson,
  parseStore,
  type StoreKey,
  type StoredOutput,
  type WorkbookStore,
} from '../io/excel/workbookStore';
import { jobDescriptionsDocx } from '../io/docx/jobDescriptionDocx';
import type { FileHost } from '../io/xlsx/fileHost';
import { readXlsx } from '../io/xlsx/readXlsx';
import { writeWorkbook } from '../io/xlsx/writeWorkbook';
import { freeSheetNames } from '../io/xlsx/freeSheetName';
import { cellDisplayText } from './cellDisplayText';
import type { CellSelection, PreviewWorkbook, SheetView } from './previewWorkbook';

/**
 * The very hidden sheet where the preview keeps what the add-in keeps in the workbook's
 * settings: the outputs it wrote (by sheet name), the column mapping and the settings, one
 * `key | JSON` row each. It travels with the downloaded file, so a workbook opened again
 * in the preview still knows its outputs.
 */
export const PREVIEW_STORE_SHEET = 'ServiceOrgDesigner.store';

/** How many rows and columns of each sheet the "Map columns…" dialog is shown. */
const HEADER_ROWS = 10;
const HEADER_COLS = 40;
/** Rows the grid view is sent at most (the rest are counted in `moreRows`). */
const VIEW_ROWS = 200_000;

export interface OpenOptions {
  /** The pane selected a cell: the page shows it. */
  readonly onSelectCell: CellSelection;
  /** Today, ISO `YYYY-MM-DD`; default the local date. */
  readonly today?: () => string;
  /** How files are drawn and charts added; default the browser's (canvas, Web Worker). */
  readonly host?: FileHost;
}

/**
 * Open .xlsx bytes as a workbook in the page.
 *
 * @throws Error "Not a readable .xlsx file: …" when the bytes are not a workbook.
 */
export async function openPreviewWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: OpenOptions,
): Promise<PreviewWorkbook> {
  const host = options.host ?? (await import('./browserFileHost')).browserFileHost;
  const grids = await readXlsx(bytes);
  return new XlsxPreviewWorkbook(bytes, grids, fileName, host, options);
}

/** A new workbook holding the bundled example's input sheets. */
export async function openExampleWorkbook(
  lang: Lang,
  options: OpenOptions,
): Promise<PreviewWorkbook> {
  const host = options.host ?? (await import('./browserFileHost')).browserFileHost;
  const { bytes } = await writeWorkbook(host, null, templatePlans(lang, true));
  const name = lang === 'zh-CN' ? '示例.xlsx' : 'example.xlsx';
  return new XlsxPreviewWorkbook(bytes, await readXlsx(bytes), name, host, options);
}

/** The file's name without its extension, for the outputs' titles. */
function stem(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '');
}

/** The store kept on the hidden sheet (empty when there is none). */
function storeOf(grids: readonly Grid[]): WorkbookStore {
  const sheet = grids.find((g) => g.table === undefined && g.sheet === PREVIEW_STORE_SHEET);
  const keys = new Set<string>(Object.values(STORE_KEY));
  const entries = (sheet?.values ?? []).flatMap((row): [StoreKey, unknown][] => {
    const [key, value] = row;
    return typeof key === 'string' && keys.has(key) ? [[key as StoreKey, value ?? undefined]] : [];
  });
  return parseStore(entries);
}

class XlsxPreviewWorkbook implements PreviewWorkbook {
  private store: WorkbookStore;
  /** The store changed since the bytes were last written. */
  private storeDirty = false;
  /** Calls that change the workbook run one after another. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private bytes: Uint8Array,
    private grids: Grid[],
    readonly fileName: string,
    private readonly host: FileHost,
    private readonly options: OpenOptions,
  ) {
    this.store = storeOf(grids);
  }

  private today(): string {
    return (this.options.today ?? todayIso)();
  }

  /** Run `task` after every call queued before it. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The outputs of the store whose sheets are still in the workbook. */
  private presentOutputs(): StoredOutput[] {
    const names = new Set(this.sheetGrids().map((g) => g.sheet.toUpperCase()));
    return this.store.outputs.filter((o) => names.has(o.sheet.toUpperCase()));
  }

  /** One grid per sheet, the store's sheet left out. */
  private sheetGrids(): Grid[] {
    return this.grids.filter((g) => g.table === undefined && g.sheet !== PREVIEW_STORE_SHEET);
  }

  /** The grids the audit reads: every sheet and table except the store and our outputs. */
  private inputGrids(): Grid[] {
    const ours = new Set([
      PREVIEW_STORE_SHEET.toUpperCase(),
      ...this.presentOutputs().map((o) => o.sheet.toUpperCase()),
    ]);
    return this.grids.filter((g) => !ours.has(g.sheet.toUpperCase()));
  }

  private audit(lang: Lang) {
    return auditSnapshot(this.inputGrids(), this.store, this.presentOutputs(), lang, this.today());
  }

  /** Take new bytes (and the store written into them): read them back, then keep them. */
  private async commit(bytes: Uint8Array, store: WorkbookStore): Promise<void> {
    const grids = await readXlsx(bytes);
    this.bytes = bytes;
    this.grids = grids;
    this.store = store;
    this.storeDirty = false;
  }

  async snapshot({ lang, signal, onProgress }: RunOptions): Promise<WorkbookSnapshot> {
    onProgress?.({ stage: 'read', step: 1, steps: 2 });
    await this.queue;
    throwIfAborted(signal);
    onProgress?.({ stage: 'analyse', step: 2, steps: 2 });
    const { fingerprint, ...snapshot } = this.audit(lang);
    void fingerprint;
    return snapshot;
  }

  async selectCell(sheet: string, a1: string): Promise<void> {
    await this.queue;
    if (!this.sheetGrids().some((g) => g.sheet === sheet))
      throw new Error(`The sheet "${sheet}" is no longer in this workbook.`);
    this.options.onSelectCell(sheet, a1);
  }

  generate(kinds: readonly OutputKind[], options: RunOptions): Promise<GenerateReport> {
    return this.serial(() => this.generateNow(kinds, options));
  }

  private async generateNow(
    kinds: readonly OutputKind[],
    { lang, signal, onProgress }: RunOptions,
  ): Promise<GenerateReport> {
    const steps = kinds.length + 3;
    onProgress?.({ stage: 'read', step: 1, steps });
    throwIfAborted(signal);
    onProgress?.({ stage: 'analyse', step: 2, steps });
    const snap = this.audit(lang);
    if (!snap.audit.usable) throw new Error(nothingToGenerate(lang));
    const plans: ReturnType<typeof outputPlans> = [];
    for (const [i, kind] of kinds.entries()) {
      // Let the page paint the progress between outputs.
      await new Promise((resolve) => setTimeout(resolve, 0));
      throwIfAborted(signal);
      plans.push(...outputPlans(snap.audit, [kind], lang, stem(this.fileName)));
      onProgress?.({ stage: kind, step: 3 + i, steps });
    }
    // Earlier outputs of these kinds go; the new ones take their names, or free ones beside
    // the user's sheets (the names writeWorkbook will give, so the store can name them).
    const replaced = new Set(
      this.presentOutputs()
        .filter((o) => kinds.includes(o.kind))
        .map((o) => o.sheet.toUpperCase()),
    );
    const remaining = this.sheetGrids()
      .map((g) => g.sheet)
      .filter((name) => !replaced.has(name.toUpperCase()));
    const names = freeSheetNames(
      remaining,
      plans.map((p) => p.plan.name),
    );
    const entries: StoredOutput[] = plans.map((p, i) => {
      const sheet = names[i] ?? p.plan.name;
      return { kind: p.kind, sheetId: sheet, sheet, fingerprint: snap.fingerprint };
    });
    const kept = this.store.outputs.filter((o) => !kinds.includes(o.kind));
    const store = { ...this.store, outputs: [...kept, ...entries] };
    const written = await writeWorkbook(
      this.host,
      this.bytes,
      plans.map((p) => p.plan),
      {
        replaceSheets: [...replaced],
        hiddenSheet: { name: PREVIEW_STORE_SHEET, rows: storeRows(store) },
      },
    );
    if (written.sheetNames.join('\n') !== names.join('\n'))
      throw new Error(
        `Bug: outputs written as ${written.sheetNames.join(', ')}, not ${names.join(', ')}`,
      );
    throwIfAborted(signal);
    await this.commit(written.bytes, store);
    onProgress?.({ stage: 'write', step: steps, steps });
    return { written: entries.map((e) => ({ kind: e.kind, sheet: e.sheet })) };
  }

  createTemplate(lang: Lang): Promise<SheetsAdded> {
    return this.serial(() => this.addInputSheets(lang, false));
  }

  insertExample(lang: Lang): Promise<SheetsAdded> {
    return this.serial(() => this.addInputSheets(lang, true));
  }

  /** The template's sheets added as the user's own (never registered as outputs). */
  private async addInputSheets(lang: Lang, example: boolean): Promise<SheetsAdded> {
    const written = await writeWorkbook(this.host, this.bytes, templatePlans(lang, example), {
      hiddenSheet: { name: PREVIEW_STORE_SHEET, rows: storeRows(this.store) },
    });
    await this.commit(written.bytes, this.store);
    return { sheets: written.sheetNames };
  }

  async sheetHeaders(): Promise<readonly SheetHeaders[]> {
    await this.queue;
    return this.sheetGrids().map((g) => ({
      sheet: g.sheet,
      rows: trimRows(
        g.values
          .slice(0, HEADER_ROWS)
          .map((row) => row.slice(0, HEADER_COLS).map((v) => cellDisplayText(v).trim())),
      ),
    }));
  }

  async saveMapping(mapping: Parameters<PreviewWorkbook['saveMapping']>[0]): Promise<void> {
    await this.queue;
    const { mapping: _old, ...rest } = this.store;
    void _old;
    this.store = mapping === null ? rest : { ...rest, mapping };
    this.storeDirty = true;
  }

  async loadSettings(): Promise<PaneSettings> {
    await this.queue;
    return this.store.settings;
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    const problems = paneSettingsProblems(settings);
    if (problems.length > 0) throw new Error(`Settings not saved: ${problems.join('; ')}.`);
    await this.queue;
    this.store = { ...this.store, settings };
    this.storeDirty = true;
  }

  async sheetNames(): Promise<readonly string[]> {
    await this.queue;
    return this.sheetGrids().map((g) => g.sheet);
  }

  async sheetView(sheet: string): Promise<SheetView> {
    await this.queue;
    const grid = this.sheetGrids().find((g) => g.sheet === sheet);
    if (!grid) throw new Error(`The sheet "${sheet}" is no longer in this workbook.`);
    // Grids start at A1 (readXlsx), so row i is sheet row i + 1.
    const rows = grid.values.slice(0, VIEW_ROWS).map((row) => row.map(cellDisplayText));
    return { sheet, rows, moreRows: Math.max(0, grid.values.length - VIEW_ROWS) };
  }

  download(): Promise<Uint8Array> {
    return this.serial(async () => {
      if (this.storeDirty) {
        const written = await writeWorkbook(this.host, this.bytes, [], {
          hiddenSheet: { name: PREVIEW_STORE_SHEET, rows: storeRows(this.store) },
        });
        await this.commit(written.bytes, this.store);
      }
      return this.bytes;
    });
  }

  async chartSvg(lang: Lang): Promise<string> {
    const audit = await this.usableAudit(lang);
    const org = audit.organisation;
    const layout = layoutOrgChart(org, { findings: audit.diagnostics });
    return orgChartSvg(org, layout, {
      lang,
      title: stem(this.fileName),
      findings: audit.diagnostics,
    });
  }

  async jobDescriptionsDocx(lang: Lang): Promise<Uint8Array> {
    const audit = await this.usableAudit(lang);
    return jobDescriptionsDocx(audit.jobDescriptions, lang, { organisation: stem(this.fileName) });
  }

  async serviceQualitySvgs(lang: Lang): Promise<ServiceQualityCharts | null> {
    await this.queue;
    // A survey is analysed whether or not the workbook has roles.
    const quality = this.audit(lang).audit.serviceQuality;
    return quality === undefined ? null : serviceQualityChartsSvg(quality, lang);
  }

  /** The audit, when it found roles to draw or describe. */
  private async usableAudit(lang: Lang): Promise<AuditResult> {
    await this.queue;
    const { audit } = this.audit(lang);
    if (!audit.usable) throw new Error(nothingToGenerate(lang));
    return audit;
  }
}

/** The store's rows for the hidden sheet. */
function storeRows(store: WorkbookStore): string[][] {
  return [
    [STORE_KEY.outputs, outputsJson(store.outputs)],
    ...(store.mapping ? [[STORE_KEY.mapping, JSON.stringify(store.mapping)]] : []),
    [STORE_KEY.settings, JSON.stringify(store.settings)],
  ];
}
