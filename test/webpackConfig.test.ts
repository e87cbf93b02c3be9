/**
 * webpack.config.js, loaded as webpack-cli loads it (no build is run here): the two pages
 * the manifest names are produced, from entries that exist, without IE11-era polyfills.
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
) => Config) & { httpsServer: (env: NodeJS.ProcessEnv) => DevServerSettings['server'] };

/** A webpack plugin seen from outside: its class name and the options it was given. */
interface PluginLike {
  constructor: { name: string };
  userOptions?: { filename?: string; template?: string; chunks?: string[] };
  patterns?: Array<{ from: string; to?: string }>;
}

const requireFromRepo = createRequire(path.join(REPO, 'package.json'));
const factory = requireFromRepo('./webpack.config.js') as ConfigFactory;
const production = factory({}, { mode: 'production' });
const development = factory({}, { mode: 'development' });

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
  it('is a function of (env, argv), as webpack-cli calls it', () => {
    expect(typeof factory).toBe('function');
    expect(production.mode).toBe('production');
    expect(development.mode).toBe('development');
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
