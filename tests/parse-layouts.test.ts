import ExcelJS from 'exceljs';
import { chooseBudgetSheet } from '../src/domain/choose';
import { defaultConfig } from '../src/domain/config';
import type { BudgetSheet, RowRole } from '../src/domain/model';
import { NoBudgetTableError, parseBudgetSheet } from '../src/domain/parse';
import type { SheetSnapshot } from '../src/domain/snapshot';
import { validate } from '../src/domain/validate';
import { snapshotOf, snapshotsOf } from '../src/workbook/snapshot';
import { sheetOf, validBudgetRows, type TestCell } from './helpers/sheet';

const parse = (s: SheetSnapshot) => parseBudgetSheet(s, defaultConfig);
const roles = (sheet: BudgetSheet) => sheet.rows.map((r) => [r.label, r.role] as [string, RowRole]);
const role = (sheet: BudgetSheet, label: string) => sheet.rows.find((r) => r.label === label)?.role;
const comps = (sheet: BudgetSheet, label: string) => sheet.rows.find((r) => r.label === label)?.components;
/** Findings as rule@cell, leaving out the equity cap and floor (a tiny table is always over its cap). */
const rulesOf = (s: SheetSnapshot) =>
  validate(s, defaultConfig).findings.filter((f) => !/^equity-(over-cap|below-floor)$/.test(f.rule)).map((f) => `${f.rule}@${f.cell}`);
const errorsOf = (s: SheetSnapshot) =>
  validate(s, defaultConfig).findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${f.cell}`);

/** Shifts a table right by `cols` and down by `rows`, rewriting A1 references in formulas. */
function shift(rows: TestCell[][], down: number, right: number): TestCell[][] {
  const move = (f: string) =>
    f.replace(/\b([A-Z]{1,2})(\d+)\b/g, (_, col: string, row: string) =>
      `${String.fromCharCode(col.charCodeAt(0) + right)}${Number(row) + down}`);
  const out: TestCell[][] = [];
  for (let i = 0; i < down; i++) out.push([]);
  for (const row of rows) {
    const pad: TestCell[] = Array(right).fill(null);
    out.push([...pad, ...row.map((c) => (c && typeof c === 'object' ? { f: move(c.f), v: c.v } : c))]);
  }
  return out;
}

const VALID_ROLES: [string, RowRole][] = [
  ['Försäkringskassan', 'contribution'],
  ['Region Gotland', 'contribution'],
  ['Summa samverkansmedel', 'contribution-subtotal'],
  ['Ränteintäkter', 'other-income'],
  ['Eget kapital', 'opening-equity'],
  ['TOTALT', 'income-total'],
  ['Administration', 'section-header'],
  ['Lön', 'item'],
  ['Lokal', 'item'],
  ['Summa administration', 'subtotal'],
  ['Reserv eget kapital', 'reserve'],
  ['SUMMA KOSTNADER', 'cost-total'],
];

describe('the helper table, as a baseline', () => {
  it('parses with the expected roles and no findings', () => {
    const s = sheetOf(validBudgetRows());
    const sheet = parse(s);
    expect(roles(sheet)).toEqual(VALID_ROLES);
    expect(sheet.budgetYear).toBe(2026);
    expect(rulesOf(s)).toEqual([]);
  });
});

describe('a table that does not start at A1', () => {
  it('a snapshot whose topLeft is C3: findings point at sheet cells, not snapshot indexes', () => {
    const rows = validBudgetRows();
    rows[11][1] = 150; // Lokal 2026: now Summa administration (1100) is wrong
    const s = sheetOf(rows, { topLeft: 'C3' });
    const sheet = parse(s);
    expect(roles(sheet)).toEqual(VALID_ROLES);
    expect(sheet.labelCol).toBe(0);
    expect(sheet.years.map((y) => [y.year, y.col])).toEqual([[2026, 1], [2027, 2]]);
    const result = validate(s, defaultConfig);
    const mismatch = result.findings.filter((f) => f.rule === 'sum-mismatch').map((f) => f.cell);
    // Summa administration is row 13 of the table → sheet row 15, column B → D.
    expect(mismatch).toContain('D15');
    expect(result.findings.find((f) => f.cell === 'D15' && f.rule === 'sum-mismatch')).toMatchObject({ expected: 1150, actual: 1100 });
  });

  it('an A1 snapshot with two empty rows and two empty columns before the table', () => {
    const rows = shift(validBudgetRows(), 2, 2);
    const s = sheetOf(rows);
    const sheet = parse(s);
    expect(sheet.labelCol).toBe(2);
    expect(sheet.years.map((y) => y.col)).toEqual([3, 4]);
    expect(roles(sheet)).toEqual(VALID_ROLES);
    expect(sheet.headerRows.sort((a, b) => a - b)).toEqual([2, 10]);
    expect(comps(sheet, 'SUMMA KOSTNADER')).toEqual([14, 15]);
    expect(rulesOf(s)).toEqual([]);
  });

  it('an exceljs sheet with the table at C4 (snapshot from A1) reports the sheet address', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget');
    const rows = validBudgetRows();
    rows[1][1] = 1200; // Försäkringskassan 2026 → subtotal 2000 is wrong and the split is off
    shift(rows, 3, 2).forEach((cells, r) =>
      cells.forEach((c, col) => {
        if (c === null || c === undefined) return;
        ws.getCell(r + 1, col + 1).value = typeof c === 'object' ? { formula: c.f.slice(1), result: c.v } as ExcelJS.CellFormulaValue : c;
      }),
    );
    const buf = await wb.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf);
    const s = snapshotOf(back.worksheets[0]);
    const cells = validate(s, defaultConfig).findings.filter((f) => f.rule === 'sum-mismatch').map((f) => f.cell);
    // Summa samverkansmedel: table row 4 → sheet row 7; 2026 column B → D.
    expect(cells).toEqual(['D7']);
  });
});

describe('other labels', () => {
  const rows = (): TestCell[][] => [
    ['INTÄKTER och eget kapital', 'Utfall 2024', 'Bokslut 2025', 'Budget 2026', 'Prognos 2027'],
    ['Försäkringskassan', 500, 500, 1000, 1000],
    ['Region Gotland', 500, 500, 1000, 1000],
    ['Summa samverkansmedel', 1000, 1000, 2000, 2000],
    ['Övriga intäkter', 0, 0, 0, 0],
    ['Ingående eget kapital', 100, 200, 300, 400],
    ['Summa intäkter', 1100, 1200, 2300, 2400],
    [],
    ['KOSTNADER', 'Utfall 2024', 'Bokslut 2025', 'Budget 2026', 'Prognos 2027'],
    ['Administration'],
    ['Förbundschef', 700, 800, 1700, 1800],
    ['Kontor', 200, 100, 200, 300],
    ['Totalt administration', 900, 900, 1900, 2100],
    ['Utvecklingsinsatser'],
    ['Insats A', 0, 0, 0, 0],
    ['Kostnader: Utvecklingsinsatser', 0, 0, 0, 0],
    ['TOTALT: Kostnader', 900, 900, 1900, 2100],
  ];

  it('classifies capitals, Summa intäkter, Totalt ..., Kostnader: ..., TOTALT: Kostnader', () => {
    const sheet = parse(sheetOf(rows()));
    expect(roles(sheet)).toEqual([
      ['Försäkringskassan', 'contribution'],
      ['Region Gotland', 'contribution'],
      ['Summa samverkansmedel', 'contribution-subtotal'],
      ['Övriga intäkter', 'other-income'],
      ['Ingående eget kapital', 'opening-equity'],
      ['Summa intäkter', 'income-total'],
      ['Administration', 'section-header'],
      ['Förbundschef', 'item'],
      ['Kontor', 'item'],
      ['Totalt administration', 'subtotal'],
      ['Utvecklingsinsatser', 'section-header'],
      ['Insats A', 'item'],
      ['Kostnader: Utvecklingsinsatser', 'subtotal'],
      ['TOTALT: Kostnader', 'cost-total'],
    ]);
    expect(sheet.rows.filter((r) => r.block === 'cost').map((r) => r.label)[0]).toBe('Administration');
    expect(comps(sheet, 'Summa samverkansmedel')).toEqual([1, 2]);
    expect(comps(sheet, 'Summa intäkter')).toEqual([3, 4, 5]);
    expect(comps(sheet, 'Totalt administration')).toEqual([10, 11]);
    expect(comps(sheet, 'Kostnader: Utvecklingsinsatser')).toEqual([14]);
    expect(comps(sheet, 'TOTALT: Kostnader')).toEqual([12, 15]);
    expect(sheet.rows.find((r) => r.label === 'Kontor')?.section).toBe('Administration');
    expect(sheet.rows.find((r) => r.label === 'Region Gotland')?.payer).toBe('region');
    expect(sheet.rows.find((r) => r.label === 'Försäkringskassan')?.payer).toBe('state');
  });

  it('reads Utfall and Bokslut as outcome years and finds the budget year after them', () => {
    const sheet = parse(sheetOf(rows()));
    expect(sheet.years.map((y) => [y.year, y.kind, y.col])).toEqual([
      [2024, 'outcome', 1], [2025, 'outcome', 2], [2026, 'budget', 3], [2027, 'prognosis', 4],
    ]);
    expect(sheet.budgetYear).toBe(2026);
    expect(sheet.yearProblems).toEqual([]);
  });

  it('a correct table with these labels has no sum-mismatch and no errors', () => {
    const s = sheetOf(rows());
    const findings = rulesOf(s);
    expect(findings.filter((f) => f.startsWith('sum-mismatch'))).toEqual([]);
    expect(errorsOf(s)).toEqual([]);
    // all totals are constants here
    expect(findings.filter((f) => f.startsWith('hardcoded-total')).length).toBeGreaterThan(0);
  });

  it('a wrong Totalt administration is reported at its cell', () => {
    const r = rows();
    r[12][3] = 1800;
    const f = validate(sheetOf(r), defaultConfig).findings.filter((x) => x.rule === 'sum-mismatch');
    // Reported once, at the wrong subtotal: TOTALT: Kostnader adds up with the subtotal's own rows (issue 12).
    expect(f.map((x) => x.cell)).toEqual(['D13']);
    expect(f[0]).toMatchObject({ year: 2026, expected: 1900, actual: 1800 });
  });
});

describe('bare-number year headers', () => {
  it('reads 2026, 2027, 2028 as years; with no Budget header the budget year is missing (year-sequence)', () => {
    const rows = validBudgetRows();
    rows[0] = ['Intäkter', 2026, 2027];
    rows[8] = ['Kostnader', 2026, 2027];
    const s = sheetOf(rows);
    const sheet = parse(s);
    expect(sheet.years.map((y) => [y.year, y.kind])).toEqual([[2026, 'year'], [2027, 'year']]);
    expect(roles(sheet)).toEqual(VALID_ROLES);
    expect(sheet.budgetYear).toBeNull();
    expect(rulesOf(s)).toEqual(expect.arrayContaining([expect.stringMatching(/^year-sequence@/)]));
    expect(rulesOf(s).filter((f) => f.startsWith('sum-mismatch'))).toEqual([]);
  });

  it('bare years in the income header take their kind from a cost header with words', () => {
    const rows = validBudgetRows();
    rows[0] = ['Intäkter', 2026, 2027];
    const sheet = parse(sheetOf(rows));
    expect(sheet.years.map((y) => y.kind)).toEqual(['budget', 'prognosis']);
    expect(sheet.budgetYear).toBe(2026);
  });

  it('an amount row whose values look like years is not a header row', () => {
    const rows = validBudgetRows();
    // Ränteintäkter 2 000 kr both years: numbers in the year range, in a row with a text label.
    rows[4] = ['Ränteintäkter', 2000, 2000];
    rows[6] = ['TOTALT', { f: '=SUM(B4:B6)', v: 4500 }, { f: '=SUM(C4:C6)', v: 6900 }];
    rows[5] = ['Eget kapital', 500, 2900];
    const s = sheetOf(rows);
    const sheet = parse(s);
    expect(role(sheet, 'Ränteintäkter')).toBe('other-income');
    expect(sheet.headerRows.sort((a, b) => a - b)).toEqual([0, 8]);
    expect(sheet.yearProblems).toEqual([]);
    expect(rulesOf(s).filter((f) => f.startsWith('sum-mismatch'))).toEqual([]);
  });

  it('a rising run of year-like amounts under an item label is an amount row too', () => {
    const rows = validBudgetRows();
    rows[4] = ['Ränteintäkter', 2024, 2025];
    rows[5] = ['Eget kapital', 500, 2924];
    rows[6] = ['TOTALT', { f: '=SUM(B4:B6)', v: 4524 }, { f: '=SUM(C4:C6)', v: 6949 }];
    rows[14] = ['SUMMA KOSTNADER', { f: '=SUM(B13:B14)', v: 1600 }, { f: '=SUM(C13:C14)', v: 1600 }];
    const s = sheetOf(rows);
    const sheet = parse(s);
    expect(role(sheet, 'Ränteintäkter')).toBe('other-income');
    expect(sheet.headerRows.sort((a, b) => a - b)).toEqual([0, 8]);
    expect(errorsOf(s)).toEqual([]);
  });
});

describe('header rows', () => {
  it('one header row for both blocks: Kostnader is a label row with no amounts', () => {
    const rows = validBudgetRows();
    rows.splice(7, 2, ['Kostnader']); // drop the blank and the cost header, put a block label
    const s = sheetOf(rows);
    const sheet = parse(s);
    expect(sheet.headerRows).toEqual([0]);
    expect(roles(sheet)).toEqual(VALID_ROLES);
    expect(sheet.rows.filter((r) => r.block === 'cost').length).toBe(6);
    expect(comps(sheet, 'Summa administration')).toEqual([9, 10]);
  });

  it('a header row per block, the cost one with different words for the same years', () => {
    const rows = validBudgetRows();
    rows[0] = ['Intäkter', 'Intäkter 2026', 'Intäkter 2027'];
    rows[8] = ['Kostnader', 'Budget 2026', 'Prognos 2027'];
    const sheet = parse(sheetOf(rows));
    expect(sheet.headerRows.sort((a, b) => a - b)).toEqual([0, 8]);
    expect(sheet.years.map((y) => y.kind)).toEqual(['budget', 'prognosis']);
    expect(sheet.budgetYear).toBe(2026);
  });

  it('a cost header naming other years is a year problem', () => {
    const rows = validBudgetRows();
    rows[8] = ['Kostnader', 'Budget 2025', 'Prognos 2027'];
    const s = sheetOf(rows);
    expect(parse(s).yearProblems.join(' ')).toMatch(/2025/);
    expect(rulesOf(s)).toEqual(expect.arrayContaining([expect.stringMatching(/^year-sequence@/)]));
  });
});

describe('things around the table', () => {
  it('a title row and a blank above, a notes column right of the years', () => {
    const rows = shift(validBudgetRows(), 2, 0).map((r, i) =>
      i === 11 || i === 13 ? [...r, ...(r.length < 3 ? [null, null] : []), 'Enligt avtal 2026'] : r);
    rows[0] = ['Budgetplan 2026 för Samordningsförbundet'];
    rows[3] = [...rows[3], 'Beslut 2025-11-20'];
    rows[2] = [...rows[2], 'Kommentar'];
    const s = sheetOf(rows);
    const sheet = parse(s);
    expect(roles(sheet)).toEqual(VALID_ROLES);
    expect(sheet.labelCol).toBe(0);
    expect(sheet.years.map((y) => y.year)).toEqual([2026, 2027]);
    expect(sheet.budgetYear).toBe(2026);
    const found = rulesOf(s);
    expect(found.filter((f) => /^(sum-mismatch|total-formula-range|text-number)/.test(f))).toEqual([]);
    expect(errorsOf(s)).toEqual([]);
  });

  it('a footnote-excluded row is left out of the sum', () => {
    const rows = validBudgetRows();
    rows.splice(4, 0, ['Lönebidrag*', 300, 300]);
    rows.splice(8, 0, [], ['*Inkluderas inte i totalen.']);
    const sheet = parse(sheetOf(rows));
    expect(role(sheet, 'Lönebidrag*')).toBe('excluded');
    expect(comps(sheet, 'TOTALT')).not.toContain(4);
  });
});

describe('totals as formulas and as constants', () => {
  it('formulas: no hardcoded-total', () => {
    expect(rulesOf(sheetOf(validBudgetRows())).filter((f) => f.startsWith('hardcoded-total'))).toEqual([]);
  });

  it('constants: hardcoded-total on every total cell, but no sum-mismatch', () => {
    const rows = validBudgetRows().map((r) => r.map((c) => (c && typeof c === 'object' ? c.v : c)));
    const found = rulesOf(sheetOf(rows));
    expect(found.filter((f) => f.startsWith('hardcoded-total')).sort()).toEqual(
      ['B4', 'C4', 'B7', 'C7', 'B13', 'C13', 'B15', 'C15'].map((c) => `hardcoded-total@${c}`).sort(),
    );
    expect(found.filter((f) => f.startsWith('sum-mismatch'))).toEqual([]);
  });
});

describe('amounts as Swedish text', () => {
  const rows = (): TestCell[][] => {
    const r = validBudgetRows();
    r[1] = ['Försäkringskassan', '1\u00a0000 kr', 1000];
    r[10] = ['Lön', '1 000 kr', '1\u202f000'];
    r[11] = ['Lokal', '–', 100];
    return r;
  };

  it('reads them as text-numbers (no-break and thin spaces, kr) and a dash as zero', () => {
    const sheet = parse(sheetOf(rows()));
    const fk = sheet.rows.find((r) => r.label === 'Försäkringskassan')!;
    expect(fk.amounts.get(2026)).toMatchObject({ kind: 'text-number', value: 1000 });
    expect(sheet.rows.find((r) => r.label === 'Lön')!.amounts.get(2027)).toMatchObject({ kind: 'text-number', value: 1000 });
    expect(sheet.rows.find((r) => r.label === 'Lokal')!.amounts.get(2026)).toMatchObject({ kind: 'dash', value: 0 });
    expect(roles(sheet)).toEqual(VALID_ROLES);
  });

  it('validate reports each text amount as text-number and still uses its value in the sums', () => {
    const findings = validate(sheetOf(rows()), defaultConfig).findings;
    const text = findings.filter((f) => f.rule === 'text-number');
    expect(text.map((f) => f.cell).sort()).toEqual(['B11', 'B2', 'C11']);
    expect(text.find((f) => f.cell === 'B2')).toMatchObject({ expected: 1000, actual: '1\u00a0000 kr', year: 2026 });
    // Lokal 2026 is now 0 (dash): Summa administration 1100 ≠ 1000 and SUMMA KOSTNADER follows it.
    const mismatch = findings.filter((f) => f.rule === 'sum-mismatch');
    expect(mismatch.map((f) => f.cell)).toEqual(['B13']);
    expect(mismatch[0]).toMatchObject({ expected: 1000, actual: 1100 });
  });
});

describe('choosing the budget sheet in a workbook', () => {
  const other = (name: string, rows: TestCell[][]) => sheetOf(rows, { name });
  const goals = other('Mål', [['Mål 3.1.1'], ['Andel deltagare i arbete', '40 %'], ['Kommentar', 'Följs upp årligen']]);
  const empty = other('Tomt', []);
  const budget = sheetOf(validBudgetRows(), { name: 'Budget 2026' });

  it('finds the budget sheet after sheets with other content', () => {
    const chosen = chooseBudgetSheet([empty, goals, budget], defaultConfig);
    expect(chosen.snapshot.sheetName).toBe('Budget 2026');
    expect(chosen.sheet.budgetYear).toBe(2026);
  });

  it('prefers the budget sheet over an earlier sheet with a small year table (key figures)', () => {
    const figures = other('Nyckeltal', [
      ['Nyckeltal', 'Utfall 2024', 'Budget 2025'],
      ['Deltagare', 40, 50],
      ['Andel till arbete', 30, 35],
    ]);
    const chosen = chooseBudgetSheet([figures, budget], defaultConfig);
    expect(chosen.snapshot.sheetName).toBe('Budget 2026');
  });

  it('a named sheet is used even when another sheet comes first', () => {
    const second = sheetOf(validBudgetRows(), { name: 'Budget 2025' });
    expect(chooseBudgetSheet([budget, second], defaultConfig, 'Budget 2025').snapshot.sheetName).toBe('Budget 2025');
  });

  it('an unknown name names the sheets there are', () => {
    expect(() => chooseBudgetSheet([goals, budget], defaultConfig, 'Budget 2030')).toThrow(/"Budget 2030".*"Mål", "Budget 2026"/);
  });

  it('no budget table anywhere: NoBudgetTableError naming each sheet', () => {
    expect(() => chooseBudgetSheet([goals, other('Info', [['Text']])], defaultConfig)).toThrow(NoBudgetTableError);
    expect(() => chooseBudgetSheet([goals], defaultConfig)).toThrow(/"Mål"/);
  });

  it('an empty workbook and a workbook without sheets', () => {
    expect(() => chooseBudgetSheet([empty], defaultConfig)).toThrow(/tom/);
    expect(() => chooseBudgetSheet([], defaultConfig)).toThrow(/inga blad/);
  });

  it('snapshotsOf on an exceljs workbook with several sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Framsida').getCell('A1').value = 'Verksamhetsplan 2026';
    const ws = wb.addWorksheet('Budget');
    validBudgetRows().forEach((cells, r) =>
      cells.forEach((c, col) => {
        if (c === null || c === undefined) return;
        ws.getCell(r + 1, col + 1).value = typeof c === 'object' ? { formula: c.f.slice(1), result: c.v } as ExcelJS.CellFormulaValue : c;
      }),
    );
    const chosen = chooseBudgetSheet(snapshotsOf(wb), defaultConfig);
    expect(chosen.snapshot.sheetName).toBe('Budget');
    expect(chosen.snapshot.formulas[3][1]).toBe('=SUM(B2:B3)');
    expect(rulesOf(chosen.snapshot)).toEqual([]);
  });
});

describe('structures found by the rule tests', () => {
  const { sheetOf } = require('./helpers/sheet') as typeof import('./helpers/sheet');
  const { validate } = require('../src/domain/validate') as typeof import('../src/domain/validate');
  const { defaultConfig } = require('../src/domain/config') as typeof import('../src/domain/config');

  it('adds up nested subtotals once: Summa personal + Summa övrigt = Summa administration', () => {
    const snapshot = sheetOf([
      ['Kostnader', 'Budget 2026', 'Prognos 2027'],
      ['Lön', 100000, 100000],
      ['Sociala avgifter', 30000, 30000],
      ['Summa personal', { f: '=SUM(B2:B3)', v: 130000 }, { f: '=SUM(C2:C3)', v: 130000 }],
      ['Lokal', 50000, 50000],
      ['Summa övrigt', { f: '=SUM(B5)', v: 50000 }, { f: '=SUM(C5)', v: 50000 }],
      ['Summa administration', { f: '=SUM(B4,B6)', v: 180000 }, { f: '=SUM(C4,C6)', v: 180000 }],
      ['SUMMA KOSTNADER', { f: '=SUM(B7)', v: 180000 }, { f: '=SUM(C7)', v: 180000 }],
    ]);
    const result = validate(snapshot, defaultConfig);
    expect(result.findings.filter((f) => f.rule === 'sum-mismatch' || f.rule === 'total-formula-range')).toEqual([]);
    expect(result.sheet.byRow.get(6)?.components).toEqual([3, 5]);
    expect(result.sheet.byRow.get(7)?.components).toEqual([6]);
  });

  it('reads a footnote under the cost total and leaves the starred income row out', () => {
    const snapshot = sheetOf([
      ['Intäkter', 'Budget 2026', 'Prognos 2027'],
      ['Försäkringskassan', 1000000, 1000000],
      ['Region Gotland', 1000000, 1000000],
      ['Lönebidrag*', 300000, 300000],
      ['Eget kapital', 500000, 500000],
      ['TOTALT', 2500000, 2500000],
      ['Kostnader', 'Budget 2026', 'Prognos 2027'],
      ['Lön', 2000000, 2000000],
      ['SUMMA KOSTNADER', 2000000, 2000000],
      [],
      ['*Inkluderas inte i totalen.'],
    ]);
    const result = validate(snapshot, defaultConfig);
    expect(result.sheet.byRow.get(3)?.role).toBe('excluded');
    expect(result.findings.filter((f) => f.rule === 'sum-mismatch')).toEqual([]);
  });
});
