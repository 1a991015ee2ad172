/**
 * Values where amounts belong that are not amounts: 1e308, "NaN", "Infinity", dates. The tool
 * neither crashes nor writes Infinity or NaN anywhere; such a cell counts as no amount, and
 * the totals that include it are reported. Merged and hidden rows are read as Excel shows them.
 */
import ExcelJS from 'exceljs';
import { readAmount, isDateFormat, MAX_AMOUNT } from '../../src/domain/amount';
import { defaultConfig } from '../../src/domain/config';
import { parseBudgetSheet } from '../../src/domain/parse';
import { validate } from '../../src/domain/validate';
import { snapshotOf } from '../../src/workbook/snapshot';
import { validBudgetRows, type TestCell } from '../helpers/sheet';
import { buildCli, runCli, tempDir, writeRows } from './helpers';

const tmp = tempDir('values');
beforeAll(buildCli);
afterAll(tmp.remove);

function hostileValues(): TestCell[][] {
  const rows = validBudgetRows();
  rows[1] = ['Försäkringskassan', 1e308, 1e308];
  rows[2] = ['Region Gotland', 1e308, 'Infinity'];
  rows[4] = ['Ränteintäkter', 'NaN', '-Infinity'];
  rows[10] = ['Lön', 1e308, 1000];
  return rows;
}

async function workbookWith(name: string, build: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Budget'));
  const file = tmp.file(name);
  await wb.xlsx.writeFile(file);
  return file;
}

function noNonFinite(text: string): void {
  // The cell's own text may be quoted back as "actual"; no computed figure may be non-finite.
  expect(text).not.toMatch(/Infinity\skr|NaN\skr|e\+\d+\skr|(?<!"(?:actual|raw)": )"Infinity"\s*[,}]|:\s*null/);
}

it('readAmount: numbers beyond 10^15 kr, non-finite numbers and date formats are no amounts', () => {
  expect(readAmount(1e308)).toMatchObject({ kind: 'text', value: null, why: 'too-large' });
  expect(readAmount(-1e16)).toMatchObject({ kind: 'text', why: 'too-large' });
  expect(readAmount(MAX_AMOUNT)).toMatchObject({ kind: 'number', value: MAX_AMOUNT });
  expect(readAmount(Infinity)).toMatchObject({ kind: 'text', why: 'not-finite' });
  expect(readAmount('NaN')).toMatchObject({ kind: 'text', value: null });
  expect(readAmount('Infinity')).toMatchObject({ kind: 'text', value: null });
  expect(readAmount('1e308')).toMatchObject({ kind: 'text', value: null });
  expect(readAmount('9 999 999 999 999 999 kr')).toMatchObject({ kind: 'text', value: null });
  // Office.js reads a date as its serial number; the number format tells it apart.
  expect(readAmount(46023, 'yyyy-mm-dd')).toMatchObject({ kind: 'text', why: 'date' });
  expect(readAmount(46023, '#,##0 "kr";-#,##0 "kr";"- kr"')).toMatchObject({ kind: 'number', value: 46023 });
  for (const f of ['yyyy-mm-dd', 'd/m/yy', '[$-41D]d mmmm yyyy', 'h:mm', 'mmm-yy']) expect(isDateFormat(f)).toBe(true);
  for (const f of ['General', '#,##0', '#,##0 "kr"', '0.0%', '0.00E+00', '@', '#,##0\\ "SEK"', '[Red]-#,##0']) expect(isDateFormat(f)).toBe(false);
});

it('1e308, "NaN" and "Infinity" in amount cells: validate, equity, forecast and tables answer without crashing', async () => {
  const file = await workbookWith('huge.xlsx', (ws) => writeRows(ws, hostileValues()));
  const v = runCli(tmp.dir, ['validate', file, '--json']);
  expect(v.stderr).toBe('');
  expect(v.code).toBe(1);
  noNonFinite(v.stdout);
  const json = JSON.parse(v.stdout);
  // The totals over the unusable cells no longer add up: that is reported where they are.
  expect(json.findings.some((f: { rule: string; cell: string }) => f.rule === 'sum-mismatch' && f.cell === 'B13')).toBe(true);
  for (const args of [['equity', file], ['validate', file]]) {
    const r = runCli(tmp.dir, args);
    expect(r.stderr).toBe('');
    noNonFinite(r.stdout);
  }
  for (const cmd of ['forecast', 'tables']) {
    const out = tmp.file(`huge-${cmd}.xlsx`);
    const r = runCli(tmp.dir, [cmd, file, '-o', out, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    noNonFinite(r.stdout);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }),
      );
    }
  }
});

it('dates where amounts belong are no amounts', async () => {
  const file = await workbookWith('dates.xlsx', (ws) => {
    writeRows(ws, validBudgetRows());
    ws.getCell('B11').value = new Date(Date.UTC(2026, 5, 30));
    ws.getCell('B11').numFmt = 'yyyy-mm-dd';
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = parseBudgetSheet(snapshotOf(wb.worksheets[0]), defaultConfig);
  expect(sheet.byRow.get(10)!.amounts.get(2026)).toMatchObject({ kind: 'text', value: null });
  const r = runCli(tmp.dir, ['validate', file, '--json']);
  expect(r.code).toBe(1);
  const findings = JSON.parse(r.stdout).findings as { rule: string; cell: string; messageId: string; expected: number; actual: number }[];
  expect(findings.find((f) => f.rule === 'sum-mismatch' && f.cell === 'B13')).toMatchObject({ messageId: 'mismatch', expected: 100, actual: 1100 });
});

it('hidden rows count, as in Excel\'s SUM', async () => {
  const file = await workbookWith('hidden.xlsx', (ws) => {
    writeRows(ws, validBudgetRows());
    ws.getRow(11).hidden = true;
    ws.getRow(3).hidden = true;
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(validate(snapshotOf(wb.worksheets[0]), defaultConfig).findings.filter((f) => f.severity === 'error')).toEqual([]);
});

it('merged cells read as Excel shows them: the value in the first cell, the rest blank', async () => {
  const file = await workbookWith('merged.xlsx', (ws) => {
    writeRows(ws, validBudgetRows());
    ws.mergeCells('A10:C10'); // the section header "Administration" across the year columns
    ws.getCell('E2').value = 'Not över två rader';
    ws.mergeCells('E2:E3'); // a note beside the table, merged down
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const snapshot = snapshotOf(wb.worksheets[0]);
  expect(snapshot.values[9].slice(0, 3)).toEqual(['Administration', null, null]);
  expect(snapshot.values[2][4]).toBeNull();
  const result = validate(snapshot, defaultConfig);
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(result.sheet.rows.find((r) => r.label === 'Administration')!.role).toBe('section-header');
});
