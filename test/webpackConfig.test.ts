/**
 * webpack.config.js, loaded as webpack-cli loads it (no build is run here): the two pages
 * the manifest names are produced, from entries that exist, without IE11-era polyfills; and,
 * compiled apart so that it cannot change what the add-in loads, the browser preview.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import type { Configuration, EntryObject, RuleSetRule } from 'webpack';

const REPO = path.resolve(__dirname, '..');

interface DevServerSettings {
  port?: number;
  server?: { type?: string; options?: { cert?: Buffer; key?: Buffer } };
  headers?: Record<string, string>;
}
type Config = Configuration & { devServer?: DevServerSettings };
type ConfigFactory = ((
  env?: Record<string, unknown>,
  argv?: { mode?: 'production' | 'development' },
) => Config[]) & { httpsServer: (env: NodeJS.ProcessEnv) => DevServerSettings['server'] };

/** A webpack plugin seen from outside: its class name and the options it was given. */
interface PluginLike {
  constructor: { name: string };
  userOptions?: { filename?: string; template?: string; chunks?: string[] };
  patterns?: Array<{ from: string; to?: string }>;
  definitions?: Record<string, unknown>;
}

const requireFromRepo = createRequire(path.join(REPO, 'package.json'));
const factory = requireFromRepo('./webpack.config.js') as ConfigFactory;

/** The configuration of that name, of the array the factory returns. */
function named(configs: Config[], name: string): Config {
  const config = configs.find((c) => c.name === name);
  if (!config) throw new Error(`webpack.config.js has no configuration named ${name}`);
  return config;
}
const production = named(factory({}, { mode: 'production' }), 'add-in');
const development = named(factory({}, { mode: 'development' }), 'add-in');
const preview = named(factory({}, { mode: 'production' }), 'preview');
const previewDevelopment = named(factory({}, { mode: 'development' }), 'preview');

/** Whether an output `clean.keep` keeps a file (RegExp or function). */
function kept(config: Config, file: string): boolean {
  const clean = config.output?.clean;
  expect(typeof clean).toBe('object');
  const keep = (clean as { keep?: RegExp | ((f: string) => boolean) }).keep;
  return keep instanceof RegExp ? keep.test(file) : Boolean(keep?.(file));
}

/** Every module request an entry names, whatever shape the entry takes. */
function entryRequests(entry: Configuration['entry']): Record<string, string[]> {
  expect(typeof entry).toBe('object');
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(entry as EntryObject)) {
    const imports = typeof value === 'string' || Array.isArray(value) ? value : value.import;
    out[name] = ([] as string[]).concat(imports);
  }
  return out;
}

function plugins(config: Config, className: string): PluginLike[] {
  return ((config.plugins ?? []) as unknown as PluginLike[]).filter(
    (p) => p?.constructor?.name === className,
  );
}

describe('webpack.config.js (production)', () => {
  it('is a function of (env, argv), as webpack-cli calls it, giving the add-in then the preview', () => {
    expect(typeof factory).toBe('function');
    expect(factory({}, { mode: 'production' }).map((c) => c.name)).toEqual(['add-in', 'preview']);
    expect(production.mode).toBe('production');
    expect(development.mode).toBe('development');
    expect(preview.mode).toBe('production');
    expect(previewDevelopment.mode).toBe('development');
  });

  it('has the taskpane and commands entries, pointing at files that exist', () => {
    const entries = entryRequests(production.entry);
    expect(entries).toEqual({
      taskpane: ['./src/taskpane/index.tsx'],
      commands: ['./src/commands/commands.ts'],
    });
    for (const request of Object.values(entries).flat()) {
      expect(fs.existsSync(path.join(REPO, request))).toBe(true);
    }
  });

  it('references no polyfill in any entry or plugin', () => {
    const requests = Object.values(entryRequests(production.entry)).flat();
    const polyfill = /polyfill|core-js|regenerator|es6-promise|@babel/i;
    expect(requests.filter((r) => polyfill.test(r))).toEqual([]);
    expect(plugins(production, 'ProvidePlugin')).toEqual([]);
    const loaders = JSON.stringify(production.module?.rules ?? []);
    expect(loaders).not.toMatch(/babel-loader/);
  });

  it('writes taskpane.html and commands.html from their templates, each with its own bundle', () => {
    const html = plugins(production, 'HtmlWebpackPlugin').map((p) => p.userOptions ?? {});
    expect(html.map((o) => o.filename).sort()).toEqual(['commands.html', 'taskpane.html']);
    for (const options of html) {
      const name = path.basename(options.filename ?? '', '.html');
      expect(options.template).toBe(`./src/${name}/${name}.html`);
      expect(fs.existsSync(path.join(REPO, options.template ?? ''))).toBe(true);
      expect(options.chunks).toEqual([name]);
    }
  });

  it('copies assets/ and manifest.xml into dist/', () => {
    const [copy] = plugins(production, 'CopyPlugin');
    const from = (copy?.patterns ?? []).map((p) => p.from).sort();
    expect(from).toEqual(['assets', 'manifest.xml']);
    expect(production.output?.path).toBe(path.join(REPO, 'dist'));
  });

  it("leaves build:cli's output and the preview's files in dist/ when it cleans", () => {
    for (const file of ['core/index.js', 'io/xlsx/readXlsx.js', 'cli/main.js'])
      expect([file, kept(production, file)]).toEqual([file, true]);
    for (const file of [
      'preview.html',
      'preview.1a2b.js',
      'preview-960.1a2b.js',
      'excelize-worker.js',
      'excelize.wasm.gz',
    ])
      expect([file, kept(production, file)]).toEqual([file, true]);
    for (const file of ['taskpane.1a2b.js', 'vendor.1a2b.js', '38.1a2b.js', 'taskpane.html'])
      expect([file, kept(production, file)]).toEqual([file, false]);
  });

  it('names bundles by content hash in production only', () => {
    expect(production.output?.filename).toContain('[contenthash]');
    expect(development.output?.filename).not.toContain('[contenthash]');
  });

  it('transpiles TypeScript with ts-loader only (type checking is tsc --noEmit)', () => {
    const rules = (production.module?.rules ?? []) as RuleSetRule[];
    const ts = rules.find((r) => r.test instanceof RegExp && r.test.test('index.tsx'));
    const use = ts?.use as { loader?: string; options?: Record<string, unknown> } | undefined;
    expect(use?.loader).toBe('ts-loader');
    expect(use?.options).toMatchObject({ transpileOnly: true, configFile: 'tsconfig.json' });
  });

  it('sets explicit bundle size limits instead of default warnings', () => {
    expect(production.performance).toMatchObject({ hints: 'warning' });
    const performance = production.performance as { maxEntrypointSize?: number };
    expect(performance.maxEntrypointSize).toBeGreaterThan(250_000);
  });
});

describe('webpack.config.js (the browser preview)', () => {
  it('has the preview and excelize worker entries, pointing at files that exist', () => {
    const entries = entryRequests(preview.entry);
    expect(entries).toEqual({
      preview: ['./src/preview/index.tsx'],
      'excelize-worker': ['./src/preview/excelizeWebWorker.ts'],
    });
    for (const request of Object.values(entries).flat())
      expect(fs.existsSync(path.join(REPO, request))).toBe(true);
    // browserFileHost starts the worker by this fixed name, relative to the page.
    const worker = (preview.entry as Record<string, { filename?: string }>)['excelize-worker'];
    expect(worker?.filename).toBe('excelize-worker.js');
  });

  it('writes preview.html from its template, with the preview bundle only', () => {
    const html = plugins(preview, 'HtmlWebpackPlugin').map((p) => p.userOptions ?? {});
    expect(html).toEqual([
      expect.objectContaining({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
    ]);
    expect(fs.existsSync(path.join(REPO, 'src/preview/preview.html'))).toBe(true);
  });

  it("provides Node's Buffer from the buffer package, a dependency, to the preview only", () => {
    const [provide, ...more] = plugins(preview, 'ProvidePlugin');
    expect(more).toEqual([]);
    expect(provide?.definitions).toEqual({ Buffer: ['buffer', 'Buffer'] });
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.buffer).toMatch(/^\^6\./);
    expect(plugins(production, 'ProvidePlugin')).toEqual([]);
  });

  it('bundles no empty stand-in for a Node built-in (a Node-only import must fail the build)', () => {
    expect(preview.resolve?.fallback).toBeUndefined();
    expect(production.resolve?.fallback).toBeUndefined();
  });

  it("copies excelize's WebAssembly beside preview.html", () => {
    const [copy] = plugins(preview, 'CopyPlugin');
    expect(copy?.patterns).toEqual([
      { from: 'node_modules/excelize-wasm/excelize.wasm.gz', to: 'excelize.wasm.gz' },
    ]);
    expect(fs.existsSync(path.join(REPO, 'node_modules/excelize-wasm/excelize.wasm.gz'))).toBe(
      true,
    );
  });

  it('names every file it writes preview* or excelize*, and cleans only those', () => {
    expect(preview.output?.path).toBe(path.join(REPO, 'dist'));
    expect(preview.output?.filename).toBe('[name].[contenthash].js');
    expect(preview.output?.chunkFilename).toBe('preview-[name].[contenthash].js');
    expect(previewDevelopment.output?.chunkFilename).toBe('preview-[name].js');
    for (const file of ['preview.1a2b.js', 'preview-960.1a2b.js', 'excelize-worker.js'])
      expect([file, kept(preview, file)]).toEqual([file, false]);
    for (const file of [
      'taskpane.html',
      'vendor.1a2b.js',
      'assets/logo-filled.png',
      'core/index.js',
    ])
      expect([file, kept(preview, file)]).toEqual([file, true]);
  });

  it('transpiles TypeScript as the add-in does, and has no dev server of its own', () => {
    expect(preview.module?.rules).toEqual(production.module?.rules);
    expect(preview.devServer).toBeUndefined();
  });
});

describe('webpack.config.js dev server', () => {
  it('serves https on port 3000 with CORS open', () => {
    expect(development.devServer?.port).toBe(3000);
    expect(development.devServer?.server?.type).toBe('https');
    expect(development.devServer?.headers).toEqual({ 'Access-Control-Allow-Origin': '*' });
  });

  describe('certificate', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certs-test-'));
    });
    afterAll(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('lets webpack-dev-server generate one when SERVICE_ORG_CERT_DIR is unset', () => {
      expect(factory.httpsServer({})).toEqual({ type: 'https' });
    });

    it('uses localhost.crt and localhost.key from SERVICE_ORG_CERT_DIR', () => {
      fs.writeFileSync(path.join(dir, 'localhost.crt'), 'CERT');
      fs.writeFileSync(path.join(dir, 'localhost.key'), 'KEY');
      const server = factory.httpsServer({ SERVICE_ORG_CERT_DIR: dir });
      expect(server?.type).toBe('https');
      expect(server?.options?.cert?.toString()).toBe('CERT');
      expect(server?.options?.key?.toString()).toBe('KEY');
    });

    it('fails loudly when SERVICE_ORG_CERT_DIR lacks the files', () => {
      const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
      expect(() => factory.httpsServer({ SERVICE_ORG_CERT_DIR: empty })).toThrow(
        /localhost\.crt and no localhost\.key/,
      );
    });
  });
});
