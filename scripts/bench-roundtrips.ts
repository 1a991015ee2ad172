// Office.js round trips and request sizes per pane action: the Office.js host runs through the
// real Excel library of @microsoft/office-js (excel-web-16.00, in jsdom), its requests answered
// from the fake Excel workbook of the host tests (tests/helpers/office-js-real.ts). Validate is
// the read; forecast and tables are the write that follows it, as in the pane.
import { defaultConfig } from '../src/domain/config';
import { forecast } from '../src/domain/forecast/forecast';
import type { SheetSnapshot } from '../src/domain/snapshot';
import { buildTables } from '../src/domain/tables';
import { ExcelHost } from '../src/excel/excel-host';
import { FakeExcel } from '../tests/helpers/fake-excel';
import { realExcel } from '../tests/helpers/office-js-real';
import type { TestCell } from '../tests/helpers/sheet';

function rowsOf(snapshot: SheetSnapshot): TestCell[][] {
  return snapshot.values.map((row, r) => row.map((v, c) => (snapshot.formulas[r][c] ? { f: snapshot.formulas[r][c]!, v } : v)));
}

/** Round trips of one action and the bytes of each of its requests, as the real library sends them. */
export async function countRoundTrips(action: 'validate' | 'forecast' | 'tables', snapshot: SheetSnapshot): Promise<{ roundTrips: number; requestBytes: number[] }> {
  // Excel on the web: ExcelApi 1.18 reported, no notes object in the library.
  const excel = new FakeExcel([{ name: snapshot.sheetName, rows: rowsOf(snapshot) }], undefined, { apiSets: { ExcelApi: '1.18' } });
  const { run, requests } = realExcel(excel);
  const host = new ExcelHost({ run, displayLanguage: 'sv-SE', isSetSupported: excel.isSetSupported });
  const read = await host.readBudget(defaultConfig);
  const measured = () => ({ roundTrips: requests.length, requestBytes: requests.map((r) => r.requestBytes) });
  if (action === 'validate') return measured();
  const plan =
    action === 'forecast'
      ? forecast(read.snapshot, defaultConfig, { existingSheets: read.sheetNames }).plan
      : buildTables(read.snapshot, defaultConfig, { workbook: { sheetNames: read.sheetNames, tableNames: read.tableNames, sheets: [read.snapshot] } }).plan;
  requests.length = 0;
  await host.apply(plan, action);
  return measured();
}
