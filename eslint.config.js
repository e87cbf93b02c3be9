// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

/** Hosts and UI the pure core must never reach. */
const CORE_FORBIDDEN = [
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    message: 'src/core is pure: no React.',
  },
  { group: ['@fluentui/*'], message: 'src/core is pure: no Fluent UI.' },
  { group: ['exceljs', 'xlsx', 'excelize-wasm'], message: 'src/core is pure: no file libraries.' },
  {
    group: ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process'],
    message: 'src/core is pure: no Node I/O.',
  },
  {
    group: [
      '**/io/*',
      '**/io/**',
      '**/cli/**',
      '**/taskpane/**',
      '**/preview/**',
      '**/commands/**',
    ],
    message: 'Dependencies point one way: core ← io ← ui/cli.',
  },
];

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'test/output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: CORE_FORBIDDEN }],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'src/core is pure: no Office.js.' },
        { name: 'Excel', message: 'src/core is pure: no Office.js.' },
        { name: 'document', message: 'src/core is pure: no DOM.' },
        { name: 'window', message: 'src/core is pure: no DOM.' },
        { name: 'process', message: 'src/core is pure: no process.' },
        { name: 'require', message: 'src/core is pure: use imports.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/io/excel/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Excel'][property.name='run']",
          message: 'All Excel.run calls live in src/io/excel.',
        },
      ],
    },
  },
);
