import type { Lang } from '../../src/core/i18n/lang';
import type { ServiceQualityCharts } from '../../src/core/render/serviceQualityChartsSvg';
import type { OpenOptions } from '../../src/preview/openPreviewWorkbook';
import type { PreviewWorkbook, SheetView } from '../../src/preview/previewWorkbook';
import type { WorkbookOpener } from '../../src/preview/ui/workbookOpener';
import type { OutputKind } from '../../src/taskpane/workbookPort';
import { exampleSnapshot } from '../taskpane/exampleSnapshot';
import { FakeWorkbookPort } from '../taskpane/fakeWorkbookPort';

/** What only a preview workbook is asked (beyond the pane's port), with its arguments. */
export type PreviewMethod =
  | 'sheetNames'
  | 'sheetView'
  | 'download'
  | 'chartSvg'
  | 'jobDescriptionsDocx'
  | 'serviceQualitySvgs';

export interface PreviewCall {
  readonly method: PreviewMethod;
  readonly args: readonly unknown[];
}

/** The sheet each output is written to, as the add-in names them in English. */
const OUTPUT_SHEETS: Readonly<Record<OutputKind, string>> = {
  findings: 'Findings',
  gapSummary: 'Gap Summary',
  serviceQuality: 'Service Quality',
  jobDescriptions: 'Job Descriptions',
  orgChart: 'Org Chart',
};

/** A sheet of `rows` rows: a header row, then `Row N` and N in each. */
export function tallSheet(rows: number): string[][] {
  return [
    ['Name', 'Value'],
    ...Array.from({ length: rows - 1 }, (_, i) => [`Row ${i + 2}`, `${i + 2}`]),
  ];
}

/**
 * A preview workbook for the page's tests: the pane's fake port (canned example snapshot,
 * every call recorded) plus sheets held as text, files to download, and `selectCell` passed
 * on to the page's `onSelectCell` as the real workbook does. `generate` adds each output's
 * sheet. A method listed in `previewFailures` rejects with that Error.
 */
export class FakePreviewWorkbook extends FakeWorkbookPort implements PreviewWorkbook {
  readonly fileName: string;
  readonly previewCalls: PreviewCall[] = [];
  previewFailures: Partial<Record<PreviewMethod, Error>> = {};
  /** The sheets, in order, with their cells as text. */
  sheets = new Map<string, string[][]>([
    [
      'Roles',
      [
        ['RoleId', 'Title', 'ReportsTo'],
        ['MGR', 'Service Manager', ''],
        ['AGT', 'Agent', 'MGR'],
      ],
    ],
    ['Responsibilities', [['FunctionId', 'Function', 'MGR', 'AGT'], ...tallSheet(40).slice(1)]],
    ['Policy', [['Setting', 'Value']]],
  ]);
  /** Rows each sheetView says it left out. */
  moreRows = 0;
  readonly workbookBytes = new Uint8Array([0x50, 0x4b, 3, 4]);
  readonly docxBytes = new Uint8Array([0x50, 0x4b, 3, 4, 9]);
  readonly svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
  /** The survey's charts it hands back (null: no survey). */
  surveyCharts: ServiceQualityCharts | null = {
    radar:
      '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><title>radar</title></svg>',
    gaps: '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10"><title>gaps</title></svg>',
  };
  private readonly options: OpenOptions;

  constructor(fileName: string, options: OpenOptions) {
    super((lang) => exampleSnapshot(lang));
    this.fileName = fileName;
    this.options = options;
    this.onGenerate = async (kinds) => {
      for (const kind of kinds) this.sheets.set(OUTPUT_SHEETS[kind], [[OUTPUT_SHEETS[kind]]]);
      return { written: kinds.map((kind) => ({ kind, sheet: OUTPUT_SHEETS[kind] })) };
    };
  }

  /** The calls of one preview method, in order. */
  previewCallsOf(method: PreviewMethod): readonly (readonly unknown[])[] {
    return this.previewCalls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async answer<T>(method: PreviewMethod, args: unknown[], value: () => T): Promise<T> {
    this.previewCalls.push({ method, args });
    const failure = this.previewFailures[method];
    if (failure) throw failure;
    return value();
  }

  override async selectCell(sheet: string, a1: string): Promise<void> {
    await super.selectCell(sheet, a1);
    this.options.onSelectCell(sheet, a1);
  }

  sheetNames(): Promise<readonly string[]> {
    return this.answer('sheetNames', [], () => [...this.sheets.keys()]);
  }
  sheetView(sheet: string): Promise<SheetView> {
    return this.answer('sheetView', [sheet], () => {
      const rows = this.sheets.get(sheet);
      if (!rows) throw new Error(`There is no sheet named ${sheet}.`);
      return { sheet, rows, moreRows: this.moreRows };
    });
  }
  download(): Promise<Uint8Array> {
    return this.answer('download', [], () => this.workbookBytes);
  }
  chartSvg(lang: Lang): Promise<string> {
    return this.answer('chartSvg', [lang], () => this.svg);
  }
  jobDescriptionsDocx(lang: Lang): Promise<Uint8Array> {
    return this.answer('jobDescriptionsDocx', [lang], () => this.docxBytes);
  }
  serviceQualitySvgs(lang: Lang): Promise<ServiceQualityCharts | null> {
    return this.answer('serviceQualitySvgs', [lang], () => this.surveyCharts);
  }
}

/** One call of the page to the opener. */
export type OpenCall =
  | { readonly kind: 'file'; readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly kind: 'example'; readonly lang: Lang };

/**
 * An opener for the page's tests: records what it was asked to open and answers with a
 * FakePreviewWorkbook (kept in `opened`), or rejects with `failure` when it is set.
 */
export class FakeOpener implements WorkbookOpener {
  readonly calls: OpenCall[] = [];
  readonly opened: FakePreviewWorkbook[] = [];
  failure: Error | undefined;
  /** The name the example opens under (the real one: example.xlsx). */
  exampleFileName = 'example.xlsx';
  /** Shapes each workbook before the page gets it. */
  prepare: (workbook: FakePreviewWorkbook) => void = () => undefined;

  private open(fileName: string, options: OpenOptions): Promise<FakePreviewWorkbook> {
    if (this.failure) return Promise.reject(this.failure);
    const workbook = new FakePreviewWorkbook(fileName, options);
    this.prepare(workbook);
    this.opened.push(workbook);
    return Promise.resolve(workbook);
  }

  openFile(bytes: Uint8Array, fileName: string, options: OpenOptions): Promise<PreviewWorkbook> {
    this.calls.push({ kind: 'file', bytes, fileName });
    return this.open(fileName, options);
  }
  openExample(lang: Lang, options: OpenOptions): Promise<PreviewWorkbook> {
    this.calls.push({ kind: 'example', lang });
    return this.open(this.exampleFileName, options);
  }

  /** The last workbook opened. */
  get workbook(): FakePreviewWorkbook {
    const last = this.opened[this.opened.length - 1];
    if (!last) throw new Error('no workbook was opened');
    return last;
  }
}
