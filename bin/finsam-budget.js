#!/usr/bin/env node
// The command line is bundled into dist/cli.js by `npm run build:cli` (run by `npm ci` through "prepare").
const { main } = require('../dist/cli.js');

// `finsam-budget forecast … | head`: the reader has gone; stop quietly instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
