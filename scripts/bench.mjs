// npm run bench [-- --json]: bundles scripts/bench.ts with esbuild (no TypeScript runner needed)
// to dist/bench.js and runs it in a fresh node process. See scripts/bench.ts for what it measures.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['exceljs'], logLevel: 'warning' };

// The CLI the benchmark runs end to end must be the current one.
await build({ ...common, entryPoints: [path.join(root, 'src/cli/main.ts')], outfile: path.join(root, 'dist/cli.js') });
await build({ ...common, entryPoints: [path.join(root, 'scripts/bench.ts')], outfile: path.join(root, 'dist/bench.js') });

// The round-trip hook: a file in src/excel that exports countRoundTrips(action, snapshot).
const env = { ...process.env, FINSAM_ROOT: root };
const excelDir = path.join(root, 'src/excel');
const EXPORT = /export\s+(async\s+)?(function|const|let)\s+countRoundTrips\b|export\s*\{[^}]*\bcountRoundTrips\b/;
if (!existsSync(excelDir)) {
  env.FINSAM_BENCH_EXCEL_REASON = 'src/excel finns inte; inga rundresor mätta';
} else {
  const files = readdirSync(excelDir, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .sort((a, b) => (a.startsWith('index.') ? -1 : b.startsWith('index.') ? 1 : a.localeCompare(b)));
  const hook = files.find((f) => EXPORT.test(readFileSync(path.join(excelDir, f), 'utf8')));
  if (!hook) {
    env.FINSAM_BENCH_EXCEL_REASON = 'src/excel exporterar ännu ingen countRoundTrips(action, snapshot) som räknar context.sync() på mocken; inga rundresor mätta';
  } else {
    const outfile = path.join(root, 'dist/bench-excel.js');
    try {
      await build({ ...common, entryPoints: [path.join(excelDir, hook)], outfile });
      env.FINSAM_BENCH_EXCEL = outfile;
    } catch (e) {
      env.FINSAM_BENCH_EXCEL_REASON = `src/excel/${hook} gick inte att bygga (${e.message.split('\n')[0]})`;
    }
  }
}

const r = spawnSync(process.execPath, [path.join(root, 'dist/bench.js'), ...process.argv.slice(2)], { stdio: 'inherit', env, cwd: root });
process.exitCode = r.status ?? 1;
