/**
 * A workbook of 1 000 sheets: what a user expects is that the budget sheet is found, wherever
 * it is, and that --sheet goes straight to it. (Times are printed, never asserted.)
 */
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { validBudgetRows } from '../helpers/sheet';
import { buildCli, runCli, tempDir, writeRows } from './helpers';

const tmp = tempDir('sheets');
beforeAll(buildCli);
afterAll(tmp.remove);

async function thousandSheets(name: string, budgetAt: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (let i = 0; i < 1000; i++) {
    if (i === budgetAt) writeRows(wb.addWorksheet('Budget 2026'), validBudgetRows());
    else writeRows(wb.addWorksheet(`Blad ${i + 1}`), [['Anteckning', `sida ${i + 1}`], ['Summa', 3, 'kr']]);
  }
  const file = tmp.file(name);
  await wb.xlsx.writeFile(file);
  return file;
}

it.each([
  ['first', 0],
  ['last', 999],
])('finds the budget sheet when it is the %s of 1 000 sheets', async (_where, at) => {
  const file = await thousandSheets(`sheets-${at}.xlsx`, at);
  let t = performance.now();
  const r = runCli(tmp.dir, ['validate', file, '--json']);
  const auto = performance.now() - t;
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).sheet).toBe('Budget 2026');
  t = performance.now();
  const named = runCli(tmp.dir, ['validate', file, '--sheet', 'Budget 2026', '--json']);
  const direct = performance.now() - t;
  expect(named.code).toBe(0);
  // Written for the bench notes, not asserted.
  process.stdout.write(`1 000 blad, budgetbladet ${_where}: ${Math.round(auto)} ms utan --sheet, ${Math.round(direct)} ms med --sheet\n`);
});

it('a missing --sheet among 1 000 sheets is one line, not a list of a thousand names', async () => {
  const file = await thousandSheets('sheets-missing.xlsx', 5);
  const r = runCli(tmp.dir, ['validate', file, '--sheet', 'Budget 2030']);
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr.length).toBeLessThan(600);
  expect(r.stderr).toMatch(/"Budget 2030" finns inte/);
});
