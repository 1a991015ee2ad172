// npm run bench [-- --json]: bundles scripts/bench.ts with esbuild (no TypeScript runner needed)
// to dist/bench.js and runs it in a fresh node process. See scripts/bench.ts for what it measures.
import { build } from 'esbuild';
import { zodEnglishOnly } from './esbuild-zod.mjs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['exceljs', 'jsdom', '@microsoft/office-js'], plugins: [zodEnglishOnly], logLevel: 'warning' };

// The CLI the benchmark runs end to end must be the current one, built as npm builds it.
spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });
await build({ ...common, entryPoints: [path.join(root, 'scripts/bench.ts')], outfile: path.join(root, 'dist/bench.js') });

// The round-trip counter: the Office.js host on the fake Excel object model of the host tests.
const env = { ...process.env, FINSAM_ROOT: root };
const outfile = path.join(root, 'dist/bench-excel.js');
try {
  await build({ ...common, entryPoints: [path.join(root, 'scripts/bench-roundtrips.ts')], outfile });
  env.FINSAM_BENCH_EXCEL = outfile;
} catch (e) {
  env.FINSAM_BENCH_EXCEL_REASON = `scripts/bench-roundtrips.ts gick inte att bygga (${e.message.split('\n')[0]})`;
}

const r = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'dist/bench.js'), ...process.argv.slice(2)], { stdio: 'inherit', env, cwd: root });
process.exitCode = r.status ?? 1;
