/**
 * The reader's part of `npm run bench` (issue 14): validate (read the file, snapshot every sheet
 * with src/workbook/read, choose the budget sheet, run the rules) against the least any reader
 * must do, inflating the sheet's part and scanning it for its cells, at 6 000 and 60 000 rows;
 * and the command line's peak memory (max RSS) on the same file. Measures and prints only.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { chooseBudgetSheet } from '../src/domain/choose';
import { defaultConfig } from '../src/domain/config';
import type { SheetSnapshot } from '../src/domain/snapshot';
import { validate } from '../src/domain/validate';
import { readSnapshots } from '../src/workbook/load';
import { readXml } from '../src/workbook/read/xml';
import { readCentralDirectory } from '../src/workbook/zip';
import { budgetWorkbook } from './bench-workbooks';

export const READER_TARGETS = { validateOverInflateScan: 2, cliMaxRssMb: 250 };

export const readerResultSchema = z.object({
  rows: z.number().int().positive(),
  fileBytes: z.number().int().positive(),
  sheetXmlBytes: z.number().int().positive(),
  cells: z.number().int().nonnegative(),
  /** Read the file, inflate the sheet's part, find every <c: median ms. */
  inflateScanMs: z.number().nonnegative(),
  /**
   * The least a reader on saxes (the parser the issue asks for) can cost: read the file, inflate
   * the sheet and the shared strings, and run both through saxes with handlers that do nothing.
   */
  parserFloorMs: z.number().nonnegative(),
  /** Read the file and snapshot every sheet with the reader: median ms. */
  readMs: z.number().nonnegative(),
  /** readMs plus choosing the budget sheet and validating it: median ms. */
  validateMs: z.number().nonnegative(),
  validateOverInflateScan: z.number().nonnegative(),
  /** Choosing the budget sheet and validating it, on snapshots already read: median ms. */
  engineMs: z.number().nonnegative(),
  /** The parser floor alone over inflating and scanning: what no reader on saxes gets below. */
  floorOverInflateScan: z.number().nonnegative(),
  /** `finsam-budget validate FILE --json` in a fresh node: wall ms and peak RSS (MB). */
  cliMs: z.number().nonnegative(),
  cliMaxRssMb: z.number().nonnegative(),
});
export type ReaderResult = z.infer<typeof readerResultSchema>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** One part of the zip, inflated: the least any reader does to reach it. */
function partOf(bytes: Buffer, name: string): Buffer {
  const entry = readCentralDirectory(bytes).find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name} in the workbook`);
  const at = entry.localHeaderOffset;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  return inflateRawSync(bytes.subarray(start, start + entry.compressedSize));
}

function inflateAndScan(file: string): { xmlBytes: number; cells: number } {
  const xml = partOf(readFileSync(file), 'xl/worksheets/sheet1.xml');
  let cells = 0;
  for (let i = xml.indexOf('<c '); i !== -1; i = xml.indexOf('<c ', i + 3)) cells++;
  return { xmlBytes: xml.length, cells };
}

/** Inflate the sheet and the shared strings and let saxes parse them through the reader's own readXml, with handlers that do nothing. */
function parserFloor(file: string): number {
  const bytes = readFileSync(file);
  let events = 0;
  for (const name of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) {
    readXml(partOf(bytes, name), name, { open: () => events++, text: () => events++ });
  }
  return events;
}

async function validateFile(file: string): Promise<number> {
  const snapshots = await readSnapshots(readFileSync(file), file);
  return validateSnapshots(snapshots);
}

function validateSnapshots(snapshots: SheetSnapshot[]): number {
  const chosen = chooseBudgetSheet(snapshots, defaultConfig);
  return validate(chosen.snapshot, defaultConfig, undefined, chosen.sheet).findings.length;
}

async function timed(runs: number, f: () => unknown): Promise<number> {
  for (let i = 0; i < 2; i++) await f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return median(times);
}

function cliRun(root: string, preload: string, file: string): { ms: number; rssMb: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', preload, path.join(root, 'bin', 'finsam-budget.js'), 'validate', file, '--json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`validate failed on ${file}: ${r.stderr}`);
  const kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1]);
  return { ms, rssMb: kb / 1024 };
}

export async function measureReader(root: string, dir: string, runs: number, log: (s: string) => void): Promise<ReaderResult[]> {
  const preload = path.join(dir, 'maxrss.js');
  writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, '\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const out: ReaderResult[] = [];
  for (const rows of [6000, 60_000]) {
    log(`läsaren, ${rows} rader: skapar arbetsbok … `);
    const file = path.join(dir, `reader-${rows}.xlsx`);
    await budgetWorkbook({ rows, years: 5 }, 1).xlsx.writeFile(file);
    const { xmlBytes, cells } = inflateAndScan(file);
    log('mäter … ');
    const inflateScanMs = await timed(runs, () => inflateAndScan(file));
    const parserFloorMs = await timed(runs, () => parserFloor(file));
    const readMs = await timed(runs, () => readSnapshots(readFileSync(file), file));
    const validateMs = await timed(runs, () => validateFile(file));
    const snapshots = await readSnapshots(readFileSync(file), file);
    const engineMs = await timed(runs, () => validateSnapshots(snapshots));
    const cli = Array.from({ length: Math.max(3, Math.min(runs, 5)) }, () => cliRun(root, preload, file));
    out.push({
      rows,
      fileBytes: statSync(file).size,
      sheetXmlBytes: xmlBytes,
      cells,
      inflateScanMs: round(inflateScanMs),
      parserFloorMs: round(parserFloorMs),
      readMs: round(readMs),
      validateMs: round(validateMs),
      validateOverInflateScan: round(validateMs / inflateScanMs, 2),
      engineMs: round(engineMs),
      floorOverInflateScan: round(parserFloorMs / inflateScanMs, 2),
      cliMs: round(median(cli.map((c) => c.ms))),
      cliMaxRssMb: round(Math.max(...cli.map((c) => c.rssMb))),
    });
    log('klart\n');
  }
  return out;
}

export function renderReader(results: ReaderResult[]): string {
  const lines = ['', 'Läsaren (src/workbook/read): validate mot uppackning + skanning av bladet'];
  const head = ['rader', 'blad-XML', 'celler', 'packa upp+skanna', 'saxes-golv', 'läsa', 'motor', 'validate', 'kvot', 'golv/skanna', 'CLI ms', 'CLI max RSS'];
  const rows = results.map((r) => [
    String(r.rows),
    `${round(r.sheetXmlBytes / 1e6)} MB`,
    String(r.cells),
    `${r.inflateScanMs} ms`,
    `${r.parserFloorMs} ms`,
    `${r.readMs} ms`,
    `${r.engineMs} ms`,
    `${r.validateMs} ms`,
    `${r.validateOverInflateScan}×`,
    `${r.floorOverInflateScan}×`,
    `${r.cliMs}`,
    `${r.cliMaxRssMb} MB`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [head, ...rows]) lines.push(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  lines.push(
    'saxes-golv = packa upp bladet och de delade strängarna och låta saxes tolka dem utan att göra något med händelserna: ingen läsare byggd på saxes kommer under det.',
    'motor = välja budgetbladet och validera det, på redan lästa blad. validate = läsa + motor.',
  );
  for (const r of results) {
    const ok = r.validateOverInflateScan <= READER_TARGETS.validateOverInflateScan;
    lines.push(`  ${ok ? 'ok  ' : 'MISS'} ${r.rows} rader: validate ≤ ${READER_TARGETS.validateOverInflateScan}× uppackning + skanning (${r.validateOverInflateScan}×)`);
  }
  const big = results.find((r) => r.rows === 60_000);
  if (big) lines.push(`  ${big.cliMaxRssMb < READER_TARGETS.cliMaxRssMb ? 'ok  ' : 'MISS'} 60 000 rader: kommandoradens max RSS < ${READER_TARGETS.cliMaxRssMb} MB (${big.cliMaxRssMb} MB)`);
  return lines.join('\n');
}
