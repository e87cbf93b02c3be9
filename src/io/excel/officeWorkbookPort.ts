import { auditSnapshot, nothingToGenerate } from '../../core/port/auditSnapshot';
import type { Lang } from '../../core/i18n/lang';
import { todayIso } from '../../core/model/todayIso';
import { paneSettingsProblems, type PaneSettings } from '../../core/read/paneSettings';
import type { OutputKind } from '../../core/render/outputKind';
import { outputPlans } from '../../core/render/outputPlans';
import { templatePlans } from '../../core/render/templatePlan';
import type {
  GenerateReport,
  RunOptions,
  SheetHeaders,
  SheetsAdded,
  WorkbookPort,
  WorkbookSnapshot,
} from '../../core/port/workbookPort';
import { freeSheetName } from '../xlsx/freeSheetName';
import { applyOutputs } from './applyOutputs';
import { excelRun, type ExcelRunner } from './excelRun';
import { readWorkbookGrids, type WorkbookRead } from './readWorkbookGrids';
import { RequestBudget } from './requestBudget';
import { throwIfAborted } from '../../core/port/throwIfAborted';
import { trimRows } from '../../core/port/trimRows';
import { STORE_KEY, loadStore, type WorkbookStore } from './workbookStore';
import { writeSheetPlan } from './writeSheetPlan';

export interface OfficePortOptions {
  /** Batches run here (default: Office.js `Excel.run`); tests pass a fake's. */
  readonly runner?: ExcelRunner;
  /** Today, ISO `YYYY-MM-DD` (job analyses are judged against it); default the local date. */
  readonly today?: () => string;
  /** Whether cell notes can be written as notes (ExcelApi 1.18); default: ask Office. */
  readonly notesSupported?: () => boolean;
}

/** How many rows, and columns, of each sheet the "Map columns…" dialog shows. */
const HEADER_ROWS = 10;
const HEADER_COLS = 40;

const officeNotes = () =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.18');

/** The workbook port of the add-in: the open workbook, through Office.js. */
export function officeWorkbookPort(options: OfficePortOptions = {}): WorkbookPort {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    excelRun(batch, options.runner ? { runner: options.runner } : {});
  const today = options.today ?? (() => todayIso());
  const notes = (options.notesSupported ?? officeNotes)() ? 'notes' : 'prompts';

  /** The audit of what was read, with what the pane shows beside it. */
  const snapshotOf = (read: WorkbookRead, lang: Lang) => {
    const names = new Map(read.sheets.map((s) => [s.id, s.name]));
    const present = read.store.outputs.flatMap((o) => {
      const sheet = names.get(o.sheetId);
      return sheet === undefined ? [] : [{ kind: o.kind, sheet, fingerprint: o.fingerprint }];
    });
    return auditSnapshot(read.grids, read.store, present, lang, today());
  };

  return {
    async snapshot({ lang, signal, onProgress }: RunOptions): Promise<WorkbookSnapshot> {
      onProgress?.({ stage: 'read', step: 1, steps: 2 });
      const read = await run((context) => readWorkbookGrids(context));
      throwIfAborted(signal);
      onProgress?.({ stage: 'analyse', step: 2, steps: 2 });
      const { fingerprint, ...snapshot } = snapshotOf(read, lang);
      void fingerprint;
      return snapshot;
    },

    async selectCell(sheet: string, a1: string): Promise<void> {
      await run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('id');
        await context.sync();
        if (ws.isNullObject) throw new Error(`The sheet "${sheet}" is no longer in this workbook.`);
        ws.activate();
        ws.getRange(a1).select();
        await context.sync();
      });
    },

    async generate(
      kinds: readonly OutputKind[],
      { lang, signal, onProgress }: RunOptions,
    ): Promise<GenerateReport> {
      const steps = kinds.length + 3;
      return run(async (context) => {
        onProgress?.({ stage: 'read', step: 1, steps });
        const read = await readWorkbookGrids(context);
        throwIfAborted(signal);
        onProgress?.({ stage: 'analyse', step: 2, steps });
        const snap = snapshotOf(read, lang);
        if (!snap.audit.usable) throw new Error(nothingToGenerate(lang));
        const title = await workbookTitle(context);
        const plans = outputPlans(snap.audit, kinds, lang, title);
        const result = await applyOutputs(context, plans, {
          fingerprint: snap.fingerprint,
          notes,
          ...(signal ? { signal } : {}),
          onSheet: (done) =>
            onProgress?.({ stage: kinds[done - 1] ?? 'write', step: 2 + done, steps }),
        });
        onProgress?.({ stage: 'write', step: steps, steps });
        return { written: result.written };
      });
    },

    createTemplate: (lang: Lang) => run((context) => addInputSheets(context, lang, false, notes)),
    insertExample: (lang: Lang) => run((context) => addInputSheets(context, lang, true, notes)),

    async sheetHeaders(): Promise<readonly SheetHeaders[]> {
      return run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const tops = sheets.items.map((ws) => {
          const range = ws.getRangeByIndexes(0, 0, HEADER_ROWS, HEADER_COLS);
          range.load('values');
          return { name: ws.name, range };
        });
        await context.sync();
        return tops.map(({ name, range }) => ({
          sheet: name,
          rows: trimRows((range.values as unknown[][]).map((row) => row.map(cellText))),
        }));
      });
    },

    async saveMapping(mapping) {
      await run(async (context) => {
        if (mapping !== null)
          context.workbook.settings.add(STORE_KEY.mapping, JSON.stringify(mapping));
        else {
          const item = context.workbook.settings.getItemOrNullObject(STORE_KEY.mapping);
          item.load('key');
          await context.sync();
          if (item.isNullObject) return;
          item.delete();
        }
        await context.sync();
      });
    },

    async loadSettings(): Promise<PaneSettings> {
      const read = await run((context) => readStore(context));
      return read.settings;
    },

    async saveSettings(settings: PaneSettings): Promise<void> {
      const problems = paneSettingsProblems(settings);
      if (problems.length > 0) throw new Error(`Settings not saved: ${problems.join('; ')}.`);
      await run(async (context) => {
        context.workbook.settings.add(STORE_KEY.settings, JSON.stringify(settings));
        await context.sync();
      });
    },
  };
}

/** The workbook's file name, for the outputs' titles ('' when Excel does not say). */
async function workbookTitle(context: Excel.RequestContext): Promise<string> {
  try {
    context.workbook.load('name');
    await context.sync();
    return context.workbook.name ?? '';
  } catch {
    return '';
  }
}

/** The store alone, in one sync. */
async function readStore(context: Excel.RequestContext): Promise<WorkbookStore> {
  const parse = loadStore(context);
  await context.sync();
  return parse();
}

/**
 * Add the template's input sheets (blank, or the bundled example) as sheets of the user's:
 * each under its name, or a free `Name (2)` beside an existing sheet; its table renamed the
 * same way when the name is taken. Never registered as outputs: the user owns them.
 */
async function addInputSheets(
  context: Excel.RequestContext,
  lang: Lang,
  example: boolean,
  notes: 'notes' | 'prompts',
): Promise<SheetsAdded> {
  const budget = new RequestBudget(context, undefined, true);
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await budget.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toUpperCase()));
  const tableNames = new Set(tables.items.map((t) => t.name.toUpperCase()));
  const names: string[] = [];
  const plans = templatePlans(lang, example).map((plan) => {
    const name = freeSheetName(plan.name, taken);
    taken.add(name.toUpperCase());
    names.push(name);
    return {
      ...plan,
      tables: (plan.tables ?? []).map((t) => {
        let tableName = t.name;
        for (let n = 2; tableNames.has(tableName.toUpperCase()); n++) tableName = `${t.name}${n}`;
        tableNames.add(tableName.toUpperCase());
        return { ...t, name: tableName };
      }),
    };
  });
  const finalNames = new Map(plans.map((p, i) => [p.name, names[i] ?? p.name]));
  for (const [i, plan] of plans.entries()) {
    const ws = sheets.add(names[i]);
    await writeSheetPlan(ws, plan, budget, { currentNames: finalNames, finalNames, notes });
    if (i === 0) ws.activate();
  }
  await budget.sync();
  return { sheets: names };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}
