import type { Config } from '../config';
import type { EquityYear } from '../equity';
import type { BudgetSheet } from '../model';
import type { SheetSnapshot } from '../snapshot';

export const tableIds = ['budget', 'equity', 'financial-goals', 'goals', 'insatser'] as const;
export type TableId = (typeof tableIds)[number];

/** Addresses a table's formulas need; known only once the table is placed. */
export interface Locator {
  /** A cell of the table itself: data row r (0 = first row under the header), column c. */
  self(r: number, c: number): string;
  /** A cell of the budget sheet (snapshot coordinates), sheet-qualified. */
  budget(row: number, col: number): string;
}

export type TableValue = string | number | null;

/** A table cell: a typed value, or a formula with the value we computed for it. */
export type TableCell = { value: TableValue } | { formula: (at: Locator) => string; value: TableValue };

export interface TableContent {
  headers: string[];
  rows: TableCell[][];
  /** Number format per column; undefined leaves General. */
  formats: (string | undefined)[];
  /** Rows (data row indexes) written bold: section headers and totals. */
  boldRows?: number[];
}

export interface TableContext {
  snapshot: SheetSnapshot;
  sheet: BudgetSheet;
  equity: EquityYear[];
  config: Config;
  /** The plan's budget year (the budget sheet's, or --year). */
  year: number;
}

export interface TableDefinition {
  id: TableId;
  /** Base of the Excel table name: EgetKapital, EgetKapital2, ... */
  baseName: string;
  /** Swedish title, written above the table and used as the sheet name. */
  title(ctx: TableContext): string;
  build(ctx: TableContext): TableContent;
}

export const value = (v: TableValue): TableCell => ({ value: v });
export const formula = (f: (at: Locator) => string, v: TableValue): TableCell => ({ formula: f, value: v });
