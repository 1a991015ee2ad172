import path from 'node:path';
import { chooseBudgetSheet } from '../src/domain/choose';
import { defaultConfig, parseConfig } from '../src/domain/config';
import { forecast } from '../src/domain/forecast/forecast';
import { buildTables } from '../src/domain/tables';
import type { SheetSnapshot } from '../src/domain/snapshot';
import { validate } from '../src/domain/validate';
import { ExcelHost } from '../src/excel/excel-host';
import { HostError } from '../src/host/types';
import { loadWorkbookFile } from '../src/workbook/load';
import { snapshotsOf } from '../src/workbook/snapshot';
import { budgetGrid } from '../scripts/bench-workbooks';
import { FakeExcel, type FakeExcelOptions } from './helpers/fake-excel';
import { officeWindow, realExcel, REQUEST_LIMIT, type WireRequest } from './helpers/office-js-real';
import type { TestCell } from './helpers/sheet';

/**
 * The Office.js host against the real Excel library of @microsoft/office-js (excel-web-16.00,
 * what Excel on the web runs), its requests answered from the fake workbook. Request sizes and
 * round trips are those of the real serialisation.
 */
const SAMPLE = path.join(__dirname, '..', 'examples', 'budgetplan-2026.xlsx');

function rowsOf(snapshot: SheetSnapshot): TestCell[][] {
  return snapshot.values.map((row, r) => row.map((v, c) => (snapshot.formulas[r][c] ? { f: snapshot.formulas[r][c]!, v } : v)));
}

/** Excel on the web says ExcelApi 1.18 (notes) but the npm library has no notes object. */
const WEB: FakeExcelOptions = { apiSets: { ExcelApi: '1.18' } };
/** Office 2019: ExcelApi 1.8 at most; no cell properties before 1.9, no delayForCellEdit. */
const OFFICE_2019: FakeExcelOptions = { apiSets: { ExcelApi: '1.8' } };

function setup(rows: TestCell[][], options: FakeExcelOptions) {
  const excel = new FakeExcel([{ name: 'Budget', rows }], undefined, options);
  const { run, requests } = realExcel(excel);
  const host = new ExcelHost({ run, displayLanguage: 'sv-SE', isSetSupported: excel.isSetSupported });
  return { excel, host, requests };
}

async function trips(requests: WireRequest[], action: () => Promise<unknown>): Promise<WireRequest[]> {
  const before = requests.length;
  await action();
  return requests.slice(before);
}

async function sampleRows(): Promise<TestCell[][]> {
  const { snapshot } = chooseBudgetSheet(snapshotsOf(await loadWorkbookFile(SAMPLE)), defaultConfig);
  return rowsOf(snapshot);
}

describe('the real Office.js library (excel-web-16.00)', () => {
  it('has no notes object in the npm build: notes must be detected on the object, not by requirement set', () => {
    const Excel = (officeWindow() as unknown as { Excel: { Workbook: { prototype: object }; Worksheet: { prototype: object } } }).Excel;
    expect('notes' in Excel.Workbook.prototype).toBe(false);
    expect('notes' in Excel.Worksheet.prototype).toBe(false);
  });

  for (const [name, options] of [['Excel on the web (ExcelApi 1.18, no notes object)', WEB], ['Office 2019 (ExcelApi 1.8)', OFFICE_2019]] as const) {
    it(`${name}: read, validate, fill, insert tables and undo the sample without an error, each request under 5 MB`, async () => {
      const { excel, host, requests } = setup(await sampleRows(), options);
      const before = excel.state.dump();
      const read = await trips(requests, async () => {
        const r = await host.readBudget(defaultConfig);
        expect(validate(r.snapshot, defaultConfig).findings.filter((f) => f.severity === 'error')).toHaveLength(7);
      });
      expect(read).toHaveLength(1);
      const result = forecast((await host.readBudget(defaultConfig)).snapshot, parseConfig({ forecast: { horizon: 6 } }), { existingSheets: ['Budget'] });
      expect(result.filled.length).toBeGreaterThan(10);
      const fill = await trips(requests, () => host.apply(result.plan, 'Fyll prognoser'));
      expect(fill).toHaveLength(2);
      expect(excel.state.sheet('Antaganden')).toBeDefined();
      const filled = excel.state.sheet('Budget')!;
      expect([...filled.cells.values()].some((c) => c.fill === '#FFF4CE')).toBe(true);
      const undo = await trips(requests, async () => expect(await host.undo()).toEqual({ label: 'Fyll prognoser', kept: [] }));
      expect(undo).toHaveLength(3);
      expect(excel.state.dump()).toEqual(before);
      // Insert the tables below the budget and on new sheets, then undo: two requests each way in.
      const again = await host.readBudget(defaultConfig);
      const tables = buildTables(again.snapshot, defaultConfig, { workbook: { sheetNames: again.sheetNames, tableNames: again.tableNames, sheets: again.sheets } }).plan;
      expect(await trips(requests, () => host.apply(tables, 'Infoga tabeller'))).toHaveLength(2);
      expect(excel.state.tables.length).toBeGreaterThan(0);
      await host.undo();
      expect(excel.state.dump()).toEqual(before);
      expect(requests.every((r) => r.requestBytes < REQUEST_LIMIT && r.responseBytes < REQUEST_LIMIT)).toBe(true);
      // delayForCellEdit (request flag 64) only where ExcelApi 1.11 is there.
      expect(requests.every((r) => ((r.flags & 64) !== 0) === (options === WEB))).toBe(true);
    });
  }

  it('a 10 000-cell fill: every request under 5 MB, two round trips, and undo puts it all back', async () => {
    const grid = budgetGrid({ rows: 2750, years: 5 });
    const rows: TestCell[][] = grid.map((row) => row.map((c) => (c.f ? { f: c.f, v: c.v } : c.v)));
    const { excel, host, requests } = setup(rows, WEB);
    const before = excel.state.dump();
    const read = await host.readBudget(defaultConfig);
    const result = forecast(read.snapshot, parseConfig({ forecast: { horizon: 6 } }), { existingSheets: read.sheetNames });
    expect(result.filled.length).toBeGreaterThanOrEqual(10_000);
    const fill = await trips(requests, () => host.apply(result.plan, 'Fyll prognoser'));
    expect(fill.length).toBe(2);
    expect(fill.every((r) => r.requestBytes < REQUEST_LIMIT && r.responseBytes < REQUEST_LIMIT)).toBe(true);
    await host.undo();
    expect(excel.state.dump()).toEqual(before);
    expect(requests.every((r) => r.requestBytes < REQUEST_LIMIT && r.responseBytes < REQUEST_LIMIT)).toBe(true);
  });

  it('a plan over the request budget is captured, written and undone in more requests, each within the budget', async () => {
    // The budget scaled down (100 kB instead of 3 MB) so a small plan shows the split.
    const grid = budgetGrid({ rows: 600, years: 5 });
    const rows: TestCell[][] = grid.map((row) => row.map((c) => (c.f ? { f: c.f, v: c.v } : c.v)));
    const excel = new FakeExcel([{ name: 'Budget', rows }], undefined, WEB);
    const { run, requests } = realExcel(excel);
    const budget = 100_000;
    const host = new ExcelHost({ run, displayLanguage: 'sv-SE', isSetSupported: excel.isSetSupported, maxRequestBytes: budget });
    const before = excel.state.dump();
    const read = await host.readBudget(defaultConfig);
    const result = forecast(read.snapshot, parseConfig({ forecast: { horizon: 6 } }), { existingSheets: read.sheetNames });
    const fill = await trips(requests, () => host.apply(result.plan, 'Fyll prognoser'));
    expect(fill.length).toBeGreaterThan(3);
    expect(excel.state.sheet('Antaganden')).toBeDefined();
    const undo = await trips(requests, () => host.undo());
    expect(undo.length).toBeGreaterThan(3);
    expect(excel.state.dump()).toEqual(before);
    // Measured on the real serialisation: what the host estimated stays near the budget, both
    // what it sends (writes) and what it asks back (the previous state, the undo check).
    for (const r of [...fill, ...undo]) {
      expect(r.requestBytes).toBeLessThan(budget * 1.5);
      expect(r.responseBytes).toBeLessThan(budget * 1.5);
    }
  });

  it('cell-edit mode: with ExcelApi 1.11 Excel waits (flag 64); without it the Swedish message, nothing written', async () => {
    const web = setup(await sampleRows(), WEB);
    web.excel.cellEditMode = true;
    await expect(web.host.readBudget(defaultConfig)).resolves.toBeDefined();
    expect(web.excel.cellEditMode).toBe(false);

    const old = setup(await sampleRows(), { apiSets: { ExcelApi: '1.10' } });
    old.excel.cellEditMode = true;
    const error = await old.host.readBudget(defaultConfig).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe('Avsluta redigeringen av cellen (Enter) och försök igen.');
  });
});
