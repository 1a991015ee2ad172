import type { BudgetSheet, YearColumn } from '../model';
import { cellAt, formulaAt, snapshotA1, type SheetSnapshot } from '../snapshot';
import { KRONOR_FORMAT } from '../format';
import type { CellEdit } from '../edits';
import { ForecastError } from './errors';

/**
 * The columns of the target years: existing ones, and new ones to the right of the last year
 * column. A new column must be empty over the table's rows: we never write over a note.
 */
export function targetColumns(snapshot: SheetSnapshot, sheet: BudgetSheet, targets: number[]): { columns: YearColumn[]; headerEdits: CellEdit[] } {
  const last = sheet.years[sheet.years.length - 1];
  const budget = sheet.years.find((y) => y.year === sheet.budgetYear)!;
  const lastRow = sheet.rows[sheet.rows.length - 1].row;
  const firstRow = Math.min(...sheet.headerRows);
  const columns: YearColumn[] = [];
  const headerEdits: CellEdit[] = [];
  for (const year of targets) {
    const existing = sheet.years.find((y) => y.year === year);
    if (existing) {
      columns.push(existing);
      continue;
    }
    const col = last.col + (year - last.year);
    for (let r = firstRow; r <= lastRow; r++) {
      const v = cellAt(snapshot, r, col);
      const f = formulaAt(snapshot, r, col);
      if ((v !== null && v !== '') || f !== null) {
        throw new ForecastError(
          `kolumnen för Prognos ${year} (${snapshotA1(snapshot, r, col).replace(/\d+$/, '')}) är inte tom: cell ${snapshotA1(snapshot, r, col)} innehåller "${String(f ?? v)}". Flytta innehållet och försök igen`,
        );
      }
    }
    columns.push({ year, col, kind: 'prognosis', header: `Prognos ${year}` });
    for (const headerRow of sheet.headerRows) {
      headerEdits.push({
        cell: snapshotA1(snapshot, headerRow, col),
        value: `Prognos ${year}`,
        numberFormat: snapshot.numberFormats[headerRow]?.[budget.col] ?? 'General',
        bold: true,
        reason: `ny prognoskolumn ${year}`,
      });
    }
  }
  return { columns, headerEdits };
}

/** The number format a new cell of the row gets: the budget column's, or kronor. */
export function rowFormat(snapshot: SheetSnapshot, row: number, budgetCol: number): string {
  const format = snapshot.numberFormats[row]?.[budgetCol];
  return format && format !== 'General' ? format : KRONOR_FORMAT;
}
