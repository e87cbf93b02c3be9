/**
 * What the end-to-end tests share: the built preview served by scripts/preview.js, Debian's
 * Chromium driven by playwright-core, every page error and console error collected (a test
 * fails on any), screenshots written to test/output/screenshots/, downloads read back.
 *
 * Needs `npm run build` (dist/preview.html) and `/usr/bin/chromium`. Without them the tests
 * fail, never skip, saying what to do; `.ci/run` installs chromium and `npm test` builds.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'test', 'output', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The built preview, served, and a browser; both closed by `close`. */
export interface PreviewSession {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Start the server and the browser, or fail saying what is missing. */
export async function startSession(): Promise<PreviewSession> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}: sudo apt-get install -y --no-install-recommends chromium`,
    );
  if (!existsSync(path.join(DIST, 'preview.html')))
    throw new Error('dist/preview.html is missing: run `npm run build` (npm test does) first.');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startPreviewServer } = require('../../scripts/preview.js') as {
    startPreviewServer(options: { dir: string; port: number }): Promise<PreviewServer>;
  };
  const server = await startPreviewServer({ dir: DIST, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A page whose errors are collected: `errors` must stay empty. */
export interface WatchedPage {
  readonly page: Page;
  readonly errors: string[];
}

export async function openPage(
  session: PreviewSession,
  query: string,
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const page = await session.browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  await page.goto(`${session.url}/preview.html${query}`);
  return { page, errors };
}

/** Save a screenshot as test/output/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Click what starts a download, and read the file the page gives. */
export async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ readonly name: string; readonly bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const saved = await (file as Download).path();
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync(saved) };
}
