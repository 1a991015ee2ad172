/** The built command line, as every CLI test runs it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const SAMPLE = path.join(ROOT, 'examples', 'budgetplan-2026.xlsx');
const BIN = path.join(ROOT, 'bin', 'finsam-budget.js');

/** Bundles the CLI from the current source into dist/cli.js (scripts/build-cli.mjs writes it atomically). */
export function buildCli(): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the CLI failed: ${r.stderr}`);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd`; nodeArgs go to node itself (a small heap, say). */
export function runCli(cwd: string, args: string[], nodeArgs: string[] = []): Run {
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Unusable input: exit 2, nothing on stdout, one Swedish line on stderr matching `reason` (and naming `names`). */
export function expectRefused(r: Run, reason: RegExp, names?: string): void {
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|RangeError|node:internal|heap out of memory/);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^finsam-budget: /);
  if (names !== undefined) expect(lines[0]).toContain(names);
  expect(lines[0]).toMatch(reason);
  expect(r.code).toBe(2);
}

/**
 * The equity table of a command's text output, read back: year → row label → cell text. The
 * table has a column per year and may come in several blocks (each headed "Belopp i kr").
 */
export function equityRows(text: string): Map<number, Record<string, string>> {
  const out = new Map<number, Record<string, string>>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('Belopp i kr')) continue;
    const years = lines[i].slice('Belopp i kr'.length).trim().split(/\s+/).map(Number);
    for (const y of years) out.set(y, out.get(y) ?? {});
    for (let j = i + 1; j < lines.length && lines[j].trim() !== ''; j++) {
      // Labels may hold one space ("Övr. intäkter"); cells are apart by two or more; amounts keep their no-break spaces.
      const [label, ...cells] = lines[j].trim().split(/ {2,}/);
      cells.forEach((c, k) => (out.get(years[k])![label] = c));
    }
  }
  return out;
}

/** Lines wider than `width` columns (code points), with their numbers, for a failure message a person can read. */
export function wideLines(text: string, width = 80): string[] {
  return text.split('\n').flatMap((l, i) => ([...l].length > width ? [`${i + 1}: (${[...l].length}) ${l}`] : []));
}
