import type { Config } from '../../config';
import type { BudgetRow } from '../../model';

/** What a method sees for one blank cell of a prognosis year. */
export interface MethodContext {
  row: BudgetRow;
  /** The row's label without its footnote marker: the key of the configuration. */
  key: string;
  year: number;
  /** The year before: its value and, when it is a real number cell, its address for a formula. */
  previous: { value: number; ref: string | null } | null;
  /** Values the user entered in earlier years (not generated ones), oldest first. */
  known: { year: number; value: number }[];
  config: Config;
  /** Absolute reference to the index rate on the assumptions sheet, e.g. Antaganden!$B$3. */
  rateRef: string;
}

export interface Filled {
  value: number;
  formula?: string;
  /** The assumption in Swedish, for the note on the cell and the assumptions sheet. */
  assumption: string;
}

export interface ForecastMethod {
  id: string;
  /** Swedish name shown to the user. */
  name: string;
  fill(ctx: MethodContext): Filled | null;
}

/**
 * ROUND(x, 0) as the spreadsheet computes it: halves away from zero, on the binary value.
 * 500 × (1 + 0,015) is 507.49999999999994, which LibreOffice's ROUND(…;0) makes 507, as this
 * does (tests/forecast/libreoffice.test.ts checks it); "+ 0" turns −0 into 0.
 */
export function roundKronor(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x)) + 0;
}
