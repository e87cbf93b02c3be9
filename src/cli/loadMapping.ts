import { readFile } from 'node:fs/promises';
import { parseColumnMapping, type ColumnMapping } from '../core/read/columnMapping';

export type MappingLoad =
  { ok: true; mapping?: ColumnMapping } | { ok: false; problems: readonly string[] };

/** Read and check a column-mapping JSON file. */
export async function loadMapping(path: string | undefined): Promise<MappingLoad> {
  if (path === undefined) return { ok: true };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return {
      ok: false,
      problems: [
        `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problems: [`${path} is not valid JSON: ${(e as Error).message}`] };
  }
  const parsed = parseColumnMapping(json);
  if (parsed.problems.length > 0 || !parsed.mapping)
    return { ok: false, problems: parsed.problems.map((p) => `${path}: ${p}`) };
  return { ok: true, mapping: parsed.mapping };
}
