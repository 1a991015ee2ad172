/**
 * The inserted tables checked by an independent calculator: LibreOffice Calc opens the output
 * without error, recalculates the equity and financial-goal formulas, and gets what
 * `finsam-budget equity --json` says; the inserted budget table, typed into and recalculated,
 * validates without an error.
 */
import { buildCli, runCli } from '../helpers/cli';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { equityReportJsonSchema, tablesJsonSchema, validateJsonSchema } from '../../src/cli/schemas';
import type { EquityYear } from '../../src/domain/equity';
import { cellValue, convertsWithoutError, disposeProfile, recalculate, toNumber } from '../helpers/libreoffice';
import { disposeXlsxProfile, recalculateToXlsx } from '../helpers/libreoffice-xlsx';
import type { TestCell } from '../helpers/sheet';
import { equityTable } from '../rules/tables';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'examples', 'budgetplan-2026.xlsx');
const STATUS: Record<string, EquityYear['status']> = { 'Inom gränserna': 'ok', 'Över taket': 'over-cap', 'Under golvet': 'below-floor' };
let dir: string;

const run = (...args: string[]) => runCli(dir, args);
const tmp = (name: string) => path.join(dir, name);

function tables(input: string, output: string, ...flags: string[]) {
  const r = run('tables', input, '-o', output, '--json', ...flags);
  if (r.code !== 0) throw new Error(`tables failed: ${r.stderr}`);
  return tablesJsonSchema.parse(JSON.parse(r.stdout));
}

function equityOf(file: string) {
  const r = run('equity', file, '--json');
  if (r.code === null || r.code > 1) throw new Error(`equity failed: ${r.stderr}`);
  return equityReportJsonSchema.parse(JSON.parse(r.stdout));
}

async function workbookOf(name: string, rows: TestCell[][], sheet = 'Budget 2026'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((cells, r) =>
    cells.forEach((c, col) => {
      if (c === null || c === undefined) return;
      ws.getCell(r + 1, col + 1).value = typeof c === 'object' ? ({ formula: c.f.slice(1), result: c.v } as ExcelJS.CellFormulaValue) : c;
    }),
  );
  const file = tmp(name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The equity table's rows as LibreOffice computed them, and the equity command's, side by side. */
async function compareEquity(file: string, tableSheet: string, headerRow: number, column = 'A') {
  const sheets = await recalculate(file);
  const rows = sheets[tableSheet];
  expect(rows).toBeDefined();
  const report = equityOf(file);
  const col = (offset: number) => String.fromCharCode(column.charCodeAt(0) + offset);
  const read = (offset: number, r: number) => cellValue(rows, `${col(offset)}${r}`);
  const calc = report.equity.map((_, i) => {
    const r = headerRow + 1 + i;
    return {
      year: toNumber(read(0, r)),
      opening: read(1, r) === '' ? null : toNumber(read(1, r)),
      contributions: toNumber(read(2, r)),
      otherIncome: toNumber(read(3, r)),
      costs: toNumber(read(4, r)),
      closing: toNumber(read(5, r)),
      cap: toNumber(read(6, r)),
      floor: toNumber(read(7, r)),
      status: STATUS[read(8, r)],
    };
  });
  // Nothing under the last year: one row a year.
  expect(read(0, headerRow + 1 + report.equity.length)).toBe('');
  const fromCommand = report.equity.map((e) => ({
    year: e.year, opening: e.opening, contributions: e.contributions, otherIncome: e.otherIncome, costs: e.costs,
    closing: e.closing, cap: e.cap, floor: e.floor, status: e.status,
  }));
  expect(calc).toEqual(fromCommand);
  return { sheets, report };
}

/** Financial goals per year as LibreOffice computed them: goal 2 is the floor, goal 3 the cap. */
function expectGoalsAgree(rows: string[][], report: ReturnType<typeof equityOf>, headerRow = 3) {
  report.equity.forEach((e, i) => {
    const c = String.fromCharCode('C'.charCodeAt(0) + i);
    expect(cellValue(rows, `${c}${headerRow}`)).toBe(String(e.year));
    expect(cellValue(rows, `${c}${headerRow + 1}`)).toBe(e.closing >= 0 ? 'Uppfyllt' : 'Ej uppfyllt');
    expect(cellValue(rows, `${c}${headerRow + 2}`)).toBe(e.status === 'below-floor' ? 'Ej uppfyllt' : 'Uppfyllt');
    expect(cellValue(rows, `${c}${headerRow + 3}`)).toBe(e.status === 'over-cap' ? 'Ej uppfyllt' : 'Uppfyllt');
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-tables-lo-'));
  buildCli();
});

afterAll(async () => {
  await disposeProfile();
  await disposeXlsxProfile();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the output in LibreOffice', () => {
  it('converts without error, once inserted, twice inserted and placed below', async () => {
    const once = tmp('once.xlsx');
    const twice = tmp('twice.xlsx');
    const below = tmp('below.xlsx');
    tables(SAMPLE, once);
    tables(once, twice);
    tables(SAMPLE, below, '--place', 'below');
    expect(await convertsWithoutError(once)).toBe(true);
    expect(await convertsWithoutError(twice)).toBe(true);
    expect(await convertsWithoutError(below)).toBe(true);
  });

  it('recalculates the sample equity table to the numbers of the equity command, and the goals agree', async () => {
    const out = tmp('sample-tables.xlsx');
    tables(SAMPLE, out, '--only', 'equity,financial-goals');
    const { sheets, report } = await compareEquity(out, 'Eget kapital', 3);
    expect(report.sheet).toBe('Budget 2026');
    expect(report.equity.map((e) => e.status)).toEqual(['over-cap', 'over-cap', 'over-cap', 'over-cap', 'ok']);
    expectGoalsAgree(sheets['Finansiella mål'], report);
  });

  it('follows changes to the budget sheet made after insertion (the formulas are live)', async () => {
    const out = tmp('live.xlsx');
    tables(SAMPLE, out, '--only', 'equity,financial-goals');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Budget 2026')!;
    ws.getCell('D23').value = 5_500_000; // 2027 closing 132 648 kr: under the floor
    ws.getCell('F23').value = 3_000_000; // 2029 closing 1 884 802 kr: over the cap
    ws.getCell('E2').value = 2_500_000; // 2028 contributions 4.5 MSEK: cap 900 000 kr
    ws.getCell('E8').value = 5_519_823;
    const changed = tmp('live-changed.xlsx');
    await wb.xlsx.writeFile(changed);
    const { sheets, report } = await compareEquity(changed, 'Eget kapital', 3);
    expect(report.equity.map((e) => e.status)).toEqual(['over-cap', 'over-cap', 'below-floor', 'over-cap', 'over-cap']);
    expect(report.equity[3]).toMatchObject({ contributions: 4_500_000, cap: 900_000 });
    expectGoalsAgree(sheets['Finansiella mål'], report);
  });

  it('agrees across the cap tiers and every status on a sheet of formulas', async () => {
    // Contributions 5, 9 and 15 MSEK (caps 1 000 000, 1 700 000, 2 450 000 kr), then 4 MSEK.
    const rows = equityTable(
      [
        { contributions: 5_000_000, costs: 4_900_000 }, // closing 900 000: ok
        { contributions: 9_000_000, costs: 7_000_000 }, // 2 900 000: over the cap 1 700 000
        { contributions: 15_000_000, costs: 15_500_000 }, // 2 400 000: ok under 2 450 000
        { contributions: 4_000_000, costs: 5_900_000 }, // 500 000: under the floor
      ],
      800_000,
    );
    const file = await workbookOf('tiers.xlsx', rows);
    const out = tmp('tiers-tables.xlsx');
    const json = tables(file, out, '--only', 'equity,financial-goals', '--place', 'below');
    expect(json.tables[0].sheet).toBe('Budget 2026');
    const headerRow = Number(json.tables[0].range.match(/^A(\d+):/)![1]);
    const { sheets, report } = await compareEquity(out, 'Budget 2026', headerRow);
    expect(report.equity.map((e) => [e.cap, e.status])).toEqual([
      [1_000_000, 'ok'], [1_700_000, 'over-cap'], [2_450_000, 'ok'], [800_000, 'below-floor'],
    ]);
    const goalsHeader = Number(json.tables[1].range.match(/^A(\d+):/)![1]);
    expectGoalsAgree(sheets['Budget 2026'], report, goalsHeader);
  });
});

describe('the budget table, typed into and recalculated', () => {
  /** Amounts for the item rows of the inserted table, per year 2025-2029. */
  const TYPED: Record<string, number[]> = {
    'Försäkringskassan': [2_115_000, 2_100_000, 2_050_000, 2_000_000, 2_000_000],
    'Region Gotland': [2_115_000, 2_100_000, 2_050_000, 2_000_000, 2_000_000],
    'Ränteintäkter': [562, 500, 500, 500, 400],
    'Personalkostnader': [1_200_000, 1_250_000, 1_290_000, 1_330_000, 1_370_000],
    'Lokalkostnader': [120_000, 120_000, 125_000, 125_000, 130_000],
    'Övriga administrativa kostnader': [80_000, 80_000, 80_000, 80_000, 80_000],
    'Strukturell samverkan & kompetensutveckling': [300_000, 300_000, 300_000, 300_000, 300_000],
    'Uppföljning & utvärdering': [10_000, 5_000, 5_000, 5_000, 5_000],
    'Konsulttjänster': [50_000, 0, 0, 0, 0],
    'Jobbvagen A/R': [960_000, 0, 0, 0, 0],
    'Jobbvägen försteget': [1_133_510, 1_652_447, 1_705_325, 735_421, 0],
    'Ung Vux Gotland': [908_128, 850_000, 0, 0, 0],
    'Nya insatser': [0, 1_300_000, 1_300_000, 1_300_000, 2_000_000],
    'Reserv eget kapital': [650_000, 650_000, 650_000, 650_000, 650_000],
  };
  const OPENING_2025 = 2_263_472;

  async function typeInto(file: string, changes: Record<string, number[]> = {}): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Budgetplan 2026')!;
    const rowOf = new Map<string, number>();
    ws.getColumn(1).eachCell((cell, r) => {
      if (typeof cell.value === 'string') rowOf.set(cell.value, r);
    });
    for (const [label, amounts] of Object.entries({ ...TYPED, ...changes })) {
      const r = rowOf.get(label);
      if (!r) throw new Error(`no row "${label}" in the inserted budget table`);
      amounts.forEach((v, i) => (ws.getCell(r, 2 + i).value = v));
    }
    ws.getCell(rowOf.get('Eget kapital')!, 2).value = OPENING_2025;
    const typed = file.replace(/\.xlsx$/, `-typed-${Object.keys(changes).length}.xlsx`);
    await wb.xlsx.writeFile(typed);
    return typed;
  }

  function validateJson(file: string) {
    const r = run('validate', file, '--json', '--sheet', 'Budgetplan 2026');
    expect(r.stderr).toBe('');
    return { code: r.code, json: validateJsonSchema.parse(JSON.parse(r.stdout)) };
  }

  let inserted: string;
  beforeAll(() => {
    inserted = tmp('budget.xlsx');
    const json = tables(SAMPLE, inserted, '--only', 'budget');
    expect(json.tables).toEqual([expect.objectContaining({ id: 'budget', name: 'Budgetplan', sheet: 'Budgetplan 2026' })]);
  });

  it('raises no error', async () => {
    const typed = await typeInto(inserted);
    const recalculated = tmp('budget-recalculated.xlsx');
    await recalculateToXlsx(typed, recalculated);
    const { code, json } = validateJson(recalculated);
    expect(json.sheet).toBe('Budgetplan 2026');
    expect(json.budgetYear).toBe(2026);
    expect(json.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    // Every total is a formula over the right rows; only equity warnings may remain.
    expect(json.findings.map((f) => f.rule).filter((r) => !/^equity-(below-floor|over-cap)$/.test(r))).toEqual([]);
    // The totals and the carried equity are LibreOffice's results, not blanks: closing equity
    // per year is income minus costs of the typed amounts.
    let opening = OPENING_2025;
    const expected = [0, 1, 2, 3, 4].map((i) => {
      const income = TYPED['Försäkringskassan'][i] + TYPED['Region Gotland'][i] + TYPED['Ränteintäkter'][i] + opening;
      const costs = Object.entries(TYPED)
        .filter(([l]) => !['Försäkringskassan', 'Region Gotland', 'Ränteintäkter'].includes(l))
        .reduce((s, [, a]) => s + a[i], 0);
      const row = { opening, closing: income - costs };
      opening = income - costs;
      return row;
    });
    expect(json.equity.map((e) => ({ opening: e.opening, closing: e.closing }))).toEqual(expected);
  });

  it('does raise the error when the typed numbers are wrong (state and region differ)', async () => {
    const typed = await typeInto(inserted, { 'Region Gotland': [2_115_000, 2_000_000, 2_050_000, 2_000_000, 2_000_000] });
    const recalculated = tmp('budget-recalculated-bad.xlsx');
    await recalculateToXlsx(typed, recalculated);
    const { code, json } = validateJson(recalculated);
    const errors = json.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.year])).toEqual([['funding-split', 2026]]);
    expect(code).toBe(1);
  });
});
