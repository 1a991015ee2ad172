/**
 * Budget workbooks of any size for the benchmark: an income block (state, region, two
 * municipalities, their subtotal, other income, opening equity carried by formula, total) and
 * a cost block of sections of ten items, each with a SUM subtotal, a reserve and a total that
 * adds the subtotals. Every formula carries its cached result, so a reader sees the values
 * without recalculating. The last prognosis year is left blank for the forecast to fill.
 */
import ExcelJS from 'exceljs';

export interface GridCell {
  v: number | string | null;
  f?: string;
}

export interface BudgetShape {
  /** About this many rows in all (rounded to whole sections of ten items). */
  rows: number;
  /** Year columns: outcome years, the budget year 2026, then three prognosis years. */
  years: number;
}

const KR = '#,##0 "kr";-#,##0 "kr";"- kr"';
const ITEMS_PER_SECTION = 10;
const SECTION_NAMES = ['Administration', 'Utvecklingsinsatser', 'Projekt', 'Strukturella insatser', 'Individinsatser'];

function colLetter(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Year headers: Utfall ..., Budget 2026, Prognos 2027..2029. */
export function yearHeaders(count: number): string[] {
  if (count < 4) throw new Error('at least 4 year columns (an outcome year, the budget year, prognosis years)');
  const history = count - 4;
  const out: string[] = [];
  for (let i = 0; i < history; i++) out.push(`Utfall ${2026 - history + i}`);
  out.push('Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029');
  return out;
}

/** The sheet as rows of cells (column A the labels), values consistent with the formulas. */
export function budgetGrid(shape: BudgetShape, seed = 1): GridCell[][] {
  const headers = yearHeaders(shape.years);
  const nY = headers.length;
  const lastFilled = nY - 2; // the last prognosis year stays blank
  const sections = Math.max(1, Math.round((shape.rows - 15) / (ITEMS_PER_SECTION + 2)));
  const grid: GridCell[][] = [];
  const label = (s: string): GridCell => ({ v: s });
  const blankRow = (): GridCell[] => [];
  const yearCol = (y: number) => colLetter(1 + y);
  const rowNo = () => grid.length + 1; // 1-based number of the next row
  let rnd = seed;
  const random = () => {
    rnd = (rnd * 1103515245 + 12345) % 2147483648;
    return rnd / 2147483648;
  };

  // Cost block first in memory (its totals feed equity), laid out after the income block.
  const itemAmounts: number[][][] = [];
  for (let s = 0; s < sections; s++) {
    itemAmounts.push(
      Array.from({ length: ITEMS_PER_SECTION }, () => {
        const base = Math.round(20 + random() * 80) * 1000;
        return Array.from({ length: nY }, (_, y) => base + y * 1000);
      }),
    );
  }
  const reserve = 650_000;
  const costTotal = Array.from({ length: nY }, (_, y) =>
    itemAmounts.reduce((sum, sec) => sum + sec.reduce((t, it) => t + it[y], 0), 0) + reserve,
  );
  // Contributions a multiple of 8 near the costs, so state = region + municipalities exactly.
  const contributions = costTotal.map((c) => Math.round(c / 8000) * 8000);
  const interest = 5000;
  const other = 20000;

  const incomeStart = rowNo();
  grid.push([label('Intäkter'), ...headers.map(label)]);
  const amounts = (f: (y: number) => number): GridCell[] => Array.from({ length: nY }, (_, y) => (y > lastFilled ? { v: null } : { v: f(y) }));
  const fk = rowNo();
  grid.push([label('Försäkringskassan'), ...amounts((y) => contributions[y] / 2)]);
  grid.push([label('Region Exempel'), ...amounts((y) => contributions[y] / 4)]);
  grid.push([label('Exempels kommun'), ...amounts((y) => contributions[y] / 8)]);
  const lastContribution = rowNo();
  grid.push([label('Andra kommunen'), ...amounts((y) => contributions[y] / 8)]);
  const subtotal = rowNo();
  grid.push([
    label('Summa samverkansmedel'),
    ...Array.from({ length: nY }, (_, y) =>
      y > lastFilled ? { v: null } : { v: contributions[y], f: `SUM(${yearCol(y)}${fk}:${yearCol(y)}${lastContribution})` },
    ),
  ]);
  grid.push([label('Ränteintäkter'), ...amounts(() => interest)]);
  grid.push([label('Övriga intäkter'), ...amounts(() => other)]);
  const equityRow = rowNo();
  const incomeTotalRow = equityRow + 1;
  // Cost rows: after the income total, one blank row and the cost header.
  const costHeader = incomeTotalRow + 2;
  const opening: number[] = [];
  const closing: number[] = [];
  for (let y = 0; y < nY; y++) {
    opening.push(y === 0 ? 2_000_000 : closing[y - 1]);
    closing.push(opening[y] + contributions[y] + interest + other - costTotal[y]);
  }
  // The cost total's row: header, sections of (header, items, subtotal), reserve, total.
  const costTotalRow = costHeader + sections * (ITEMS_PER_SECTION + 2) + 2;
  grid.push([
    label('Eget kapital'),
    ...Array.from({ length: nY }, (_, y) =>
      y > lastFilled ? { v: null } : y === 0 ? { v: opening[0] } : { v: opening[y], f: `${yearCol(y - 1)}${incomeTotalRow}-${yearCol(y - 1)}${costTotalRow}` },
    ),
  ]);
  grid.push([
    label('TOTALT'),
    ...Array.from({ length: nY }, (_, y) =>
      y > lastFilled ? { v: null } : { v: opening[y] + contributions[y] + interest + other, f: `SUM(${yearCol(y)}${subtotal}:${yearCol(y)}${equityRow})` },
    ),
  ]);
  grid.push(blankRow());
  if (rowNo() !== costHeader) throw new Error('layout');
  grid.push([label('Kostnader'), ...headers.map(label)]);
  const subtotalRows: number[] = [];
  for (let s = 0; s < sections; s++) {
    const name = `${SECTION_NAMES[s % SECTION_NAMES.length]}${s >= SECTION_NAMES.length ? ` ${Math.floor(s / SECTION_NAMES.length) + 1}` : ''}`;
    grid.push([label(name)]);
    const first = rowNo();
    itemAmounts[s].forEach((it, i) => grid.push([label(`${name}: post ${i + 1}`), ...amounts((y) => it[y])]));
    const last = rowNo() - 1;
    subtotalRows.push(rowNo());
    grid.push([
      label(`Summa ${name.toLowerCase()}`),
      ...Array.from({ length: nY }, (_, y) =>
        y > lastFilled ? { v: null } : { v: itemAmounts[s].reduce((t, it) => t + it[y], 0), f: `SUM(${yearCol(y)}${first}:${yearCol(y)}${last})` },
      ),
    ]);
  }
  const reserveRow = rowNo();
  grid.push([label('Reserv eget kapital'), ...amounts(() => reserve)]);
  if (rowNo() !== costTotalRow) throw new Error('layout');
  // A plain "+" chain: Excel's SUM takes at most 255 arguments.
  grid.push([
    label('SUMMA KOSTNADER'),
    ...Array.from({ length: nY }, (_, y) =>
      y > lastFilled ? { v: null } : { v: costTotal[y], f: [...subtotalRows, reserveRow].map((r) => `${yearCol(y)}${r}`).join('+') },
    ),
  ]);
  void incomeStart;
  return grid;
}

export function writeGrid(sheet: ExcelJS.Worksheet, grid: GridCell[][]): void {
  grid.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell.v === null && cell.f === undefined) return;
      const target = row.getCell(c + 1);
      target.value = cell.f ? ({ formula: cell.f, result: cell.v ?? undefined } as ExcelJS.CellFormulaValue) : cell.v;
      if (c > 0 && r > 0 && typeof cell.v !== 'string') target.numFmt = KR;
    });
  });
  sheet.getColumn(1).width = 40;
}

/** A workbook of `sheets` budget sheets ("Förbund 1", ...) of one shape. */
export function budgetWorkbook(shape: BudgetShape, sheets = 1): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'finsam-budget bench';
  for (let i = 0; i < sheets; i++) {
    writeGrid(wb.addWorksheet(sheets === 1 ? 'Budget 2026' : `Förbund ${i + 1}`), budgetGrid(shape, i + 1));
  }
  return wb;
}
