/**
 * Sheet names with quotes, spaces and emoji: findings name the cell as 'It''s'!B2, formulas
 * into the budget sheet and the assumptions sheet are quoted so that Excel (here LibreOffice,
 * recalculating every formula) reads them.
 */
import { cellValue, disposeProfile, recalculate, toNumber } from '../helpers/libreoffice';
import { validBudgetRows } from '../helpers/sheet';
import { buildCli, runCli, tempDir, writeWorkbook } from './helpers';
import ExcelJS from 'exceljs';

const tmp = tempDir('names');
const NAME = `Förbund's "budget" 🚀 2026`;
const QUOTED = `'Förbund''s "budget" 🚀 2026'`;

beforeAll(buildCli);
afterAll(async () => {
  await disposeProfile();
  tmp.remove();
});

/** The valid test table with its last prognosis year blank, so the forecast fills it. */
function rowsWithBlankYear() {
  return validBudgetRows().map((r) => (r.length === 3 && typeof r[1] !== 'string' ? r.slice(0, 2) : r));
}

it('validate names cells with the sheet name quoted as Excel writes it', async () => {
  const rows = validBudgetRows();
  rows[1] = ['Försäkringskassan', 1000, 1200]; // state ≠ region in 2027
  const file = await writeWorkbook(tmp.file('names.xlsx'), [[NAME, rows], ['Antaganden', [['upptaget namn']]]]);
  const text = runCli(tmp.dir, ['validate', file]);
  expect(text.stdout).toContain(`Blad: ${NAME}`);
  // The sheet is named once, above its findings; each finding names its cell.
  expect(text.stdout).toMatch(/^ {4}C2 +Staten ska betala hälften/m);
  const json = runCli(tmp.dir, ['validate', file, '--json']);
  const parsed = JSON.parse(json.stdout);
  expect(parsed.sheet).toBe(NAME);
  expect(parsed.findings.every((f: { sheet: string; cell: string }) => f.sheet === NAME && /^[A-Z]+\d+$/.test(f.cell))).toBe(true);
  // --sheet takes the name as it is.
  expect([0, 1]).toContain(runCli(tmp.dir, ['validate', file, '--sheet', NAME, '--json']).code);
});

it('forecast and tables write quoted references that LibreOffice recalculates to the right values', async () => {
  // "Antaganden" is taken, so the forecast's sheet becomes "Antaganden (2)": a name with a space.
  const file = await writeWorkbook(tmp.file('names-blank.xlsx'), [[NAME, rowsWithBlankYear()], ['Antaganden', [['upptaget namn']]]]);
  const forecastOut = tmp.file('names-prognos.xlsx');
  const f = runCli(tmp.dir, ['forecast', file, '-o', forecastOut]);
  expect(f.stderr).toBe('');
  expect(f.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(forecastOut);
  const formulas: string[] = [];
  wb.getWorksheet(NAME)!.eachRow((row) => row.eachCell((c) => c.type === ExcelJS.ValueType.Formula && formulas.push(c.formula)));
  expect(formulas.some((x) => x.includes(`'Antaganden (2)'!$B$3`))).toBe(true);

  const tablesOut = tmp.file('names-tabeller.xlsx');
  const t = runCli(tmp.dir, ['tables', forecastOut, '-o', tablesOut, '--only', 'equity']);
  expect(t.stderr).toBe('');
  expect(t.code).toBe(0);
  const twb = new ExcelJS.Workbook();
  await twb.xlsx.readFile(tablesOut);
  const equitySheet = twb.worksheets.find((w) => w.name.startsWith('Eget kapital'))!;
  const refs: string[] = [];
  equitySheet.eachRow((row) => row.eachCell((c) => c.type === ExcelJS.ValueType.Formula && refs.push(c.formula)));
  expect(refs.some((x) => x.includes(`${QUOTED}!`))).toBe(true);
  expect(refs.every((x) => !x.includes(`${NAME}!`))).toBe(true);

  const sheets = await recalculate(tablesOut);
  const budget = sheets[NAME];
  expect(budget).toBeDefined();
  // Prognos 2027 (column C) was filled: Lön indexed 3 % from 1000 through 'Antaganden (2)'!$B$3.
  expect(toNumber(cellValue(budget, 'C11'))).toBe(1030);
  const income2027 = toNumber(cellValue(budget, 'C7'));
  const costs2027 = toNumber(cellValue(budget, 'C15'));
  // The equity table's closing equity per year equals the budget sheet's totals, recalculated.
  const equity = sheets[equitySheet.name];
  const flat = equity.flat().map((v) => v.trim());
  expect(flat).toContain(String(income2027 - costs2027));
});
