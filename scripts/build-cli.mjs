// Bundles the command line into one file so it starts fast (no TypeScript at run time).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  outfile: 'dist/cli.js',
  external: ['exceljs'],
  format: 'cjs',
  logLevel: 'warning',
});
