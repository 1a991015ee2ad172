import type { Amount } from './amount';

export type YearKind = 'outcome' | 'budget' | 'prognosis' | 'year';

export interface YearColumn {
  year: number;
  /** Snapshot column index. */
  col: number;
  kind: YearKind;
  header: string;
}

export type Block = 'income' | 'cost';

export type RowRole =
  | 'contribution' // a member's contribution (state or region/municipality)
  | 'contribution-subtotal' // Summa samverkansmedel
  | 'other-income' // Ränteintäkter, Övriga intäkter
  | 'opening-equity' // Eget kapital, Ingående eget kapital
  | 'income-total' // TOTALT, Summa intäkter
  | 'section-header' // Administration, Utvecklingsinsatser
  | 'item' // a cost row
  | 'subtotal' // Summa ..., TOTALT ..., Kostnader: ...
  | 'reserve' // Reserv eget kapital
  | 'cost-total' // SUMMA KOSTNADER
  | 'excluded'; // marked * with a footnote: left out of every sum

export type Payer = 'state' | 'region' | 'municipality' | 'region-and-municipality';

export interface BudgetRow {
  /** Snapshot row index. */
  row: number;
  label: string;
  block: Block;
  role: RowRole;
  /** The cost section the row belongs to, by its header's label. */
  section?: string;
  payer?: Payer;
  /** For totals: the rows whose sum it must equal. */
  components?: number[];
  /** One amount per year column, keyed by year. */
  amounts: Map<number, Amount>;
}

export interface BudgetSheet {
  sheetName: string;
  labelCol: number;
  years: YearColumn[];
  budgetYear: number | null;
  headerRows: number[];
  rows: BudgetRow[];
  /** Rows by snapshot index, for quick look-up. */
  byRow: Map<number, BudgetRow>;
  /** Problems with the year columns, for the year-sequence rule. */
  yearProblems: string[];
}

export const TOTAL_ROLES: RowRole[] = ['contribution-subtotal', 'income-total', 'subtotal', 'cost-total'];

export function isTotal(row: BudgetRow): boolean {
  return TOTAL_ROLES.includes(row.role);
}
