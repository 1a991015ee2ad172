// Office.js round trips per pane action on the fake Excel object model the host tests use
// (tests/helpers/fake-excel.ts counts context.sync()). Validate is the read; forecast and
// tables are the write that follows it, as in the pane.
import { defaultConfig } from '../src/domain/config';
import { forecast } from '../src/domain/forecast/forecast';
import type { SheetSnapshot } from '../src/domain/snapshot';
import { buildTables } from '../src/domain/tables';
import { ExcelHost } from '../src/excel/excel-host';
import { FakeExcel } from '../tests/helpers/fake-excel';
import type { TestCell } from '../tests/helpers/sheet';

function rowsOf(snapshot: SheetSnapshot): TestCell[][] {
  return snapshot.values.map((row, r) => row.map((v, c) => (snapshot.formulas[r][c] ? { f: snapshot.formulas[r][c]!, v } : v)));
}

export async function countRoundTrips(action: 'validate' | 'forecast' | 'tables', snapshot: SheetSnapshot): Promise<number> {
  const excel = new FakeExcel([{ name: snapshot.sheetName, rows: rowsOf(snapshot) }]);
  const host = new ExcelHost({ run: excel.run, displayLanguage: 'sv-SE', isSetSupported: () => true });
  const before = excel.syncs;
  const read = await host.readBudget(defaultConfig);
  if (action === 'validate') return excel.syncs - before;
  const plan =
    action === 'forecast'
      ? forecast(read.snapshot, defaultConfig, { existingSheets: read.sheetNames }).plan
      : buildTables(read.snapshot, defaultConfig, { workbook: { sheetNames: read.sheetNames, tableNames: read.tableNames, sheets: [read.snapshot] } }).plan;
  const beforeWrite = excel.syncs;
  await host.apply(plan, action);
  return excel.syncs - beforeWrite;
}
