/** The pane's contract with the workbook, defined host-neutrally in the core. */
export * from '../core/port/workbookPort';
