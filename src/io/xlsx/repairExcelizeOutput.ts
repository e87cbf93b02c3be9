import JSZip from 'jszip';

/*
 * What excelize 2.10 (excelize-wasm 0.1.3) writes differently from what we need, put right
 * in its output package:
 * - a chart series name is always a reference (`<c:tx><c:strRef><c:f>Name</c:f>`), so a
 *   literal name would be read as a formula (LibreOffice shows "Column B"). Callers give
 *   each series a placeholder name; it becomes the literal `<c:tx><c:v>Name</c:v>`;
 * - a radar series takes its colour as a fill, which colours nothing on a radar line; it
 *   becomes the line's colour;
 * - the sheets it rewrites (those that get a chart) have their boolean attributes as
 *   `true`/`false`. That is valid XML Schema, and Excel and LibreOffice read it, but exceljs
 *   (hence this tool reading its own output) takes only `1` for fit-to-page, print options
 *   and the like; they are written `1`/`0` again, as Excel does.
 */

/** The real name of a series excelize wrote under a placeholder name. */
export interface SeriesRepair {
  readonly name: string;
  /** `#RRGGBB` for the line of a radar series. */
  readonly lineColor?: string;
}

/** Boolean worksheet attributes exceljs 4.4 reads as true only when they are `1`. */
const ONE_ONLY_BOOLEANS = [
  'fitToPage',
  'rightToLeft',
  'tabSelected',
  'headings',
  'gridLines',
  'horizontalCentered',
  'verticalCentered',
  'blackAndWhite',
  'draft',
  'useFirstPageNumber',
  'usePrinterDefaults',
  'objects',
  'scenarios',
  'selectLockedCells',
  'selectUnlockedCells',
];
const BOOLEAN_ATTRIBUTE = new RegExp(`\\s(${ONE_ONLY_BOOLEANS.join('|')})="(true|false)"`, 'g');

/**
 * Repair a package excelize wrote: series names by placeholder (every placeholder must be
 * found, or excelize wrote something unexpected and this throws), radar line colours, and
 * the boolean attributes of the named sheets it rewrote.
 */
export async function repairExcelizeOutput(
  bytes: Uint8Array,
  series: ReadonlyMap<string, SeriesRepair>,
  rewrittenSheets: ReadonlySet<string>,
): Promise<Uint8Array> {
  // A Buffer, which JSZip recognises whatever realm the bytes were made in.
  const zip = await JSZip.loadAsync(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const found = new Set<string>();

  for (const part of zip.file(/^xl\/charts\/chart\d+\.xml$/)) {
    const xml = await part.async('string');
    const edited = xml.replace(
      /<((?:\w+:)?)ser>([\s\S]*?)<\/\1ser>/g,
      (whole: string, p: string, body: string) => {
        const tx = new RegExp(`<${p}tx><${p}strRef><${p}f>([^<]*)</${p}f></${p}strRef></${p}tx>`);
        const match = tx.exec(body);
        const repair = match ? series.get(match[1] ?? '') : undefined;
        if (!match || !repair) return whole;
        found.add(match[1] ?? '');
        let out = body.replace(match[0], `<${p}tx><${p}v>${xmlText(repair.name)}</${p}v></${p}tx>`);
        if (repair.lineColor !== undefined) {
          const fill = `<a:solidFill><a:srgbClr val="${repair.lineColor.slice(1)}"></a:srgbClr></a:solidFill>`;
          out = out.replace(
            new RegExp(`<${p}spPr><a:solidFill>[\\s\\S]*?</a:solidFill></${p}spPr>`),
            `<${p}spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></${p}spPr>`,
          );
        }
        return `<${p}ser>${out}</${p}ser>`;
      },
    );
    if (edited !== xml) zip.file(part.name, edited, { createFolders: false });
  }
  const missing = [...series.keys()].filter((token) => !found.has(token));
  if (missing.length > 0) {
    throw new Error(`excelize wrote no series named ${missing.join(', ')}`);
  }

  for (const path of await sheetParts(zip, rewrittenSheets)) {
    const part = zip.file(path);
    if (!part) throw new Error(`The package has no part ${path}`);
    const xml = await part.async('string');
    const edited = xml.replace(
      BOOLEAN_ATTRIBUTE,
      (_: string, name: string, value: string) => ` ${name}="${value === 'true' ? 1 : 0}"`,
    );
    if (edited !== xml) zip.file(path, edited, { createFolders: false });
  }

  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The worksheet parts of the named sheets, through workbook.xml and its relationships. */
async function sheetParts(zip: JSZip, names: ReadonlySet<string>): Promise<string[]> {
  if (names.size === 0) return [];
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      attribute(m[0], 'Id'),
      attribute(m[0], 'Target'),
    ]),
  );
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .filter((m) => names.has(attribute(m[0], 'name')))
    .map((m) => {
      const target = targets.get(attribute(m[0], 'r:id')) ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    });
}

/** The unescaped value of an attribute of a start tag ('' when absent). */
function attribute(tag: string, name: string): string {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
}

/** Text for XML character data: markup escaped, characters XML 1.0 forbids dropped. */
function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
