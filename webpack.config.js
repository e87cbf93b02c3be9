// @ts-check
/**
 * Builds the Excel add-in's web pages into dist/:
 *   taskpane.html + taskpane bundle  (src/taskpane/index.tsx, the React/Fluent pane)
 *   commands.html + commands bundle  (src/commands/commands.ts, the manifest's FunctionFile)
 * and copies manifest.xml and assets/ beside them; and, as a second compilation into the
 * same folder, the browser preview (every file of it named preview* or excelize*):
 *   preview.html + preview bundle    (src/preview/index.tsx, the same pane on an .xlsx held
 *                                     in the page, for people without Excel)
 *   excelize-worker.js               (src/preview/excelizeWebWorker.ts, native charts)
 *   excelize.wasm.gz                 (fetched by that worker)
 *
 * The preview is compiled apart so that nothing it needs (exceljs, docx, the Buffer
 * polyfill) can change what the add-in loads: the add-in's files are the same with or
 * without it. The preview's assets/ (the pane's logo) are the add-in's, beside it in dist/.
 *
 * No IE11 polyfills and no Babel: Office now hosts add-ins in WebView2 (Windows),
 * WKWebView (Mac) or the browser (Excel on the web), all of which run ES2022.
 *
 *   npm run build       webpack --mode production  (contenthash file names)
 *   npm run dev-server  webpack serve --mode development  (https://localhost:3000)
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_SERVER_PORT = 3000;

/** Files of the preview compilation: the add-in's compilation leaves them alone, and back. */
const PREVIEW_FILE = /^(preview|excelize)/;
/** What `npm run build:cli` (tsc) writes to dist/core, dist/io and dist/cli. */
const CLI_FILE = /^(core|io|cli)[\\/]/;

/**
 * The dev server's TLS settings.
 *
 * Office loads every add-in page over HTTPS and, unlike a browser tab, gives no
 * "proceed anyway" button: the Office client (Excel on the web's browser, WebView2
 * on Windows, WKWebView on Mac) must already trust the certificate. By default
 * webpack-dev-server generates its own self-signed certificate (kept in
 * node_modules/.cache/webpack-dev-server/server.pem and replaced after 30 days),
 * which needs no system certificate store or sudo but must be trusted by hand each
 * time it is regenerated. To use a certificate you already trust (for example one
 * made with openssl or mkcert and added to your OS/browser store), point
 * SERVICE_ORG_CERT_DIR at a folder holding localhost.crt and localhost.key.
 * See docs/sideloading.md.
 *
 * @param {NodeJS.ProcessEnv} processEnv
 * @returns {import('webpack-dev-server').ServerConfiguration}
 */
function httpsServer(processEnv) {
  const dir = processEnv.SERVICE_ORG_CERT_DIR;
  if (!dir) return { type: 'https' };
  const certDir = path.resolve(dir);
  const cert = path.join(certDir, 'localhost.crt');
  const key = path.join(certDir, 'localhost.key');
  const missing = [cert, key].filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    // Falling back silently would serve a certificate Office does not trust.
    throw new Error(
      `SERVICE_ORG_CERT_DIR is set to ${certDir}, but it has no ${missing
        .map((file) => path.basename(file))
        .join(' and no ')}. Put localhost.crt and localhost.key there, or unset ` +
        'SERVICE_ORG_CERT_DIR to use the self-signed certificate of webpack-dev-server.',
    );
  }
  return { type: 'https', options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } };
}

/**
 * How both compilations turn TypeScript into browser JavaScript.
 *
 * @returns {import('webpack').RuleSetRule}
 */
function typeScriptRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        configFile: 'tsconfig.json',
        // Type checking is `npm run typecheck`'s job; the build only transpiles.
        transpileOnly: true,
        // tsconfig.json emits CommonJS for Node (CLI, jest). For the browser bundle
        // keep ES modules so webpack can tree-shake @fluentui/react-components.
        compilerOptions: { module: 'es2020' },
      },
    },
  };
}

/**
 * The Excel add-in: the task pane and the ribbon commands, and the dev server.
 *
 * @param {boolean} production
 * @param {boolean} serving
 * @returns {import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }}
 */
function addInConfig(production, serving) {
  return {
    name: 'add-in',
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash].js' : '[name].js',
      // Keep what build:cli writes, and the preview's files (the other compilation's).
      clean: { keep: (file) => CLI_FILE.test(file) || PREVIEW_FILE.test(file) },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [typeScriptRule()],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    optimization: {
      // React and Fluent change less often than our code: a separate, long-cached chunk.
      splitChunks: {
        cacheGroups: {
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendor',
            chunks: 'all',
          },
        },
      },
    },
    performance: {
      // Fluent UI v9 and React make a large vendor chunk; warn only past a real regression.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_200_000,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      server: serving ? httpsServer(process.env) : { type: 'https' },
      headers: { 'Access-Control-Allow-Origin': '*' },
      // The pane is also opened in a plain browser tab; an error overlay there is fine.
      client: { overlay: { errors: true, warnings: false } },
    },
  };
}

/**
 * The browser preview: preview.html with the pane and the page around it (React and Fluent
 * in its own bundle), the workbook code (exceljs, docx) in a chunk loaded when a workbook is
 * first opened, excelize's Web Worker under a fixed name, and its WebAssembly. The add-in's
 * dev server serves it too (https://localhost:3000/preview.html); `npm run preview` serves
 * the production build with scripts/preview.js.
 *
 * @param {boolean} production
 * @returns {import('webpack').Configuration}
 */
function previewConfig(production) {
  return {
    name: 'preview',
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    entry: {
      preview: './src/preview/index.tsx',
      // browserFileHost starts the worker by this name, relative to the page.
      'excelize-worker': {
        import: './src/preview/excelizeWebWorker.ts',
        filename: 'excelize-worker.js',
        chunkLoading: false,
      },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash].js' : '[name].js',
      chunkFilename: production ? 'preview-[name].[contenthash].js' : 'preview-[name].js',
      // Remove old preview files only; the add-in's and build:cli's are not this build's.
      clean: { keep: (file) => !PREVIEW_FILE.test(file) },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // exceljs resolves to its browser build (dist/exceljs.min.js) through the "browser"
      // field of its package.json, which webpack reads for the web target. No fallback for
      // Node built-ins: nothing in the preview's graph needs one, and a Node-only module
      // reaching it (fs, node:worker_threads, …) must fail the build, not become empty.
    },
    module: {
      rules: [typeScriptRule()],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
      // src/io/xlsx uses Node's global Buffer; in the browser it is the `buffer` package.
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new CopyWebpackPlugin({
        patterns: [
          // excelize-worker.js fetches it relative to itself (beside preview.html).
          { from: 'node_modules/excelize-wasm/excelize.wasm.gz', to: 'excelize.wasm.gz' },
        ],
      }),
    ],
    performance: {
      // The page's first load is React, Fluent and the pane; exceljs and docx (the largest
      // chunk) come when a workbook is opened. The WebAssembly is not JavaScript: not counted.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_500_000,
      assetFilter: (file) => file.endsWith('.js'),
    },
  };
}

/**
 * @param {Record<string, unknown>} [env] webpack-cli's --env values (it sets WEBPACK_SERVE for `webpack serve`)
 * @param {{ mode?: 'production' | 'development' | 'none' }} [argv]
 * @returns {[ReturnType<typeof addInConfig>, import('webpack').Configuration]} the add-in, then the preview
 */
module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  return [addInConfig(production, serving), previewConfig(production)];
};

module.exports.httpsServer = httpsServer;
