/**
 * Benchmark: how the engine, the command line and (when present) the Office.js host scale
 * with the size of the budget workbook. Run with `node scripts/bench.mjs [--json] [--runs N]`
 * (which bundles this file to dist/bench.js with esbuild and runs it).
 *
 * It measures and prints; it asserts nothing (tests never assert times). The targets are
 * printed beside the figures with "ok" or "MISS".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { defaultConfig } from '../src/domain/config';
import { forecast } from '../src/domain/forecast/forecast';
import { parseBudgetSheet } from '../src/domain/parse';
import type { SheetSnapshot } from '../src/domain/snapshot';
import { buildTables } from '../src/domain/tables';
import { validate } from '../src/domain/validate';
import { loadWorkbookFile } from '../src/workbook/load';
import { snapshotsOf } from '../src/workbook/snapshot';
import { writeBatchFolder } from './batch-workbooks';
import { budgetWorkbook, type BudgetShape } from './bench-workbooks';
import { measureReader, renderReader, type ReaderResult } from './bench-reader';
import { TARGETS } from './bench-report';
import { benchReportSchema, checkTargets, phaseSchema, round, roundTripsSchema, renderTable, type SizeResult } from './bench-report';

const ROOT = process.env.FINSAM_ROOT ?? path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'finsam-budget.js');


// ---------------------------------------------------------------------------------------------
interface SizeSpec {
  id: string;
  title: string;
  shape: BudgetShape;
  sheets: number;
}

const SIZES: SizeSpec[] = [
  { id: 'normal', title: 'normal plan (~60 rader × 5 år)', shape: { rows: 60, years: 5 }, sheets: 1 },
  { id: 'rows10x', title: '10× rader (~600 × 5 år)', shape: { rows: 600, years: 5 }, sheets: 1 },
  { id: 'rows100x', title: '100× rader (~6 000 × 5 år)', shape: { rows: 6000, years: 5 }, sheets: 1 },
  { id: 'years10', title: '10 år (~60 rader × 10 år)', shape: { rows: 60, years: 10 }, sheets: 1 },
  { id: 'big10y', title: '5 000 rader × 10 år', shape: { rows: 5000, years: 10 }, sheets: 1 },
  { id: 'sheets50', title: '50 blad (ett per förbund, ~60 × 5)', shape: { rows: 60, years: 5 }, sheets: 50 },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}


// ---------------------------------------------------------------------------------------------
// Engine

function engineOnce(snapshots: SheetSnapshot[]): { total: number; phases: z.infer<typeof phaseSchema> } {
  const config = defaultConfig;
  const names = snapshots.map((s) => s.sheetName);
  const phases = { parse: 0, validate: 0, forecast: 0, tables: 0 };
  const t0 = performance.now();
  // Parsed once and handed on, as the command line and the pane do.
  for (const snapshot of snapshots) {
    let t = performance.now();
    const sheet = parseBudgetSheet(snapshot, config);
    phases.parse += performance.now() - t;
    t = performance.now();
    validate(snapshot, config, undefined, sheet);
    phases.validate += performance.now() - t;
    t = performance.now();
    forecast(snapshot, config, { existingSheets: names, sheet });
    phases.forecast += performance.now() - t;
    t = performance.now();
    buildTables(snapshot, config, { sheet, workbook: { sheetNames: names, tableNames: [], sheets: [snapshot] } });
    phases.tables += performance.now() - t;
  }
  return { total: performance.now() - t0, phases };
}

function measureEngine(snapshots: SheetSnapshot[], minRuns: number): { ms: number; phases: z.infer<typeof phaseSchema>; runs: number } {
  // Warm-up (JIT, regular expressions): at least three runs and about half a second.
  const warm = performance.now();
  for (let i = 0; i < 3 || (performance.now() - warm < 500 && i < 200); i++) engineOnce(snapshots);
  const totals: number[] = [];
  const phaseRuns: z.infer<typeof phaseSchema>[] = [];
  const start = performance.now();
  // At least minRuns, and more while the whole stays under two seconds (up to 50).
  while (totals.length < minRuns || (performance.now() - start < 2000 && totals.length < 50)) {
    // Each run starts from a collected heap (bench.mjs runs node with --expose-gc), so one run's
    // garbage is not billed to the next; the run's own collections still count.
    (globalThis as { gc?: () => void }).gc?.();
    const r = engineOnce(snapshots);
    totals.push(r.total);
    phaseRuns.push(r.phases);
  }
  const phase = (k: keyof z.infer<typeof phaseSchema>) => round(median(phaseRuns.map((p) => p[k])), 3);
  return {
    ms: round(median(totals), 3),
    phases: { parse: phase('parse'), validate: phase('validate'), forecast: phase('forecast'), tables: phase('tables') },
    runs: totals.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Processes

function wallMs(args: string[]): { ms: number; code: number | null; stderr: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { ms: performance.now() - t, code: r.status, stderr: r.stderr };
}

const BARE_READ = "const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(()=>{},e=>{console.error(e);process.exit(1)})";
const BARE_MODULE_READ =
  "const W=require('exceljs/lib/doc/workbook');new W().xlsx.readFile(process.argv[1]).then(()=>{},e=>{console.error(e);process.exit(1)})";

function measureProcesses(file: string, runs: number): { cli: number; bare: number; bareModule: number; code: number | null } {
  const cli: number[] = [];
  const bare: number[] = [];
  const bareModule: number[] = [];
  let code: number | null = null;
  const read = (script: string, into: number[]) => {
    const b = wallMs(['-e', script, file]);
    if (b.code !== 0) throw new Error(`bare exceljs read failed on ${file}: ${b.stderr}`);
    into.push(b.ms);
  };
  // Interleaved, so a busy moment on the machine hits all three alike.
  for (let i = 0; i < runs; i++) {
    const c = wallMs([CLI, 'validate', file, '--json']);
    code = c.code;
    if (c.code !== 0 && c.code !== 1) throw new Error(`the CLI failed on ${file} (exit ${c.code}): ${c.stderr}`);
    cli.push(c.ms);
    read(BARE_READ, bare);
    read(BARE_MODULE_READ, bareModule);
  }
  return { cli: round(median(cli), 1), bare: round(median(bare), 1), bareModule: round(median(bareModule), 1), code };
}

/** `validate DIR --json` and `equity DIR --json` over 100 workbooks like the sample, median of `runs`. */
async function measureBatch(dir: string, runs: number): Promise<{ workbooks: number; validateMs: number; equityMs: number; runs: number }> {
  const folder = path.join(dir, 'batch');
  const { files } = await writeBatchFolder(folder, 100, path.join(ROOT, 'examples', 'budgetplan-2026.xlsx'), false);
  const time = (command: string) => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = wallMs([CLI, command, folder, '--json']);
      if (r.code !== 0 && r.code !== 1) throw new Error(`${command} over ${folder} failed (exit ${r.code}): ${r.stderr}`);
      ms.push(r.ms);
    }
    return round(median(ms), 0);
  };
  return { workbooks: files.length, validateMs: time('validate'), equityMs: time('equity'), runs };
}

// ---------------------------------------------------------------------------------------------
// Office.js round trips: the hook.
//
// scripts/bench.mjs bundles scripts/bench-roundtrips.ts, which exports countRoundTrips
// and, when it finds one, bundles that file to dist/bench-excel.js and passes its path in
// FINSAM_BENCH_EXCEL. The expected contract:
//
//   export async function countRoundTrips(action: 'validate' | 'forecast' | 'tables',
//                                         snapshot: SheetSnapshot): Promise<number>
//
// runs the action against the Office.js mock loaded with the snapshot and returns how many
// times context.sync() was called.

type Measured = number | { roundTrips: number; requestBytes: number[] };
type RoundTripCounter = (action: string, snapshot: SheetSnapshot) => Promise<Measured> | Measured;
const ACTIONS = ['validate', 'forecast', 'tables'] as const;

function loadCounter(): { counter: RoundTripCounter | null; note: string } {
  const bundled = process.env.FINSAM_BENCH_EXCEL;
  const reason = process.env.FINSAM_BENCH_EXCEL_REASON;
  if (!bundled) {
    return { counter: null, note: reason ?? 'src/excel exporterar ingen countRoundTrips(action, snapshot); inga rundresor mätta' };
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(bundled) as { countRoundTrips?: RoundTripCounter };
    if (typeof mod.countRoundTrips !== 'function') return { counter: null, note: `${bundled} saknar funktionen countRoundTrips` };
    return { counter: mod.countRoundTrips, note: 'Office.js-bibliotekets riktiga anrop (excel-web-16.00 i jsdom) mot den falska arbetsboken' };
  } catch (e) {
    return { counter: null, note: `src/excel kunde inte laddas (${(e as Error).message})` };
  }
}

async function measureRoundTrips(counter: RoundTripCounter | null, note: string, snapshot: SheetSnapshot): Promise<z.infer<typeof roundTripsSchema>> {
  if (!counter) return { available: false, perAction: null, note };
  const perAction: Record<string, number> = {};
  const requestBytes: Record<string, number[]> = {};
  try {
    for (const action of ACTIONS) {
      const m = await counter(action, snapshot);
      perAction[action] = typeof m === 'number' ? m : m.roundTrips;
      if (typeof m !== 'number') requestBytes[action] = m.requestBytes;
    }
  } catch (e) {
    return { available: false, perAction: null, note: `countRoundTrips kastade: ${(e as Error).message}` };
  }
  return { available: true, perAction, requestBytes, note };
}

// ---------------------------------------------------------------------------------------------

function parseArgs(argv: string[]): { json: boolean; runs: number; processRuns: number; keep: boolean; only: string[] | null } {
  let json = false;
  let runs = 7;
  let processRuns = 7;
  let keep = false;
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--process-runs') processRuns = Number(argv[++i]);
    else if (a === '--keep') keep = true;
    else if (a === '--only') only = argv[++i].split(',');
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'npm run bench [-- --json] [--runs N (engine, default 7)] [--process-runs N (CLI, default 7)] [--only normal,rows10x,...,reader,batch] [--keep]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!(runs >= 1) || !(processRuns >= 1)) throw new Error('--runs and --process-runs take a positive number');
  return { json, runs, processRuns, keep, only };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI) || !existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
    throw new Error('dist/cli.js is missing: run npm run build:cli first');
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'finsam-bench-'));
  const log = (s: string) => {
    if (!args.json) process.stderr.write(s);
  };
  const { counter, note } = loadCounter();
  const results: SizeResult[] = [];
  let reader: ReaderResult[] | undefined;
  let batch: Awaited<ReturnType<typeof measureBatch>> | undefined;
  try {
    for (const spec of SIZES) {
      if (args.only && !args.only.includes(spec.id)) continue;
      log(`${spec.title}: skapar arbetsbok … `);
      const file = path.join(dir, `${spec.id}.xlsx`);
      await budgetWorkbook(spec.shape, spec.sheets).xlsx.writeFile(file);
      // Read back through the file host, so the engine sees exactly what the CLI sees.
      const workbook = await loadWorkbookFile(file);
      const snapTimes: number[] = [];
      let snapshots: SheetSnapshot[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        snapshots = snapshotsOf(workbook);
        snapTimes.push(performance.now() - t);
      }
      log('motorn … ');
      const engine = measureEngine(snapshots, args.runs);
      log('kommandoraden … ');
      const processes = measureProcesses(file, args.processRuns);
      const roundTrips = await measureRoundTrips(counter, note, snapshots[0]);
      const s0 = snapshots[0];
      const payload = Buffer.byteLength(JSON.stringify({ values: s0.values, formulas: s0.formulas, numberFormats: s0.numberFormats }));
      results.push({
        id: spec.id,
        title: spec.title,
        sheets: spec.sheets,
        rowsPerSheet: s0.values.length,
        years: spec.shape.years,
        fileBytes: statSync(file).size,
        readPayloadBytes: payload,
        engineMs: engine.ms,
        enginePhasesMs: engine.phases,
        engineRuns: engine.runs,
        snapshotMs: round(median(snapTimes), 2),
        cliMs: processes.cli,
        bareReadMs: processes.bare,
        cliOverBareRead: round(processes.cli / processes.bare, 2),
        bareModuleReadMs: processes.bareModule,
        cliOverBareModuleRead: round(processes.cli / processes.bareModule, 2),
        processRuns: args.processRuns,
        cliExitCode: processes.code,
        roundTrips,
      });
      log('klart\n');
    }
    if (!args.only || args.only.includes('reader')) reader = await measureReader(ROOT, dir, args.runs, log);
    if (!args.only || args.only.includes('batch')) {
      log('100 arbetsböcker som exemplet (validate och equity på en mapp) … ');
      batch = await measureBatch(dir, Math.min(args.processRuns, 3));
      log('klart\n');
    }
  } finally {
    if (args.keep) log(`arbetsböckerna ligger kvar i ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
  const report = benchReportSchema.parse({
    tool: 'finsam-budget bench',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    date: new Date().toISOString(),
    sizes: results,
    ...(reader ? { reader } : {}),
    ...(batch ? { batch } : {}),
    targets: [
      ...checkTargets(results),
      ...(batch
        ? [{ target: `${batch.workbooks} arbetsböcker som exemplet: validate på mappen < ${TARGETS.batchOf100Ms / 1000} s`, measured: `${round(batch.validateMs / 1000, 2)} s (equity ${round(batch.equityMs / 1000, 2)} s)`, ok: batch.validateMs < TARGETS.batchOf100Ms }]
        : []),
    ],
  });
  if (args.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(renderTable(report) + (reader ? renderReader(reader) : '') + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
