// Bundles the command line into one file so it starts fast (no TypeScript at run time).
// Written to a temporary file and renamed, so a test running the CLI never starts a
// half-written bundle. `--out=FILE` (default dist/cli.js).
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zodEnglishOnly } from './esbuild-zod.mjs';

const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'dist/cli.js';
const result = await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['exceljs'],
  format: 'cjs',
  plugins: [zodEnglishOnly],
  write: false,
  logLevel: 'warning',
});
mkdirSync(path.dirname(out), { recursive: true });
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, result.outputFiles[0].contents);
renameSync(tmp, out);
