/**
 * Many workbooks at once: `validate`, `equity` and `report` over several files or a folder. One row per
 * file in a summary table (or one JSON array); a file that cannot be read is a row with the
 * reason, and the others are still checked. Exit status: the worst of the files, each counted
 * as it would be alone (0 no error, 1 an error found, 2 could not be read, 3 unexpected fault),
 * so one unreadable file makes the batch 2 although the table shows every other file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, type Config } from '../domain/config';
import { splitDismissed } from '../domain/dismiss';
import type { EquityYear } from '../domain/equity';
import { NoBudgetTableError } from '../domain/parse';
import type { SheetSnapshot } from '../domain/snapshot';
import { validate, type Validation } from '../domain/validate';
import { InputError } from '../workbook/errors';
import type { ParsedArgs } from './args';
import { loadConfig, openBudget } from './context';
import { equityReportJsonSchema, validateJsonSchema } from './schemas';

/** A file of the batch that could not be used, and why; or one a folder held that is not a workbook. */
export const unreadableJsonSchema = z.object({ file: z.string(), error: z.string() });
export const skippedJsonSchema = z.object({ file: z.string(), skipped: z.string() });
export const batchValidateJsonSchema = z.array(z.union([validateJsonSchema, unreadableJsonSchema, skippedJsonSchema]));
export const batchEquityJsonSchema = z.array(z.union([equityReportJsonSchema, unreadableJsonSchema, skippedJsonSchema]));

/** What one file gives: its JSON, its line of the table, its exit status. */
export interface FileOutcome {
  json: object;
  row: string[];
  status: number;
}

/** Turns a checked workbook into the command's JSON and exit status (validate.ts, equity.ts). */
export type PerFile = (file: string, snapshot: SheetSnapshot, result: Validation, config: Config) => { json: object; status: number } | Promise<{ json: object; status: number }>;

/** More files than this show a progress line on stderr. */
const QUIET_UP_TO = 5;
const WORKBOOK = /\.xls[xm]$/i;
const OWN_REPORT = /-kontrollrapport(-\d+)?\.html$/i;
/** The sheet column of a file that could not be read; the reason follows in the last column. */
const UNREAD = 'EJ LÄST';
const HEADER = ['Fil', 'Blad', 'Budgetår', 'Fel', 'Varningar', 'Eget kapital per år (från budgetåret)'];
const STATUS: Record<EquityYear['status'], string> = { ok: 'inom', 'over-cap': 'ÖVER TAKET', 'below-floor': 'UNDER GOLVET' };

/** True when the command line names more than one file, or a folder. */
export async function isBatch(args: ParsedArgs): Promise<boolean> {
  if (args.files.length > 1) return true;
  return fs.stat(args.file).then((s) => s.isDirectory(), () => false);
}

/**
 * The files to check: each file as named (a missing one is reported as unreadable), and the
 * .xlsx/.xlsm files of each folder named (not its subfolders), in name order. Other files in a
 * folder are skipped and listed; hidden files, Excel's lock files (~$name.xlsx) and our own
 * reports (NAME-kontrollrapport.html) are ignored.
 */
export async function listWorkbooks(paths: string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat?.isDirectory()) {
      files.push(p);
      continue;
    }
    const entries = (await fs.readdir(p, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    for (const e of entries) {
      // Hidden files, Excel's lock files and the reports this tool wrote there are not worth a mention.
      if (!e.isFile() || e.name.startsWith('.') || e.name.startsWith('~$') || OWN_REPORT.test(e.name)) continue;
      (WORKBOOK.test(e.name) ? files : skipped).push(path.join(p, e.name));
    }
  }
  return { files, skipped };
}

function reasonOf(file: string, e: unknown): { reason: string; status: number } {
  const message = e instanceof Error ? e.message : String(e);
  const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  if (e instanceof InputError || e instanceof NoBudgetTableError || e instanceof ConfigError) return { reason, status: 2 };
  return { reason: `oväntat fel: ${reason}`, status: 3 };
}

function equityCell(result: Validation): string {
  const from = result.sheet.budgetYear ?? -Infinity;
  const years = result.equity.filter((e) => e.year >= from);
  return years.length ? years.map((e) => `${e.year} ${STATUS[e.status]}`).join(', ') : '–';
}

async function checkOne(args: ParsedArgs, file: string, perFile: PerFile, config: Awaited<ReturnType<typeof loadConfig>>): Promise<FileOutcome> {
  try {
    const { snapshot, sheet } = await openBudget({ ...args, file, files: [file] }, config);
    const result = validate(snapshot, config, undefined, sheet);
    // Findings the user has set aside count in neither column, as in the command run alone.
    const { active } = splitDismissed(result.findings, config);
    const errors = active.filter((f) => f.severity === 'error').length;
    const { json, status } = await perFile(file, snapshot, result, config);
    const row = [file, snapshot.sheetName, String(result.sheet.budgetYear ?? '–'), String(errors), String(active.length - errors), equityCell(result)];
    return { json, row, status };
  } catch (e) {
    const { reason, status } = reasonOf(file, e);
    return { json: { file, error: reason }, row: [file, UNREAD, '–', '–', '–', reason], status };
  }
}

/** Columns padded to their widest cell; the last column runs free. Numbers right-aligned. */
export function formatTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const numeric = (c: number) => c === 3 || c === 4;
  return rows.map((r) =>
    r.map((cell, c) => (c === r.length - 1 ? cell : numeric(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd(),
  );
}

/** Progress on stderr: the same line rewritten on a terminal, a line per tenth of the files elsewhere. */
function progress(total: number, err: (s: string) => void): (done: number, file: string) => void {
  if (total <= QUIET_UP_TO) return () => undefined;
  const tty = process.stderr.isTTY;
  const step = Math.max(1, Math.round(total / 10));
  return (done, file) => {
    if (tty) process.stderr.write(`\rfinsam-budget: ${done}/${total} ${file}`.padEnd(80) + (done === total ? '\n' : ''));
    else if (done % step === 0 || done === total) err(`finsam-budget: ${done}/${total} filer lästa`);
  };
}

export async function runBatch(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void, perFile: PerFile): Promise<number> {
  const config = await loadConfig(args.values.config as string | undefined);
  const { files, skipped } = await listWorkbooks(args.files);
  // Only folders give no files (a file named is always taken): say which folders were empty.
  if (!files.length) throw new InputError(`${args.files.join(', ')}: ${args.files.length === 1 ? 'mappen har' : 'mapparna har'} inga .xlsx-filer att läsa`);
  const tick = progress(files.length, err);
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    outcomes.push(await checkOne(args, file, perFile, config));
    tick(outcomes.length, file);
  }
  const status = Math.max(...outcomes.map((o) => o.status));
  if (args.values.json) {
    out(JSON.stringify([...outcomes.map((o) => o.json), ...skipped.map((file) => ({ file, skipped: 'inte en .xlsx-fil' }))], null, 2));
    return status;
  }
  const unreadable = outcomes.filter((o) => o.status >= 2).length;
  const withErrors = outcomes.filter((o) => o.status < 2 && Number(o.row[3]) > 0).length;
  const breaching = outcomes.filter((o) => /ÖVER|UNDER/.test(o.row[5]) && o.status < 2).length;
  out(
    [
      ...formatTable([HEADER, ...outcomes.map((o) => o.row)]),
      '',
      `${files.length} arbetsböcker: ${files.length - unreadable} lästa, ${unreadable} kunde inte läsas; ${withErrors} med fel; ${breaching} med eget kapital över taket eller under golvet något år.`,
      ...(skipped.length ? [`Hoppade över ${skipped.length} ${skipped.length === 1 ? 'fil' : 'filer'} som inte är .xlsx: ${skipped.join(', ')}`] : []),
      `Slutkod ${status}: ${STATUS_TEXT[status] ?? ''}`,
    ].join('\n'),
  );
  return status;
}

const STATUS_TEXT: Record<number, string> = {
  0: 'inga fel i någon arbetsbok',
  1: 'fel i minst en arbetsbok',
  2: 'minst en fil kunde inte läsas (de andra är kontrollerade ovan)',
  3: 'oväntat fel i minst en fil',
};
