import type { Amount } from '../amount';
import { isTotal, type BudgetRow, type BudgetSheet, type YearColumn } from '../model';

export interface AmountCell {
  row: BudgetRow;
  year: YearColumn;
  amount: Amount;
}

const totalsOf = new WeakMap<BudgetSheet, AmountCell[]>();

/**
 * Visits every amount cell of the model's rows, row by row. A callback and no list: a 5 000-row
 * sheet has 50 000 cells, and objects made for each would only feed the garbage collector.
 */
export function eachAmountCell(sheet: BudgetSheet, visit: (row: BudgetRow, year: YearColumn, amount: Amount) => void): void {
  for (const row of sheet.rows) {
    for (const year of sheet.years) visit(row, year, row.amounts.get(year.year)!);
  }
}

/** The amount cells of the totals that have rows to add up: three rules walk them, built once per sheet. */
export function totalCells(sheet: BudgetSheet): readonly AmountCell[] {
  let cells = totalsOf.get(sheet);
  if (!cells) {
    cells = [];
    for (const row of sheet.rows) {
      if (!row.components || !isTotal(row)) continue;
      for (const year of sheet.years) cells.push({ row, year, amount: row.amounts.get(year.year)! });
    }
    totalsOf.set(sheet, cells);
  }
  return cells;
}

export function displayLabel(row: BudgetRow): string {
  return row.label || `rad utan rubrik`;
}

/** Where a year's equity findings point: the cost total of that year (where spending is set). */
export function equityCell(sheet: BudgetSheet, year: YearColumn): { row: number; col: number } {
  const anchor =
    sheet.rows.find((r) => r.role === 'cost-total') ?? sheet.rows.find((r) => r.role === 'income-total') ?? sheet.rows[0];
  return { row: anchor ? anchor.row : sheet.headerRows[0], col: year.col };
}

/**
 * True when every number is finite. Amounts near the float limit (1e308) add up to Infinity or
 * NaN; a rule cannot judge such a sum, and a finding must not carry a non-finite number (the
 * finding schema and JSON output reject it).
 */
export function finite(...values: number[]): boolean {
  return values.every(Number.isFinite);
}

/** Years from the budget year on: those the plan can still change. */
export function plannedYears(sheet: BudgetSheet): YearColumn[] {
  return sheet.budgetYear === null ? sheet.years : sheet.years.filter((y) => y.year >= sheet.budgetYear!);
}
