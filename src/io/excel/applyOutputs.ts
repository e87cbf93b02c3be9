import type { OutputKind } from '../../core/render/outputKind';
import type { SheetPlan } from '../../core/render/sheetPlan';
import { freeSheetName } from '../xlsx/freeSheetName';
import { RequestBudget, DEFAULT_REQUEST_BUDGET, OP_BYTES } from './requestBudget';
import { STORE_KEY, loadStore, outputsJson, type StoredOutput } from './workbookStore';
import { throwIfAborted } from '../../core/port/throwIfAborted';
import { writeSheetPlan } from './writeSheetPlan';

export interface OutputPlan {
  readonly kind: OutputKind;
  readonly plan: SheetPlan;
}

export interface ApplyOutputsOptions {
  /** Fingerprint of the inputs the plans were made from, stored with each output. */
  readonly fingerprint: string;
  /** Cell notes as notes (ExcelApi 1.18) or as input prompts. */
  readonly notes?: 'notes' | 'prompts';
  /** Largest request, in estimated bytes (default 4 MB: Excel on the web refuses 5 MB). */
  readonly budgetBytes?: number;
  /** Checked between sheets: an aborted run removes what it wrote and rejects. */
  readonly signal?: AbortSignal;
  /** Called after each sheet is written (`done` of `total`). */
  readonly onSheet?: (done: number, total: number) => void;
}

export interface ApplyOutputsResult {
  /** Each output and the sheet it now is on. */
  readonly written: readonly { readonly kind: OutputKind; readonly sheet: string }[];
  readonly syncs: number;
  /** The largest request's estimated size in bytes. */
  readonly largestRequest: number;
}

/** Prefix of the sheets being built, before they take their final names. */
export const BUILD_PREFIX = '~new ';

/**
 * Write output sheets without ever losing anything of the user's:
 *
 * 1. Read the sheets and the store (which sheets are ours, by worksheet id). One sync.
 * 2. Build each output complete on a new sheet under a temporary name, syncing whenever a
 *    request would pass the budget. Nothing else is touched yet: a failure or a cancel
 *    deletes the new sheets and leaves the workbook as it was.
 * 3. Swap, in one request: delete the output sheets this add-in wrote before (only those),
 *    give each new sheet its final name — the old output's current name (the user may have
 *    renamed it), else the plan's name, else, when a sheet of the user's has that name, a
 *    free `Name (2)` — and store the new sheets' ids and the inputs' fingerprint.
 *
 * Input sheets and other sheets of the user's receive no write at all. A small set of
 * outputs takes three syncs.
 */
export async function applyOutputs(
  context: Excel.RequestContext,
  outputs: readonly OutputPlan[],
  options: ApplyOutputsOptions,
): Promise<ApplyOutputsResult> {
  const budget = new RequestBudget(context, options.budgetBytes ?? DEFAULT_REQUEST_BUDGET, true);
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const storeOf = loadStore(context);
  await budget.sync();

  const store = storeOf();
  const sheets = worksheets.items.map((ws) => ({ name: ws.name, id: ws.id }));
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const kinds = new Set(outputs.map((o) => o.kind));
  /** Our earlier outputs that still exist: replaced when their kind is written again. */
  const previous = store.outputs.filter((o) => byId.has(o.sheetId));
  const replaced = previous.filter((o) => kinds.has(o.kind));
  const replacedIds = new Set(replaced.map((o) => o.sheetId));

  // Final names: the old output's current name, else the plan's, kept free of the user's
  // sheets and of each other.
  const taken = new Set(
    sheets.filter((s) => !replacedIds.has(s.id)).map((s) => s.name.toUpperCase()),
  );
  const finalNames = new Map<string, string>();
  const finalOf = new Map<OutputKind, string>();
  for (const o of outputs) {
    const old = replaced.find((p) => p.kind === o.kind);
    const oldName = old ? byId.get(old.sheetId)?.name : undefined;
    const name = oldName ?? freeSheetName(o.plan.name, taken);
    taken.add(name.toUpperCase());
    finalNames.set(o.plan.name, name);
    finalOf.set(o.kind, name);
  }
  const buildNames = new Map<string, string>();
  for (const o of outputs) {
    const name = freeSheetName(`${BUILD_PREFIX}${o.plan.name}`, taken);
    taken.add(name.toUpperCase());
    buildNames.set(o.plan.name, name);
  }

  const built: Excel.Worksheet[] = [];
  try {
    for (const [i, o] of outputs.entries()) {
      throwIfAborted(options.signal);
      await budget.add(OP_BYTES);
      const ws = worksheets.add(buildNames.get(o.plan.name));
      ws.load('id');
      built.push(ws);
      await writeSheetPlan(ws, o.plan, budget, {
        currentNames: buildNames,
        finalNames,
        notes: options.notes ?? 'prompts',
      });
      options.onSheet?.(i + 1, outputs.length);
    }
    throwIfAborted(options.signal);
    await budget.sync();
  } catch (error) {
    await removeBuilt(context, built);
    throw error;
  }

  // The swap: one request.
  for (const o of replaced) worksheets.getItem(byId.get(o.sheetId)?.name ?? o.sheet).delete();
  const entries: StoredOutput[] = previous.filter((o) => !kinds.has(o.kind));
  outputs.forEach((o, i) => {
    const ws = built[i] as Excel.Worksheet;
    const name = finalOf.get(o.kind) ?? o.plan.name;
    ws.name = name;
    entries.push({ kind: o.kind, sheetId: ws.id, sheet: name, fingerprint: options.fingerprint });
  });
  context.workbook.settings.add(STORE_KEY.outputs, outputsJson(entries));
  await budget.sync();
  return {
    written: outputs.map((o) => ({ kind: o.kind, sheet: finalOf.get(o.kind) ?? o.plan.name })),
    syncs: budget.syncs,
    largestRequest: budget.largest,
  };
}

/** Delete the sheets built so far (a failed or cancelled run leaves nothing behind). */
async function removeBuilt(
  context: Excel.RequestContext,
  built: readonly Excel.Worksheet[],
): Promise<void> {
  if (built.length === 0) return;
  try {
    for (const ws of built) ws.delete();
    await context.sync();
  } catch {
    // The first error is the one to report; a sheet left half-built keeps its "~new" name.
  }
}
