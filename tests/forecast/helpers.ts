/** Shared by the forecast CLI and LibreOffice tests: the built command line, the sample, hashes. */
import { spawnSync } from 'node:child_process';
import { ROOT, runCli, type Run } from '../helpers/cli';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export { buildCli, ROOT, SAMPLE } from '../helpers/cli';
export type { Run as RunResult } from '../helpers/cli';

export function run(cwd: string, ...args: string[]): Run {
  return runCli(cwd, args);
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
