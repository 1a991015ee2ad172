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
  | 'result' // Årets resultat: income total minus cost total
  | 'closing-equity' // Eget kapital vid årets slut: opening plus result
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
  /** For a result row: the rows subtracted from the components (the cost total). */
  minus?: number[];
  /** How the rows a total covers were decided (see structure.ts). */
  decidedBy?: DecidedBy;
  /** Set when the evidence disagrees: the sum is not judged, a warning asks the user instead. */
  uncertain?: string;
  /** One amount per year column, keyed by year. */
  amounts: Map<number, Amount>;
}

export type DecidedBy = 'formula' | 'arithmetic' | 'label' | 'config';

/** Something the parser saw and left out of the model, and why: shown by `structure`. */
export interface Skipped {
  what: 'column' | 'row' | 'table';
  row: number;
  col: number;
  text: string;
  reason: string;
  /** True when a person must look at it (a combined column's amounts go unchecked): a warning. */
  warn?: boolean;
}

export interface Unit {
  name: 'kr' | 'tkr';
  /** Kronor per amount unit: 1 or 1000. */
  scale: number;
  /** Where the unit was read: a cell's text, or the configuration. */
  source: string;
}

/** income-total: the income block holds the opening equity (2026 style); result: Årets resultat and equity rows. */
export type EquityConvention = 'income-includes-equity' | 'result';

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
  unit: Unit;
  convention: EquityConvention;
  skipped: Skipped[];
}

export const TOTAL_ROLES: RowRole[] = ['contribution-subtotal', 'income-total', 'subtotal', 'cost-total', 'result', 'closing-equity'];

export function isTotal(row: BudgetRow): boolean {
  return TOTAL_ROLES.includes(row.role);
}
