/**
 * A small recording fake of the Excel JavaScript API, enough for src/io/excel: a workbook of
 * sheets (cells, tables, merged areas, hidden rows), workbook settings, shapes and charts.
 * It keeps Office.js's batch semantics: loads and writes are queued and happen at
 * `context.sync()`; a property read before the sync that loads it throws. Every sync is
 * counted with the size of its request (queued writes, as JSON) and of its response (loaded
 * values), and every write is logged with its target, so tests can assert exactly what was
 * written where, and that input sheets got nothing.
 *
 * The object-model proxies are object literals whose getters and methods need the fake, so
 * each captures it as `fake` (their own `this` is the proxy).
 */
/* eslint-disable @typescript-eslint/no-this-alias */
import { columnLetters, parseCellA1, parseRangeA1 } from '../../../src/core/model/address';
import type { ExcelRunner } from '../../../src/io/excel/excelRun';

export interface FakeSheetInit {
  readonly name: string;
  /** Values from A1 (Office.js style: '' is blank), row-major. */
  readonly values?: readonly (readonly unknown[])[];
  readonly hiddenRows?: readonly number[];
  readonly merges?: readonly string[];
  /** Number formats by cell (`K2` → `yyyy-mm-dd`); General elsewhere. */
  readonly formats?: Readonly<Record<string, string>>;
}

export interface FakeInit {
  readonly sheets: readonly FakeSheetInit[];
  readonly tables?: readonly { name: string; sheet: string; address: string }[];
  readonly settings?: Readonly<Record<string, unknown>>;
  /** A load of more cells than this comes back with `values` null (as Excel does). */
  readonly maxCellsPerLoad?: number;
  /** A sync whose response would be larger fails with `ResponsePayloadSizeLimitExceeded`. */
  readonly maxResponseBytes?: number;
  /** The first `n` syncs fail with `InvalidOperationInCellEditMode`. */
  readonly cellEditFailures?: number;
}

/** One write, as it reached the workbook. */
export interface Write {
  readonly sync: number;
  /** E.g. `Roles!A1:C3`, `sheet:Findings`, `workbook`, `shape:box:R1`. */
  readonly target: string;
  /** Property set or method called, e.g. `values`, `format.font.bold`, `add`. */
  readonly op: string;
  readonly value: unknown;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly writes: number;
}

interface SheetModel {
  id: string;
  name: string;
  cells: Map<string, { value: unknown; numberFormat?: string }>;
  hiddenRows: Set<number>;
  merges: string[];
  deleted: boolean;
  shapes: Record<string, unknown>[];
  charts: Record<string, unknown>[];
}

class OfficeError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const key = (row: number, col: number) => `${row},${col}`;
/** Bytes of a value as UTF-8 JSON. */
const size = (v: unknown) => Buffer.byteLength(JSON.stringify(v ?? null), 'utf8');

export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  readonly tables: { name: string; sheet: SheetModel; address: string }[] = [];
  readonly settings = new Map<string, unknown>();
  readonly writes: Write[] = [];
  readonly syncLog: SyncRecord[] = [];
  /** Queued work: a write applies; a load computes its response and commits it after. */
  private readonly pending: (
    | { readonly write: () => void }
    | { readonly load: () => { response: unknown; commit: () => void } }
  )[] = [];
  private pendingBytes = 0;
  private pendingWrites = 0;
  private nextId = 1;
  private failuresLeft: number;
  readonly context: Excel.RequestContext;

  constructor(readonly init: FakeInit) {
    for (const s of init.sheets) {
      const sheet = this.addSheet(s.name);
      (s.values ?? []).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== '' && v !== null && v !== undefined)
            sheet.cells.set(key(r + 1, c + 1), { value: v });
        }),
      );
      for (const [a1, f] of Object.entries(s.formats ?? {})) {
        const ref = parseCellA1(a1);
        if (!ref) throw new Error(`fake: bad cell ${a1}`);
        const cell = sheet.cells.get(key(ref.row, ref.col)) ?? { value: '' };
        cell.numberFormat = f;
        sheet.cells.set(key(ref.row, ref.col), cell);
      }
      for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
      sheet.merges.push(...(s.merges ?? []));
    }
    for (const t of init.tables ?? []) {
      const sheet = this.sheet(t.sheet);
      this.tables.push({ name: t.name, sheet, address: t.address });
    }
    for (const [k, v] of Object.entries(init.settings ?? {})) this.settings.set(k, v);
    this.failuresLeft = init.cellEditFailures ?? 0;
    this.context = this.makeContext();
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  /** A runner for `excelRun`: each batch gets the same context, as Excel.run would a fresh one. */
  readonly run: ExcelRunner = async (batch) => batch(this.context);

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name && !x.deleted);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((x) => x.name === name && !x.deleted);
  }

  /** Live sheet names in tab order. */
  sheetNames(): string[] {
    return this.sheets.filter((s) => !s.deleted).map((s) => s.name);
  }

  /** A sheet's values as a grid from A1 to its last value ('' blank). */
  valuesOf(name: string): unknown[][] {
    const s = this.sheet(name);
    let rows = 0;
    let cols = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    const out: unknown[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: unknown[] = [];
      for (let c = 1; c <= cols; c++) row.push(s.cells.get(key(r, c))?.value ?? '');
      out.push(row);
    }
    return out;
  }

  numberFormatAt(name: string, a1: string): string | undefined {
    const ref = parseCellA1(a1);
    if (!ref) throw new Error(`fake: bad cell ${a1}`);
    return this.sheet(name).cells.get(key(ref.row, ref.col))?.numberFormat;
  }

  /** Writes whose target is on a sheet (by name at the time of writing). */
  writesOn(name: string): Write[] {
    return this.writes.filter(
      (w) => w.target === `sheet:${name}` || w.target.startsWith(`${name}!`),
    );
  }

  private addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: new Map(),
      hiddenRows: new Set(),
      merges: [],
      deleted: false,
      shapes: [],
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  // ------------------------------------------------------------------ batching

  /** Queue a load: `run` makes its response and a `commit` that makes it readable. */
  private queueLoad(bytes: number, run: () => { response: unknown; commit: () => void }): void {
    this.pendingBytes += bytes;
    this.pending.push({ load: run });
  }

  /** Queue a load that only sets a flag at the next sync. */
  loadFlag(set: () => void): void {
    this.queueSimpleLoad(4, () => {
      set();
      return true;
    });
  }

  /** Queue a load whose response is `run()`'s value, readable as soon as it is made. */
  private queueSimpleLoad(bytes: number, run: () => unknown): void {
    this.queueLoad(bytes, () => ({ response: run(), commit: () => undefined }));
  }

  private queueWrite(target: string, op: string, value: unknown, apply: () => void): void {
    this.pendingBytes += size({ target, op, value });
    this.pendingWrites++;
    this.pending.push({
      write: () => {
        this.writes.push({ sync: this.syncLog.length + 1, target, op, value });
        apply();
      },
    });
  }

  private async sync(): Promise<void> {
    const queued = this.pending.splice(0);
    const requestBytes = this.pendingBytes;
    const writes = this.pendingWrites;
    this.pendingBytes = 0;
    this.pendingWrites = 0;
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      this.syncLog.push({ requestBytes, responseBytes: 0, writes: 0 });
      throw new OfficeError('InvalidOperationInCellEditMode');
    }
    let responseBytes = 0;
    const commits: (() => void)[] = [];
    for (const item of queued) {
      if ('write' in item) item.write();
      else {
        const { response, commit } = item.load();
        responseBytes += size(response);
        commits.push(commit);
      }
    }
    this.syncLog.push({ requestBytes, responseBytes, writes });
    // A response over the limit is refused whole: nothing it would have loaded is readable.
    if (this.init.maxResponseBytes !== undefined && responseBytes > this.init.maxResponseBytes)
      throw new OfficeError('ResponsePayloadSizeLimitExceeded');
    for (const commit of commits) commit();
  }

  // ------------------------------------------------------------------ object model

  private shapeCount = 0;
  private readonly labels = new WeakMap<object, string>();

  /**
   * An object whose every property set and method call is logged as a write on `target`
   * (`path` the property path so far), e.g. a range's `format.font.bold = true` or
   * `shapes.addLine(…)`. What a call returns is another such object.
   */
  recorder(target: string, path = ''): never {
    const fake = this;
    const at = (prop: string) => (path === '' ? prop : `${path}.${prop}`);
    const proxy = new Proxy(function recorded() {}, {
      get(_, prop) {
        if (prop === 'toJSON') return () => fake.labels.get(proxy) ?? `<${target} ${path}>`;
        if (typeof prop === 'symbol') return undefined;
        return fake.recorder(target, at(prop));
      },
      set(_, prop, value) {
        fake.queueWrite(target, at(String(prop)), fake.plain(value), () => undefined);
        return true;
      },
      apply(_, __, args: unknown[]) {
        fake.queueWrite(target, `${path}()`, fake.plain(args), () => undefined);
        return fake.recorder(target, `${path}()`);
      },
    });
    return proxy as never;
  }

  /** A value as logged: recorders become their labels. */
  private plain(v: unknown): unknown {
    return JSON.parse(JSON.stringify(v ?? null)) as unknown;
  }

  /** A new shape (or line) on a sheet: a recorder labelled `Sheet!shapeN`. */
  private newShape(s: SheetModel, how: string, args: unknown[]): never {
    const target = `${s.name}!shape${++this.shapeCount}`;
    this.queueWrite(target, how, args, () => s.shapes.push({ how, args }));
    const shape = this.recorder(target) as object;
    this.labels.set(shape, target);
    return shape as never;
  }

  private makeContext(): Excel.RequestContext {
    const fake = this;
    let nameLoaded = false;
    const workbook = {
      load() {
        fake.queueSimpleLoad(10, () => {
          nameLoaded = true;
          return 'Book1.xlsx';
        });
        return this;
      },
      get name() {
        if (!nameLoaded) throw new Error('PropertyNotLoaded: name');
        return 'Book1.xlsx';
      },
      worksheets: this.worksheetCollection(),
      tables: this.tableCollection(),
      settings: {
        getItemOrNullObject(k: string) {
          return fake.settingItem(k);
        },
        add(k: string, value: unknown) {
          fake.queueWrite('workbook', `settings.add:${k}`, value, () =>
            fake.settings.set(k, value),
          );
          return fake.settingItem(k);
        },
      },
    };
    const application = this.recorder('application');
    return { workbook, application, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  private settingItem(k: string) {
    const fake = this;
    const state: { loaded: boolean; value?: unknown; isNull?: boolean } = { loaded: false };
    return {
      load() {
        fake.queueSimpleLoad(k.length, () => {
          state.loaded = true;
          state.isNull = !fake.settings.has(k);
          state.value = fake.settings.get(k);
          return state.value ?? null;
        });
        return this;
      },
      get isNullObject() {
        if (!state.loaded) throw new Error('PropertyNotLoaded: isNullObject');
        return state.isNull;
      },
      get value() {
        if (!state.loaded) throw new Error('PropertyNotLoaded: value');
        return state.value;
      },
      delete() {
        fake.queueWrite('workbook', `settings.delete:${k}`, null, () => fake.settings.delete(k));
      },
    };
  }

  private worksheetCollection() {
    const fake = this;
    let items: unknown[] | undefined;
    return {
      load() {
        fake.queueSimpleLoad(20, () => {
          const live = fake.sheets.filter((s) => !s.deleted);
          items = live.map((s) => fake.worksheet(s, true));
          return live.map((s) => [s.name, s.id]);
        });
        return this;
      },
      get items() {
        if (!items) throw new Error('PropertyNotLoaded: items');
        return items;
      },
      getItem(name: string) {
        return fake.worksheet(fake.sheet(name), false);
      },
      getItemOrNullObject(name: string) {
        const exists = fake.hasSheet(name);
        const base: object = exists ? fake.worksheet(fake.sheet(name), false) : {};
        const state = nullState(fake, !exists);
        Object.defineProperty(base, 'isNullObject', { get: () => state.isNullObject });
        Object.defineProperty(base, 'load', {
          value: () => {
            state.load();
            return base;
          },
        });
        return base;
      },
      add(name: string) {
        const sheet = fake.addSheet(name);
        sheet.deleted = true;
        fake.queueWrite('workbook', 'worksheets.add', name, () => {
          if (
            fake.sheets.some(
              (x) => x !== sheet && !x.deleted && x.name.toUpperCase() === name.toUpperCase(),
            )
          )
            throw new OfficeError('ItemAlreadyExists');
          sheet.deleted = false;
        });
        return fake.worksheet(sheet, true);
      },
    };
  }

  private tableCollection() {
    const fake = this;
    let items: unknown[] | undefined;
    return {
      load() {
        fake.queueSimpleLoad(20, () => {
          items = fake.tables.map((t) => fake.table(t));
          return fake.tables.map((t) => t.name);
        });
        return this;
      },
      get items() {
        if (!items) throw new Error('PropertyNotLoaded: items');
        return items;
      },
    };
  }

  private table(t: { name: string; sheet: SheetModel; address: string }) {
    const fake = this;
    return {
      name: t.name,
      getRange() {
        return fake.addressRange(t.sheet, t.address);
      },
      worksheet: fake.worksheet(t.sheet, false),
    };
  }

  /** A worksheet proxy; `loaded` when it came from a loaded collection. */
  worksheet(s: SheetModel, loaded: boolean) {
    const fake = this;
    let idLoaded = loaded;
    return {
      get name() {
        if (!loaded) throw new Error('PropertyNotLoaded: name');
        return s.name;
      },
      get id() {
        if (!idLoaded) throw new Error('PropertyNotLoaded: id');
        return s.id;
      },
      load() {
        fake.queueSimpleLoad(10, () => {
          idLoaded = true;
          return s.id;
        });
        return this;
      },
      getUsedRangeOrNullObject() {
        return fake.usedRange(s);
      },
      getRange(address?: string) {
        return address === undefined ? fake.wholeSheet(s) : fake.addressRange(s, address);
      },
      getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
        return fake.range(s, row + 1, col + 1, row + rows, col + cols);
      },
      set name(v: string) {
        fake.queueWrite(`sheet:${s.name}`, 'name', v, () => {
          if (
            fake.sheets.some(
              (x) => x !== s && !x.deleted && x.name.toUpperCase() === v.toUpperCase(),
            )
          )
            throw new OfficeError('ItemAlreadyExists');
          s.name = v;
        });
      },
      delete() {
        fake.queueWrite(`sheet:${s.name}`, 'delete', null, () => {
          s.deleted = true;
        });
      },
      activate() {
        fake.queueWrite(`sheet:${s.name}`, 'activate', null, () => undefined);
      },
      get tables() {
        return {
          add(address: string, hasHeaders: boolean) {
            const target = `${s.name}!${address}`;
            const table = { name: `Table${fake.tables.length + 1}`, sheet: s, address };
            fake.queueWrite(target, 'tables.add', hasHeaders, () => fake.tables.push(table));
            return {
              set name(v: string) {
                fake.queueWrite(target, 'table.name', v, () => {
                  table.name = v;
                });
              },
              set style(v: string) {
                fake.queueWrite(target, 'table.style', v, () => undefined);
              },
            };
          },
        };
      },
      get shapes() {
        return {
          addGeometricShape: (...args: unknown[]) => fake.newShape(s, 'addGeometricShape', args),
          addLine: (...args: unknown[]) => fake.newShape(s, 'addLine', args),
        };
      },
      get charts() {
        return {
          add(...args: unknown[]) {
            const target = `${s.name}!chart${s.charts.length + 1}`;
            fake.queueWrite(target, 'charts.add', fake.plain(args), () => s.charts.push({ args }));
            return fake.recorder(target);
          },
        };
      },
      get freezePanes() {
        return fake.recorder(`sheet:${s.name}`, 'freezePanes');
      },
      get autoFilter() {
        return fake.recorder(`sheet:${s.name}`, 'autoFilter');
      },
      get pageLayout() {
        return fake.recorder(`sheet:${s.name}`, 'pageLayout');
      },
      get horizontalPageBreaks() {
        return fake.recorder(`sheet:${s.name}`, 'horizontalPageBreaks');
      },
      get notes() {
        return fake.recorder(`sheet:${s.name}`, 'notes');
      },
      set tabColor(v: string) {
        fake.queueWrite(`sheet:${s.name}`, 'tabColor', v, () => undefined);
      },
      get context() {
        return fake.context;
      },
      toJSON() {
        return `sheet:${s.name}`;
      },
    };
  }

  private wholeSheet(s: SheetModel) {
    const fake = this;
    return {
      getMergedAreasOrNullObject() {
        const state: { loaded: boolean } = { loaded: false };
        return {
          load() {
            fake.queueSimpleLoad(10, () => {
              state.loaded = true;
              return s.merges;
            });
            return this;
          },
          get isNullObject() {
            if (!state.loaded) throw new Error('PropertyNotLoaded: isNullObject');
            return s.merges.length === 0;
          },
          get address() {
            if (!state.loaded) throw new Error('PropertyNotLoaded: address');
            return s.merges.map((m) => `${s.name}!${m}`).join(', ');
          },
        };
      },
    };
  }

  private usedRange(s: SheetModel) {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = 0;
    let c2 = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 === 0 ? this.range(s, 1, 1, 1, 1, true) : this.range(s, r1, c1, r2, c2);
  }

  private addressRange(s: SheetModel, address: string) {
    const ref = parseRangeA1(address);
    if (!ref) throw new Error(`fake: bad address ${address}`);
    return this.range(s, ref.from.row, ref.from.col, ref.to.row, ref.to.col);
  }

  /** A range proxy over rows r1…r2, columns c1…c2 (1-based, inclusive). */
  range(s: SheetModel, r1: number, c1: number, r2: number, c2: number, isNull = false) {
    const fake = this;
    const address = `${columnLetters(c1)}${r1}:${columnLetters(c2)}${r2}`;
    const rows = r2 - r1 + 1;
    const cols = c2 - c1 + 1;
    const loaded = new Set<string>();
    const data: Record<string, unknown> = {};
    const need = (p: string) => {
      if (!loaded.has(p)) throw new Error(`PropertyNotLoaded: ${p}`);
      return data[p];
    };
    const cellValues = () => {
      const out: unknown[][] = [];
      for (let r = r1; r <= r2; r++) {
        const row: unknown[] = [];
        for (let c = c1; c <= c2; c++) row.push(s.cells.get(key(r, c))?.value ?? '');
        out.push(row);
      }
      return out;
    };
    const formats = () => {
      const out: string[][] = [];
      for (let r = r1; r <= r2; r++) {
        const row: string[] = [];
        for (let c = c1; c <= c2; c++) row.push(s.cells.get(key(r, c))?.numberFormat ?? 'General');
        out.push(row);
      }
      return out;
    };
    const hidden = () => {
      let n = 0;
      for (let r = r1; r <= r2; r++) if (s.hiddenRows.has(r)) n++;
      return n === 0 ? false : n === rows ? true : null;
    };
    return {
      load(props: string) {
        const names = props.split(',').map((p) => p.trim());
        fake.queueLoad(props.length, () => {
          const out: Record<string, unknown> = {};
          for (const p of names) {
            const v =
              p === 'values'
                ? fake.init.maxCellsPerLoad !== undefined && rows * cols > fake.init.maxCellsPerLoad
                  ? null
                  : cellValues()
                : p === 'numberFormat'
                  ? formats()
                  : p === 'address'
                    ? `${s.name}!${address}`
                    : p === 'rowIndex'
                      ? r1 - 1
                      : p === 'columnIndex'
                        ? c1 - 1
                        : p === 'rowCount'
                          ? rows
                          : p === 'columnCount'
                            ? cols
                            : p === 'rowHidden'
                              ? hidden()
                              : undefined;
            out[p] = v;
          }
          const commit = () => {
            for (const p of names) {
              loaded.add(p);
              data[p] = out[p];
            }
            loaded.add('isNullObject');
            data.isNullObject = isNull;
          };
          return { response: out, commit };
        });
        return this;
      },
      get isNullObject() {
        return need('isNullObject');
      },
      get values() {
        return need('values');
      },
      get numberFormat() {
        return need('numberFormat');
      },
      set values(v: unknown) {
        fake.queueWrite(`${s.name}!${address}`, 'values', v, () => {
          (v as unknown[][]).forEach((row, r) =>
            row.forEach((value, c) => {
              const k = key(r1 + r, c1 + c);
              const cell = s.cells.get(k) ?? { value: '' };
              cell.value = value;
              if (value === '' && cell.numberFormat === undefined) s.cells.delete(k);
              else s.cells.set(k, cell);
            }),
          );
        });
      },
      set numberFormat(v: unknown) {
        fake.queueWrite(`${s.name}!${address}`, 'numberFormat', v, () => {
          (v as string[][]).forEach((row, r) =>
            row.forEach((f, c) => {
              const k = key(r1 + r, c1 + c);
              const cell = s.cells.get(k) ?? { value: '' };
              cell.numberFormat = f;
              s.cells.set(k, cell);
            }),
          );
        });
      },
      get address() {
        return need('address');
      },
      get rowIndex() {
        return need('rowIndex');
      },
      get columnIndex() {
        return need('columnIndex');
      },
      get rowCount() {
        return need('rowCount');
      },
      get columnCount() {
        return need('columnCount');
      },
      get rowHidden() {
        return need('rowHidden');
      },
      toJSON() {
        return `${s.name}!${address}`;
      },
      getColumn(i: number) {
        return fake.range(s, r1, c1 + i, r2, c1 + i);
      },
      getEntireColumn() {
        return {
          format: fake.recorder(`${s.name}!${columnLetters(c1)}:${columnLetters(c2)}`, 'format'),
        };
      },
      getEntireRow() {
        return { format: fake.recorder(`${s.name}!${r1}:${r2}`, 'format') };
      },
      get format() {
        return fake.recorder(`${s.name}!${address}`, 'format');
      },
      get dataValidation() {
        return fake.recorder(`${s.name}!${address}`, 'dataValidation');
      },
      set hyperlink(v: unknown) {
        fake.queueWrite(`${s.name}!${address}`, 'hyperlink', v, () => undefined);
      },
      select() {
        fake.queueWrite(`${s.name}!${address}`, 'select', null, () => undefined);
      },
      merge(across: boolean) {
        fake.queueWrite(`${s.name}!${address}`, 'merge', across, () => undefined);
      },
      getVisibleView() {
        const view: { loaded: boolean } = { loaded: false };
        return {
          load() {
            fake.queueSimpleLoad(10, () => {
              view.loaded = true;
              return null;
            });
            return this;
          },
          get cellAddresses() {
            if (!view.loaded) throw new Error('PropertyNotLoaded: cellAddresses');
            const out: string[][] = [];
            for (let r = r1; r <= r2; r++)
              if (!s.hiddenRows.has(r)) out.push([`${s.name}!${columnLetters(c1)}${r}`]);
            return out;
          },
        };
      },
    };
  }
}

/** `isNullObject` of a getItemOrNullObject result, readable after a sync that loads it. */
function nullState(fake: FakeExcel, isNull: boolean) {
  let loaded = false;
  return {
    load() {
      fake.loadFlag(() => {
        loaded = true;
      });
      return this;
    },
    get isNullObject() {
      if (!loaded) throw new Error('PropertyNotLoaded: isNullObject');
      return isNull;
    },
  };
}
