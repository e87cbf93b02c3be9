#!/usr/bin/env node
'use strict';
const { main } = require('../dist/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`service-org: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 3;
  },
);
