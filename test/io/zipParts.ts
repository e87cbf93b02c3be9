/**
 * Read and replace the XML parts of an .xlsx package in tests, through the zip support in
 * SheetJS's bundled CFB library (a declared devDependency; its typings say `any`).
 */
import * as XLSX from 'xlsx';

interface CfbEntry {
  content: Uint8Array;
}
interface CfbContainer {
  FullPaths: string[];
}
interface CfbApi {
  read(data: Buffer, options: { type: 'buffer' }): CfbContainer;
  find(container: CfbContainer, path: string): CfbEntry | null;
  write(container: CfbContainer, options: { fileType: 'zip'; type: 'buffer' }): Buffer;
}

const CFB: CfbApi = XLSX.CFB;

/** Names of the parts of a package, e.g. `xl/worksheets/sheet1.xml`. */
export function zipPartNames(bytes: Buffer): string[] {
  return CFB.read(bytes, { type: 'buffer' })
    .FullPaths.map((p) => p.replace(/^Root Entry\//, ''))
    .filter((p) => p !== '' && !p.endsWith('/') && !p.startsWith('\u0001'));
}

/** The text of one part; throws when it is missing. */
export function zipPartText(bytes: Buffer, part: string): string {
  const entry = CFB.find(CFB.read(bytes, { type: 'buffer' }), `/${part}`);
  if (!entry) throw new Error(`no part ${part}`);
  return Buffer.from(entry.content).toString('utf8');
}

/** A copy of the package with one part's text replaced. */
export function withZipPart(bytes: Buffer, part: string, edit: (xml: string) => string): Buffer {
  const container = CFB.read(bytes, { type: 'buffer' });
  const entry = CFB.find(container, `/${part}`);
  if (!entry) throw new Error(`no part ${part}`);
  entry.content = Buffer.from(edit(Buffer.from(entry.content).toString('utf8')), 'utf8');
  return CFB.write(container, { fileType: 'zip', type: 'buffer' });
}
