/**
 * scripts/preview.js: the static server `npm run preview` and the end-to-end tests use —
 * content types (a .gz sent as itself), 404s, no way out of its folder, 127.0.0.1 only.
 */
import * as fs from 'fs';
import * as http from 'http';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';

interface PreviewServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}
interface PreviewScript {
  startPreviewServer(options: { dir: string; port?: number }): Promise<PreviewServer>;
  contentType(file: string): string;
  parseArgs(
    argv: readonly string[],
    env: NodeJS.ProcessEnv,
  ): { build: boolean; dir: string; port: number };
}

const REPO = path.resolve(__dirname, '..', '..');
const script = createRequire(path.join(REPO, 'package.json'))(
  './scripts/preview.js',
) as PreviewScript;

/** One raw request (no URL normalising, unlike fetch), its status, headers and body. */
function request(
  url: string,
  requestPath: string,
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: requestPath, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/preview.js', () => {
  let root: string;
  let dir: string;
  let server: PreviewServer;
  const gz = Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]);

  beforeAll(async () => {
    // The folder served, and beside it a file no request may reach.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-server-'));
    dir = path.join(root, 'dist');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'preview.html'), '<!doctype html><title>p</title>');
    fs.writeFileSync(path.join(dir, 'preview.abc.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'excelize.wasm.gz'), gz);
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'logo filled.png'), Buffer.from([0x89, 0x50]));
    fs.writeFileSync(path.join(root, 'outside-preview.txt'), 'secret');
    server = await script.startPreviewServer({ dir, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1, on a free port when asked for port 0', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it.each([
    ['/preview.html', 'text/html; charset=utf-8'],
    ['/', 'text/html; charset=utf-8'],
    ['/preview.abc.js?v=1', 'text/javascript; charset=utf-8'],
    ['/assets/logo%20filled.png', 'image/png'],
  ])('serves %s as %s', async (file, type) => {
    const res = await request(server.url, file);
    expect([res.status, res.headers['content-type']]).toEqual([200, type]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves a .gz as application/gzip, byte for byte, without Content-Encoding', async () => {
    const res = await request(server.url, '/excelize.wasm.gz');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(gz.length));
    expect([...res.body]).toEqual([...gz]);
  });

  it.each([
    ['.wasm', 'application/wasm'],
    ['.svg', 'image/svg+xml'],
    ['.map', 'application/json; charset=utf-8'],
    ['.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['.bin', 'application/octet-stream'],
  ])('types %s as %s', (ext, type) => {
    expect(script.contentType(`x${ext}`)).toBe(type);
  });

  it.each([
    '/missing.js',
    '/assets',
    '/assets/',
    '/../outside-preview.txt',
    '/%2e%2e/outside-preview.txt',
    '/assets/..%2f..%2foutside-preview.txt',
    '/%E0%A4%A',
    '/preview.html%00.js',
  ])('answers 404 for %s', async (file) => {
    const res = await request(server.url, file);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe('Not found\n');
  });

  it('answers HEAD without a body, and 405 to other methods', async () => {
    const head = await request(server.url, '/preview.html', 'HEAD');
    expect([head.status, head.body.length]).toEqual([200, 0]);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    const post = await request(server.url, '/preview.html', 'POST');
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('refuses a folder that does not exist, and a port in use', async () => {
    await expect(script.startPreviewServer({ dir: path.join(dir, 'nope') })).rejects.toThrow(
      /is not a folder: build the preview first/,
    );
    await expect(script.startPreviewServer({ dir, port: server.port })).rejects.toThrow(
      `Port ${server.port} is in use`,
    );
  });

  it('reads --no-build, --dir, --port and PORT', () => {
    expect(script.parseArgs([], {})).toEqual({
      build: true,
      dir: path.join(REPO, 'dist'),
      port: 8080,
    });
    expect(script.parseArgs(['--no-build', '--dir', 'out/x'], { PORT: '9000' })).toEqual({
      build: false,
      dir: path.join(REPO, 'out/x'),
      port: 9000,
    });
    expect(script.parseArgs(['--port', '0'], { PORT: '9000' }).port).toBe(0);
    expect(() => script.parseArgs(['--port', 'eighty'], {})).toThrow('Not a port: eighty');
  });
});
