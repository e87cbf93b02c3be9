#!/usr/bin/env node
// @ts-check
/**
 * The browser preview, served: builds the pages (webpack, production) and serves dist/ on
 * http://localhost:8080/preview.html with a small static file server (no dependency, bound
 * to 127.0.0.1 only: the preview is for this computer).
 *
 *   npm run preview                          build, then serve dist/ on PORT (default 8080)
 *   node scripts/preview.js --no-build       serve what is already built
 *   node scripts/preview.js --dir DIR --port N
 *
 * The end-to-end tests and benchmarks start it from code:
 *
 *   const { startPreviewServer } = require('./scripts/preview');
 *   const server = await startPreviewServer({ dir: 'dist', port: 0 }); // 0: any free port
 *   // … fetch(`${server.url}/preview.html`) …
 *   await server.close();
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { spawnSync } = require('child_process');
const { URL } = require('url');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_PORT = 8080;
const HOST = '127.0.0.1';

/**
 * Content types by extension. `.gz` is sent as the file it is (application/gzip, no
 * Content-Encoding): excelize-wasm fetches excelize.wasm.gz and gunzips it itself.
 *
 * @type {Readonly<Record<string, string>>}
 */
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The content type of a file, by its extension.
 *
 * @param {string} file
 * @returns {string}
 */
function contentType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `dir` a request path names, or undefined when it names none (outside `dir`,
 * malformed, or not a regular file). `/` is preview.html.
 *
 * @param {string} dir absolute
 * @param {string} url the request's URL (path and query)
 * @returns {string | undefined}
 */
function fileFor(dir, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  if (pathname === '/') pathname = '/preview.html';
  const file = path.resolve(dir, `.${pathname}`);
  if (file !== dir && !file.startsWith(dir + path.sep)) return undefined;
  try {
    return fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answer one request: GET or HEAD of a file, else 404 (or 405 for other methods).
 *
 * @param {string} dir absolute
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
function serve(dir, request, response) {
  const plain = (/** @type {number} */ status, /** @type {string} */ text) => {
    response.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      ...(status === 405 ? { Allow: 'GET, HEAD' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : text);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return plain(405, 'Method not allowed\n');
  const file = fileFor(dir, request.url ?? '/');
  if (!file) return plain(404, 'Not found\n');
  response.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': fs.statSync(file).size,
    // A local preview: always check for a newer build.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') return response.end();
  fs.createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/**
 * @typedef {object} PreviewServer
 * @property {string} url  `http://127.0.0.1:PORT`, no trailing slash
 * @property {number} port
 * @property {() => Promise<void>} close  stop listening and drop open connections
 */

/**
 * Serve a folder (the built dist/) on 127.0.0.1.
 *
 * @param {{ dir: string, port?: number }} options `port` 0 picks a free port; default 8080
 * @returns {Promise<PreviewServer>} rejects when the folder is missing or the port is taken
 */
function startPreviewServer({ dir, port = DEFAULT_PORT }) {
  const root = path.resolve(dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory())
    return Promise.reject(
      new Error(`${root} is not a folder: build the preview first (npm run build).`),
    );
  const server = http.createServer((request, response) => serve(root, request, response));
  return new Promise((resolve, reject) => {
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use: set PORT to another port, or stop what uses it.`)
          : error,
      ),
    );
    server.listen(port, HOST, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${HOST}:${actual}`,
        port: actual,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Build the pages with webpack (production); exits when the build fails. */
function build() {
  process.stdout.write('preview: building (webpack --mode production)…\n');
  const result = spawnSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    process.stderr.write('preview: the build failed (see above); nothing is served.\n');
    process.exit(result.status ?? 1);
  }
}

/**
 * The command line: `[--no-build] [--dir DIR] [--port N]` (PORT in the environment also sets it).
 *
 * @param {readonly string[]} argv
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ build: boolean, dir: string, port: number }}
 */
function parseArgs(argv, env) {
  const value = (/** @type {string} */ name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const port = Number(value('--port') ?? env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Not a port: ${value('--port') ?? env.PORT}`);
  return {
    build: !argv.includes('--no-build'),
    dir: path.resolve(ROOT, value('--dir') ?? 'dist'),
    port,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2), process.env);
  if (options.build) build();
  const server = await startPreviewServer(options);
  process.stdout.write(
    `preview: serving ${path.relative(process.cwd(), options.dir) || '.'} on ` +
      `http://localhost:${server.port}/preview.html (this computer only; Ctrl+C stops)\n`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`preview: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

module.exports = { startPreviewServer, contentType, parseArgs, MIME_TYPES };
