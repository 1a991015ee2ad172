/**
 * How a sheet the tool writes prints: A4, one page wide (as many pages tall as it needs),
 * landscape when its columns are wider than a portrait page, the header row repeated on every
 * page, and a footer with the sheet's name and the page number. Pure: the hosts apply it
 * (exceljs pageSetup/headerFooter, Office.js worksheet.pageLayout).
 */
import { z } from 'zod';
import { KRONOR_FORMAT } from './format';
import type { BudgetSheet } from './model';
import { columnIndex, columnLetter, parseA1, snapshotSize, type SheetSnapshot } from './snapshot';

export const pageSetupSchema = z.object({
  paperSize: z.literal('A4'),
  orientation: z.enum(['portrait', 'landscape']),
  /** Pages wide; the height is free (0 = as many pages as needed). */
  fitToWidth: z.literal(1),
  /** Rows printed at the top of every page (1-based sheet rows): the table's header row. */
  titleRows: z.object({ first: z.number().int().min(1), last: z.number().int().min(1) }).optional(),
  /** In Excel's header and footer codes (&A the sheet's name, &P the page, &N the pages), which both hosts take as they are. */
  footer: z.object({ left: z.string(), right: z.string() }),
});
export type PageSetup = z.infer<typeof pageSetupSchema>;

/** Excel's default column width, in characters of the default font. */
export const DEFAULT_WIDTH = 8.43;
/**
 * Characters across an A4 portrait page inside Excel's default margins (0.7 in left and right):
 * 174 mm of paper at about 2 mm per character of Calibri 11. Wider tables go landscape (about
 * 130 characters) and are scaled to one page wide beyond that.
 */
export const PORTRAIT_CHARS = 87;

export const FOOTER = { left: '&A', right: 'Sida &P av &N' } as const;

/** The page setup for a sheet whose printed columns are `widths` characters wide. */
export function pageSetupFor(widths: number[], titleRow?: number): PageSetup {
  const total = widths.reduce((s, w) => s + w, 0);
  return {
    paperSize: 'A4',
    orientation: total > PORTRAIT_CHARS ? 'landscape' : 'portrait',
    fitToWidth: 1,
    ...(titleRow ? { titleRows: { first: titleRow, last: titleRow } } : {}),
    footer: { ...FOOTER },
  };
}

/** Characters a number takes in the kronor format ("−1 234 567 kr"), without building the text. */
function numberWidth(value: number, format: string | undefined): number {
  const digits = Math.max(1, Math.floor(Math.log10(Math.abs(Math.round(value)) || 1)) + 1);
  const grouped = digits + Math.floor((digits - 1) / 3);
  return grouped + (format && /kr/.test(format) ? 3 : 0) + (value < 0 ? 1 : 0);
}

/**
 * The width each column of a sheet needs to show what it holds, from column A (the printed
 * area starts there), at least Excel's default. An estimate: the snapshot has no column
 * widths, and a column a person widened prints wider.
 */
export function snapshotWidths(snapshot: SheetSnapshot): number[] {
  const origin = parseA1(snapshot.topLeft);
  const { rows, cols } = snapshotSize(snapshot);
  const widths: number[] = Array.from({ length: origin.col + cols }, () => DEFAULT_WIDTH);
  for (let r = 0; r < rows; r++) {
    const values = snapshot.values[r];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === null || v === '') continue;
      const n = typeof v === 'number' ? numberWidth(v, snapshot.numberFormats[r]?.[c] ?? KRONOR_FORMAT) : String(v).length;
      if (n + 1 > widths[origin.col + c]) widths[origin.col + c] = n + 1;
    }
  }
  return widths;
}

/** The widths of columns A up to the last one a plan writes or sizes: its own widths, at least `base`. */
export function planWidths(columnWidths: Record<string, number>, cells: string[], base: number[] = []): number[] {
  let last = base.length - 1;
  for (const col of Object.keys(columnWidths)) last = Math.max(last, columnIndex(col));
  for (const cell of cells) last = Math.max(last, parseA1(cell).col);
  return Array.from({ length: last + 1 }, (_, i) => Math.max(columnWidths[columnLetter(i)] ?? DEFAULT_WIDTH, base[i] ?? DEFAULT_WIDTH));
}

/**
 * The budget sheet's page setup: its columns, `addedYears` new year columns as wide as its last
 * one, and what a plan adds (`columnWidths`, `cells`); its first header row on every page.
 */
export function budgetPageSetup(snapshot: SheetSnapshot, sheet: BudgetSheet, addedYears = 0, columnWidths: Record<string, number> = {}, cells: string[] = []): PageSetup {
  const origin = parseA1(snapshot.topLeft);
  const widths = snapshotWidths(snapshot);
  const last = sheet.years[sheet.years.length - 1];
  if (last && addedYears > 0) {
    const yearWidth = widths[origin.col + last.col] ?? DEFAULT_WIDTH;
    const end = origin.col + last.col + addedYears;
    for (let c = origin.col + last.col + 1; c <= end; c++) widths[c] = Math.max(widths[c] ?? DEFAULT_WIDTH, yearWidth);
  }
  const header = Math.min(...sheet.headerRows);
  const titleRow = Number.isFinite(header) ? origin.row + header + 1 : undefined;
  return pageSetupFor(planWidths(columnWidths, cells, widths), titleRow);
}
