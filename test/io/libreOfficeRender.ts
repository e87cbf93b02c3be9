/**
 * Shared by the real-client tests: check that LibreOffice, poppler and a Chinese font are
 * installed (failing, never skipping, with the Debian packages to install), and render a
 * written file to PDF, returning its text and drawing its pages into test/output/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const OUTPUT = path.join(__dirname, '..', 'output');

/** True when `command` runs (a missing command makes spawnSync report ENOENT). */
const runs = (command: string, args: readonly string[]): boolean =>
  spawnSync(command, [...args], { stdio: 'ignore', timeout: 60_000 }).error === undefined;

/** Throw, naming the packages to install, unless the tools the tests need are there. */
export function requireOfficeTools(packages: string): void {
  const tools: readonly (readonly [string, readonly string[]])[] = [
    ['libreoffice', ['--version']],
    ['pdftotext', ['-v']],
    ['pdftoppm', ['-v']],
  ];
  const missing = tools
    .filter(([command, args]) => !runs(command, args))
    .map(([command]) => command);
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.error !== undefined || fonts.stdout.trim() === '') missing.push('a Chinese font');
  if (missing.length > 0) {
    throw new Error(
      `This test needs ${missing.join(', ')}. On Debian or Ubuntu: ` +
        `sudo apt-get install -y --no-install-recommends ${packages}`,
    );
  }
}

export interface Rendered {
  readonly text: string;
  /** File names of the page images in test/output/. */
  readonly pages: readonly string[];
}

/**
 * Write `bytes` as `name.ext`, convert it to PDF with LibreOffice (a profile of its own, so
 * parallel runs and a desktop LibreOffice do not clash), return the PDF's text, and draw its
 * pages as test/output/NAME-N.png for people to look at.
 */
export function renderWithLibreOffice(
  name: string,
  ext: 'xlsx' | 'docx',
  bytes: Uint8Array,
  dpi = 60,
): Rendered {
  const work = mkdtempSync(path.join(tmpdir(), 'service-org-lo-'));
  try {
    const file = path.join(work, `${name}.${ext}`);
    writeFileSync(file, bytes);
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    execFileSync(
      'libreoffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        file,
      ],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const pdf = path.join(work, `${name}.pdf`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    mkdirSync(OUTPUT, { recursive: true });
    for (const old of readdirSync(OUTPUT).filter((f) => f.startsWith(`${name}-`)))
      rmSync(path.join(OUTPUT, old));
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(OUTPUT, name)]);
    const pages = readdirSync(OUTPUT).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f));
    return { text, pages };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
