/**
 * A budget workbook described as data (tests/corpus/README.md): what is above the table, the
 * header shape and words, the rows (members, items, sub-headings, sections nested to any
 * depth, totals), the equity convention, units and extra columns; `layoutGrid` lays it out as
 * cells (./grid), `writeWorkbook` saves it as .xlsx with exceljs, formulas with their cached
 * results as Excel saves them.
 */
import type { Grid } from './grid';
import { LayoutBuilder, Sheet } from './layout-builder';

export type Word = 'Utfall' | 'Bokslut' | 'Budget' | 'Reviderad budget' | 'Budgetplan' | 'Plan' | 'Prognos' | '';
export interface YearSpec {
  year: number;
  word: Word;
}
/** One amount per year column, then (with a combined column) its two years. */
export type Amounts = (number | string | null)[];
export interface Item {
  label: string;
  amounts: Amounts;
  account?: number;
  comment?: string;
  /** Left out of its section's total (a "*" row with a footnote "*Inkluderas inte i totalen"). */
  excluded?: boolean;
}
export interface Sub {
  sub: string;
}
export interface Section {
  heading?: string;
  total: string;
  children: Node[];
}
export type Node = Item | Sub | Section;

export interface Layout {
  sheet: string;
  /** Rows above the table, in the first column: titles, a date, blanks (null). */
  above?: (string | Date | null)[];
  /** one-row: "Budget 2026"; kind-above: words over bare years; year-above: years over words. */
  header?: 'one-row' | 'kind-above' | 'year-above';
  /** Appended to each year header, e.g. " (tkr)". */
  unitSuffix?: string;
  years: YearSpec[];
  combined?: { word: Word; years: [number, number] };
  account?: boolean;
  change?: { from: number; to: number };
  comment?: boolean;
  totals: 'formula' | 'typed';
  /** How later years' opening equity is written (default: as the totals). */
  chain?: 'formula' | 'typed';
  convention: 'income' | 'result';
  /** income: the label left of the header row; result: a heading row above the income items. */
  incomeHeading: string;
  income: Node[];
  openingLabel: string;
  opening: number;
  incomeTotal: string;
  costHeading: string;
  /** income convention: the cost block repeats the header row (the 2026 and 2022 plans do). */
  costHeader?: boolean;
  costs: Node[];
  costTotal: string;
  /** result convention: labels of the result and the closing equity rows. */
  result?: string;
  closing?: string;
  /** income convention: a heading row "Intäkter" under the header row (when the header's label is "Belopp i kr"). */
  incomeSubheading?: string;
  /** Rows written under the table (a note, a footnote). */
  below?: string[];
  /** A second table under the budget, after two blank rows, from column A (not part of the budget). */
  after?: (string | number | null)[][];
  /** The column (1 = A) the table starts in; the columns left of it stay empty. */
  startCol?: number;
  /** An empty narrow column between the labels and the first year. */
  spacer?: boolean;
  /** Header cells typed with a line break: "Budget\n2026". */
  headerBreak?: boolean;
  /** Item labels indented with this prefix (spaces), as some authors indent instead of formatting. */
  indent?: string;
  /** A blank row after each section's total (before the next section or the block total). */
  blankAfterSections?: boolean;
  /** Section headings merged across the table's width. */
  mergeHeadings?: boolean;
}

export interface RawSheet {
  name: string;
  rows: (string | number | null)[][];
}

/** The cells of one budget sheet. */
export function layoutGrid(l: Layout): Grid {
  return new LayoutBuilder(l).build();
}

/** A sheet typed cell by cell (the 2022 plan, an instructions sheet). */
export function rawGrid(sheet: RawSheet): Grid {
  const s = new Sheet(sheet.name);
  sheet.rows.forEach((row, i) => row.forEach((v, c) => v !== null && s.set(i + 1, c + 1, v)));
  s.grid.widths = [50, 14, 14, 14];
  return s.grid;
}

