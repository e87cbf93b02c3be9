import type { WorkbookPort } from './workbookPort';

/**
 * A port whose implementation is loaded on its first call (and once only), so that the
 * pane's first paint does not wait for the code that reads and writes workbooks. A failed
 * load rejects that call (its message shown like any port error) and is tried again on the next.
 */
export function lazyWorkbookPort(load: () => Promise<WorkbookPort>): WorkbookPort {
  let loading: Promise<WorkbookPort> | undefined;
  const port = (): Promise<WorkbookPort> => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return {
    snapshot: async (options) => (await port()).snapshot(options),
    selectCell: async (sheet, a1) => (await port()).selectCell(sheet, a1),
    generate: async (kinds, options) => (await port()).generate(kinds, options),
    createTemplate: async (lang) => (await port()).createTemplate(lang),
    insertExample: async (lang) => (await port()).insertExample(lang),
    sheetHeaders: async () => (await port()).sheetHeaders(),
    saveMapping: async (mapping) => (await port()).saveMapping(mapping),
    loadSettings: async () => (await port()).loadSettings(),
    saveSettings: async (settings) => (await port()).saveSettings(settings),
  };
}
