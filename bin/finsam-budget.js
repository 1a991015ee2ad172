#!/usr/bin/env node
// The command line is bundled into dist/cli.js by `npm run build:cli` (run by `npm ci` through "prepare").
const { main } = require('../dist/cli.js');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
