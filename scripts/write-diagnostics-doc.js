// Writes docs/diagnostics.md from the catalog (run after `npm run build:cli`).
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { diagnosticsMarkdown } = require('../dist/core/i18n/diagnosticsDoc.js');

const out = path.resolve(__dirname, '../docs/diagnostics.md');
writeFileSync(out, diagnosticsMarkdown());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
