import type { WorkbookPort, WorkbookSnapshot } from '../../core/port/workbookPort';

/**
 * The pane's port, seen by the page: the same workbook, but `onSheetsChanged` is called each
 * time a call that adds or rewrites sheets (generate, create template, insert example) has
 * settled — resolved, or rejected after it may have written some — so that the grid's sheet
 * tabs and cells can be read again; `onSnapshot`, when given, sees each snapshot the pane
 * receives (so the page knows, e.g., whether the workbook has a survey). Every other call
 * passes straight through.
 */
export function watchPort(
  port: WorkbookPort,
  onSheetsChanged: () => void,
  onSnapshot?: (snapshot: WorkbookSnapshot) => void,
): WorkbookPort {
  const watched =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } finally {
        onSheetsChanged();
      }
    };
  return {
    snapshot: async (options) => {
      const snapshot = await port.snapshot(options);
      onSnapshot?.(snapshot);
      return snapshot;
    },
    selectCell: (sheet, a1) => port.selectCell(sheet, a1),
    generate: watched((kinds, options) => port.generate(kinds, options)),
    createTemplate: watched((lang) => port.createTemplate(lang)),
    insertExample: watched((lang) => port.insertExample(lang)),
    sheetHeaders: () => port.sheetHeaders(),
    saveMapping: (mapping) => port.saveMapping(mapping),
    loadSettings: () => port.loadSettings(),
    saveSettings: (settings) => port.saveSettings(settings),
  };
}
