import type { Grid } from '../core/model/grid';
import { readWorkbookFile } from '../io/xlsx/readWorkbookFile';

/** Files read as one workbook: one FILE, or every FILE with `--combine`. */
export interface InputGroup {
  /** How messages name the group: the file, or the files joined by " + ". */
  readonly label: string;
  readonly files: readonly string[];
}

export type GroupRead = { ok: true; grids: Grid[] } | { ok: false; error: string };

/** The workbooks a command works on: each FILE alone, or all of them as one with `--combine`. */
export function inputGroups(files: readonly string[], combine: boolean): InputGroup[] {
  return combine
    ? [{ label: files.join(' + '), files }]
    : files.map((f) => ({ label: f, files: [f] }));
}

/** Give each combined sheet a unique name (two CSVs may share a stem). */
function uniqueSheets(grids: readonly Grid[]): Grid[] {
  const used = new Set<string>();
  return grids.map((g) => {
    let name = g.sheet;
    for (let n = 2; used.has(`${name}\u0000${g.table ?? ''}`); n++) name = `${g.sheet} (${n})`;
    used.add(`${name}\u0000${g.table ?? ''}`);
    return name === g.sheet ? g : { ...g, sheet: name };
  });
}

/** Read a group's files (.xlsx or .csv) into grids; an unreadable file is an error message. */
export async function readInputGroup(group: InputGroup): Promise<GroupRead> {
  try {
    const grids = await Promise.all(group.files.map((f) => readWorkbookFile(f)));
    return { ok: true, grids: uniqueSheets(grids.flat()) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return {
      ok: false,
      error: err.code === 'ENOENT' ? `no such file: ${err.path ?? group.label}` : err.message,
    };
  }
}
