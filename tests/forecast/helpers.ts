/** Shared by the forecast CLI and LibreOffice tests: the built command line, the sample, hashes. */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const SAMPLE = path.join(ROOT, 'examples', 'budgetplan-2026.xlsx');
const BIN = path.join(ROOT, 'bin', 'finsam-budget.js');

/**
 * Bundles the CLI from the current source into dist/cli.js, written to a temporary file and
 * renamed, so a test file running in parallel never starts a half-written bundle.
 */
export function buildCli(): void {
  const script = `
    const { build } = require('esbuild');
    const fs = require('node:fs');
    const out = process.argv[1];
    build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', target: 'node20',
            external: ['exceljs'], format: 'cjs', logLevel: 'warning', write: false })
      .then((r) => { const tmp = out + '.' + process.pid + '.tmp'; fs.mkdirSync(require('node:path').dirname(out), { recursive: true });
                     fs.writeFileSync(tmp, r.outputFiles[0].contents); fs.renameSync(tmp, out); })
      .catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script, path.join(ROOT, 'dist', 'cli.js')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the CLI failed: ${r.stderr}`);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(cwd: string, ...args: string[]): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The sample plan with the given years' numbers blanked, written by scripts/make-sample.mjs. */
export function writeSample(file: string, emptyYears: number[]): void {
  const script = `
    import(${JSON.stringify(path.join(ROOT, 'scripts', 'make-sample.mjs'))})
      .then((m) => m.buildSample({ emptyYears: ${JSON.stringify(emptyYears)} }).xlsx.writeFile(process.argv[1]))
      .catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 || !fs.existsSync(file)) throw new Error(`writing the sample failed: ${r.stderr}`);
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
