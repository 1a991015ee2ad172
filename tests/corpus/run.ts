/**
 * Runs the engine on a corpus workbook exactly as the command line does: the file is written
 * to disk and `finsam-budget validate FILE --json` runs in-process (file host, sheet choice,
 * parse, rules, equity), so the corpus judges whatever the CLI prints.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { layoutGrid, rawGrid, type Layout, type RawSheet } from './build';
import type { Grid } from './grid';
import { writeWorkbook, type Pokes } from './write';

export interface Finding {
  rule: string;
  severity: 'error' | 'warning';
  sheet: string;
  cell: string;
  message: string;
  year?: number;
}
export interface EquityLine {
  year: number;
  closing: number;
  status: string;
}
export interface Report {
  /** The workbook the report is about. */
  file: string;
  sheet: string;
  budgetYear: number | null;
  years: { year: number; column: string; kind: string }[];
  findings: Finding[];
  equity: EquityLine[];
}
export type Outcome = { ok: true; report: Report } | { ok: false; code: number; stderr: string };

let dir: string | undefined;
/** The directory this test file writes its workbooks to, made on first use. */
const workbooks = () => (dir ??= mkdtempSync(path.join(tmpdir(), 'finsam-corpus-')));

/** Removes the workbooks this test file wrote (call in afterAll). */
export function removeWorkbooks(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}

export function gridsOf(sheets: (Layout | RawSheet)[]): Grid[] {
  return sheets.map((s) => ('rows' in s ? rawGrid(s) : layoutGrid(s)));
}

/** Runs one command of the CLI in-process: its exit status, stdout and stderr. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s) > 0, (s) => err.push(s) > 0);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Writes the workbook (twin: with pokes) and runs `validate FILE --json` on it. */
export async function runValidate(name: string, grids: Grid[], pokes?: Record<string, Pokes>): Promise<Outcome> {
  const file = path.join(workbooks(), `${name}.xlsx`);
  writeFileSync(file, await writeWorkbook(grids, pokes));
  const { code, out, err } = await cli(['validate', file, '--json']);
  if (code > 1) return { ok: false, code, stderr: err };
  return { ok: true, report: { ...(JSON.parse(out) as Report), file } };
}

/** `equity FILE --json` on a file validated before: closing equity per year as that command prints it. */
export async function runEquity(report: Report): Promise<Record<number, number>> {
  const { code, out, err } = await cli(['equity', report.file, '--json']);
  if (code > 1) throw new Error(`finsam-budget equity exited ${code}: ${err}`);
  const json = JSON.parse(out) as { equity: EquityLine[] };
  return Object.fromEntries(json.equity.map((e) => [e.year, e.closing]));
}

/** The report, or a test failure that quotes what the CLI said. */
export function reportOf(o: Outcome): Report {
  if (!o.ok) throw new Error(`finsam-budget validate exited ${o.code}: ${o.stderr}`);
  return o.report;
}

export const errorsOf = (r: Report) => r.findings.filter((f) => f.severity === 'error');
export const key = (rule: string, cell: string) => `${rule}@${cell}`;

/** Closing equity per year, each within 1 kr of the hand-written figure shown as that figure (tkr: 1 kr or 0.001 tkr). */
export function closings(r: Report | Record<number, number>, expected: Record<number, number>, unit?: 'tkr'): Record<number, number> {
  const out: Record<number, number> = {};
  const lines = 'equity' in r && Array.isArray(r.equity) ? (r as Report).equity : Object.entries(r).map(([year, closing]) => ({ year: Number(year), closing: closing as number }));
  for (const { year, closing } of lines) {
    const want = expected[year];
    const near = want !== undefined && (unit === 'tkr' ? Math.abs(closing - want * 1000) <= 1 || Math.abs(closing - want) <= 0.001 : Math.abs(closing - want) <= 1);
    out[year] = near ? want : closing;
  }
  return out;
}
