import type { CellEdit, SheetPlan } from '../edits';
import { quoteSheetName } from '../formulas';
import { cellAt, columnLetter, parseA1, snapshotSize, toA1, type SheetSnapshot } from '../snapshot';
import type { Locator, TableContent } from './types';

export class TableError extends Error {}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ */
export function safeSheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

/**
 * True for a name Excel reads as a cell address (A1 style up to XFD1048576, or R1C1 style),
 * which it refuses as a table name: "Mal2" is the cell MAL2.
 */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const col = [...a1[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(a1[2]);
    if (col <= 16384 && row >= 1 && row <= 1048576) return true;
  }
  return /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * "EgetKapital", or "EgetKapital2", "EgetKapital3"... when taken (names are workbook-wide,
 * compared without regard to case); "Mal_2" where "Mal2" would read as a cell address.
 */
export function uniqueTableName(base: string, taken: Set<string>): string {
  const candidate = (i: number) => {
    if (i === 1) return base;
    const plain = `${base}${i}`;
    return looksLikeCellReference(plain) ? `${base}_${i}` : plain;
  };
  let i = 1;
  while (taken.has(candidate(i).toLowerCase()) || looksLikeCellReference(candidate(i))) i++;
  const name = candidate(i);
  taken.add(name.toLowerCase());
  return name;
}

/** Rows and columns a placed table takes: a title line, a blank line, header and data rows. */
export function footprint(content: TableContent): { rows: number; cols: number } {
  return { rows: content.rows.length + 3, cols: content.headers.length };
}

/** True when every cell the table would take in the sheet is empty. */
export function areaIsEmpty(snapshot: SheetSnapshot | undefined, top: number, left: number, size: { rows: number; cols: number }): boolean {
  if (!snapshot) return true;
  const origin = parseA1(snapshot.topLeft);
  for (let r = top; r < top + size.rows; r++) {
    for (let c = left; c < left + size.cols; c++) {
      const v = cellAt(snapshot, r - origin.row, c - origin.col);
      if (v !== null && v !== '') return false;
    }
  }
  return true;
}

/** The first row under everything a sheet holds, with two rows of air. */
export function rowBelowUsed(snapshot: SheetSnapshot): number {
  const origin = parseA1(snapshot.topLeft);
  const { rows } = snapshotSize(snapshot);
  let last = -1;
  for (let r = 0; r < rows; r++) if (snapshot.values[r].some((v) => v !== null && v !== '')) last = r;
  return last < 0 ? origin.row : origin.row + last + 3;
}

/** Writes a table's title, header and cells at (top, left) of a sheet, formulas resolved. */
export function tableEdits(
  content: TableContent, title: string, top: number, left: number, budgetSheet: string, budgetOrigin: { row: number; col: number },
): { edits: CellEdit[]; range: string; widths: Record<string, number> } {
  const headerRow = top + 2;
  // Worked out once: a large table resolves tens of thousands of references.
  const budgetPrefix = `${quoteSheetName(budgetSheet)}!`;
  const at: Locator = {
    self: (r, c) => toA1(headerRow + 1 + r, left + c),
    budget: (row, col) => `${budgetPrefix}${toA1(budgetOrigin.row + row, budgetOrigin.col + col)}`,
  };
  const reason = `tabellen ${title}`;
  const edits: CellEdit[] = [{ cell: toA1(top, left), value: title, bold: true, reason }];
  const chars = content.headers.map(() => 8);
  const widen = (c: number, n: number) => {
    chars[c] = Math.min(60, Math.max(chars[c] ?? 8, n + 2));
  };
  content.headers.forEach((h, c) => {
    edits.push({ cell: toA1(headerRow, left + c), value: h, reason });
    widen(c, h.length);
  });
  const bold = new Set(content.boldRows ?? []);
  content.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const format = content.formats[c];
      const edit: CellEdit = { cell: at.self(r, c), value: cell.value, reason };
      if ('formula' in cell) edit.formula = cell.formula(at);
      if (format) edit.numberFormat = format;
      if (bold.has(r)) edit.bold = true;
      edits.push(edit);
      widen(c, typeof cell.value === 'number' ? kronorWidth(cell.value) : String(cell.value ?? '').length);
    }),
  );
  const range = `${toA1(headerRow, left)}:${toA1(headerRow + content.rows.length, left + content.headers.length - 1)}`;
  const widths: Record<string, number> = {};
  chars.forEach((n, c) => (widths[columnLetter(left + c)] = n));
  return { edits, range, widths };
}

/** Characters "−1 234 567 kr" takes, without building the text (tables may have many cells). */
function kronorWidth(value: number): number {
  const digits = Math.max(1, Math.floor(Math.log10(Math.abs(Math.round(value)) || 1)) + 1);
  return digits + Math.floor((digits - 1) / 3) + 3 + (value < 0 ? 1 : 0);
}

export function emptyPlan(sheet: string, create: boolean): SheetPlan {
  return { sheet, create, edits: [], tables: [], columnWidths: {} };
}
