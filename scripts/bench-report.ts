/**
 * What `npm run bench` reports: the targets of issue 7, the schema of its --json output, the
 * check of each target and the table it prints. The measuring is in ./bench.ts.
 */
import { z } from 'zod';
import { readerResultSchema } from './bench-reader';

// ---------------------------------------------------------------------------------------------
// Targets (issue 7)
export const TARGETS = {
  normalEngineMs: 5,
  bigTenYearEngineMs: 200,
  growthPerTenfoldRows: 12,
  cliOverBareRead: 1.3,
  roundTripsPerAction: 2,
  /** 100 workbooks like the sample, validated by one command (a folder). */
  batchOf100Ms: 10_000,
  /** Excel on the web refuses a request over 5 MB. */
  requestBytes: 5 * 1024 * 1024,
};

// ---------------------------------------------------------------------------------------------
const ACTION_ORDER = ['validate', 'forecast', 'tables'];

// Output schema: --json prints exactly one object of this shape.
export const phaseSchema = z.object({
  parse: z.number().nonnegative(),
  validate: z.number().nonnegative(),
  forecast: z.number().nonnegative(),
  tables: z.number().nonnegative(),
});

export const roundTripsSchema = z.object({
  available: z.boolean(),
  /** Round trips (context.sync calls) per action, when src/excel offers a counter. */
  perAction: z.record(z.string(), z.number().int().nonnegative()).nullable(),
  /** Bytes of each request per action, as the real Office.js library serialises it. */
  requestBytes: z.record(z.string(), z.array(z.number().int().nonnegative())).optional(),
  note: z.string(),
});

const sizeSchema = z.object({
  id: z.string(),
  title: z.string(),
  sheets: z.number().int().positive(),
  rowsPerSheet: z.number().int().positive(),
  years: z.number().int().positive(),
  fileBytes: z.number().int().positive(),
  /** JSON size of one sheet's values + formulas + number formats: what one read sync carries. */
  readPayloadBytes: z.number().int().nonnegative(),
  /** Median milliseconds for parse + validate + forecast + tables over every budget sheet. */
  engineMs: z.number().nonnegative(),
  enginePhasesMs: phaseSchema,
  engineRuns: z.number().int().positive(),
  /** exceljs worksheet to snapshot (the file host's read), median ms; not part of engineMs. */
  snapshotMs: z.number().nonnegative(),
  /** `node bin/finsam-budget.js validate FILE --json`, wall time, median ms. */
  cliMs: z.number().nonnegative(),
  /** `new ExcelJS.Workbook().xlsx.readFile(FILE)` in a fresh node process, wall time, median ms. */
  bareReadMs: z.number().nonnegative(),
  cliOverBareRead: z.number().nonnegative(),
  /**
   * The same bare read, loading only exceljs's Workbook module as the CLI does (not the
   * package's index with its streaming reader and writer): what the CLI adds beyond exceljs.
   */
  bareModuleReadMs: z.number().nonnegative(),
  cliOverBareModuleRead: z.number().nonnegative(),
  processRuns: z.number().int().positive(),
  cliExitCode: z.number().int().nullable(),
  roundTrips: roundTripsSchema,
});

export const targetCheckSchema = z.object({
  target: z.string(),
  measured: z.string(),
  ok: z.boolean(),
});

export const benchReportSchema = z.object({
  tool: z.literal('finsam-budget bench'),
  node: z.string(),
  platform: z.string(),
  cpus: z.number().int().positive(),
  date: z.string(),
  sizes: z.array(sizeSchema),
  /** validate and equity over a folder of sample-like workbooks, end to end in a fresh process. */
  batch: z.object({ workbooks: z.number().int(), validateMs: z.number(), equityMs: z.number(), runs: z.number().int() }).optional(),
  targets: z.array(targetCheckSchema),
  /** The reader against inflating and scanning (./bench-reader.ts); absent with --only without "reader". */
  reader: z.array(readerResultSchema).optional(),
});
export type BenchReport = z.infer<typeof benchReportSchema>;
export type SizeResult = z.infer<typeof sizeSchema>;

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function checkTargets(results: SizeResult[]): z.infer<typeof targetCheckSchema>[] {
  const by = (id: string) => results.find((r) => r.id === id);
  const out: z.infer<typeof targetCheckSchema>[] = [];
  const normal = by('normal');
  if (normal) out.push({ target: `motorn på en normal plan < ${TARGETS.normalEngineMs} ms`, measured: `${normal.engineMs} ms`, ok: normal.engineMs < TARGETS.normalEngineMs });
  const big = by('big10y');
  if (big) out.push({ target: `motorn på 5 000 rader × 10 år < ${TARGETS.bigTenYearEngineMs} ms`, measured: `${big.engineMs} ms`, ok: big.engineMs < TARGETS.bigTenYearEngineMs });
  for (const [from, to] of [['normal', 'rows10x'], ['rows10x', 'rows100x']] as const) {
    const a = by(from);
    const b = by(to);
    if (!a || !b) continue;
    const rows = b.rowsPerSheet / a.rowsPerSheet;
    const time = b.engineMs / a.engineMs;
    out.push({
      target: `${from} → ${to}: ${round(rows, 1)}× rader kostar ≤ ${TARGETS.growthPerTenfoldRows}× tiden`,
      measured: `${round(time, 1)}× tiden`,
      ok: time <= TARGETS.growthPerTenfoldRows,
    });
  }
  for (const r of results) {
    out.push({
      target: `${r.id}: kommandoraden ≤ ${TARGETS.cliOverBareRead}× en ren exceljs-läsning`,
      measured: `${r.cliOverBareRead}× (${r.cliMs} ms mot ${r.bareReadMs} ms)`,
      ok: r.cliOverBareRead <= TARGETS.cliOverBareRead,
    });
  }
  for (const r of results) {
    if (!r.roundTrips.available || !r.roundTrips.perAction) continue;
    const worst = Math.max(...Object.values(r.roundTrips.perAction));
    out.push({
      target: `${r.id}: högst ${TARGETS.roundTripsPerAction} rundresor per åtgärd`,
      measured: `${worst} (${Object.entries(r.roundTrips.perAction).map(([k, v]) => `${k} ${v}`).join(', ')})`,
      ok: worst <= TARGETS.roundTripsPerAction,
    });
    if (!r.roundTrips.requestBytes) continue;
    const largest = Math.max(...Object.values(r.roundTrips.requestBytes).flat());
    out.push({ target: `${r.id}: varje anrop under 5 MB (Excel på webben)`, measured: fmtBytes(largest), ok: largest < TARGETS.requestBytes });
  }
  return out;
}

function fmtBytes(n: number): string {
  return n >= 1e6 ? `${round(n / 1e6, 1)} MB` : `${Math.round(n / 1e3)} kB`;
}

export function renderTable(report: BenchReport): string {
  const head = ['storlek', 'blad', 'rader', 'år', 'fil', 'läsning', 'motor ms', '(parse/valid/progn/tab)', 'snapshot ms', 'CLI ms', 'exceljs ms', 'CLI/exceljs', 'Workbook ms', 'CLI/Workbook', 'rundresor/åtgärd', 'störst anrop'];
  const rows = report.sizes.map((r) => [
    r.id,
    String(r.sheets),
    String(r.rowsPerSheet),
    String(r.years),
    fmtBytes(r.fileBytes),
    fmtBytes(r.readPayloadBytes),
    r.engineMs.toFixed(2),
    `${r.enginePhasesMs.parse.toFixed(1)}/${r.enginePhasesMs.validate.toFixed(1)}/${r.enginePhasesMs.forecast.toFixed(1)}/${r.enginePhasesMs.tables.toFixed(1)}`,
    r.snapshotMs.toFixed(1),
    r.cliMs.toFixed(0),
    r.bareReadMs.toFixed(0),
    `${r.cliOverBareRead.toFixed(2)}×`,
    r.bareModuleReadMs.toFixed(0),
    `${r.cliOverBareModuleRead.toFixed(2)}×`,
    r.roundTrips.perAction ? Object.values(r.roundTrips.perAction).join('/') : '–',
    r.roundTrips.requestBytes ? fmtBytes(Math.max(...Object.values(r.roundTrips.requestBytes).flat())) : '–',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const title = `finsam-budget bench  (node ${report.node}, ${report.platform}, ${report.cpus} cpu)`;
  const targets = ['', 'Mål:', ...report.targets.map((t) => `  ${t.ok ? 'ok  ' : 'MISS'}  ${t.target}: ${t.measured}`)];
  // With --only reader or batch there are no sizes: the title and the targets only.
  if (!rows.length) return [title, ...(report.targets.length ? targets : [])].join('\n');
  const out = [
    title,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'motor = parse + validate + forecast + tables (src/domain), bladet tolkat en gång som i verktyget; median, varje körning från en städad heap; över alla blad i arbetsboken.',
    'läsning = JSON-storleken av ett blads värden, formler och talformat (det en läs-sync bär; Excel på webben tar högst 5 MB per anrop).',
    "CLI = node bin/finsam-budget.js validate FIL --json; exceljs = ny process som bara läser filen (require('exceljs')); väggtid, median.",
    'Workbook = samma läsning med bara exceljs Workbook-modul laddad, som verktyget gör: CLI/Workbook är vad verktyget lägger till utöver exceljs (visas, inget mål).',
    `rundresor: ${report.sizes[0].roundTrips.note}`,
    ...report.sizes.filter((s) => s.roundTrips.perAction).slice(0, 1).map(() => '           (validate/forecast/tables)'),
    'byte per anrop (validate | forecast | tables):',
    ...report.sizes.filter((s) => s.roundTrips.requestBytes).map((s) => `  ${s.id.padEnd(9)} ${ACTION_ORDER.map((a) => (s.roundTrips.requestBytes![a] ?? []).map(fmtBytes).join(' + ')).join(' | ')}`),
    ...targets,
  ];
  return out.join('\n');
}
