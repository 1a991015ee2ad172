/**
 * What a corpus case is: a workbook (clean) and its twin (the same workbook with planted
 * faults), and what a correct reading of them gives, written out by hand.
 */
import type { Layout, RawSheet } from './build';
import type { Pokes } from './write';

export type Status = 'ok' | 'over-cap' | 'below-floor';

export interface Twin {
  /** Cells replaced, by sheet name, then by A1 address. */
  pokes: Record<string, Pokes>;
  /** [ruleId, cell] of every planted fault: each must be an error at that cell, and nothing else an error. */
  faults: [string, string][];
  /** What was planted, in words (the README lists the same). */
  what: string;
}

export interface CorpusCase {
  id: string;
  title: string;
  /** The causes of issue 12 (1–9) the layout covers. */
  causes: number[];
  sheets: (Layout | RawSheet)[];
  /** The budget sheet the tool must choose, and its budget year. */
  sheet: string;
  budgetYear: number;
  /** Closing equity per year, in the sheet's unit (every year column of the sheet). */
  equity: Record<number, number>;
  unit?: 'tkr';
  /** The years of a combined column: if the tool reads them, they must be right. */
  combinedEquity?: Record<number, number>;
  /** The combined column's letter: the tool must read its years or say something about it. */
  combinedColumn?: string;
  /** Equity status per year against cap and floor, where it shows the unit was understood. */
  status?: Record<number, Status>;
  twin: Twin;
}
