import type { CellEdit, SheetPlan } from '../domain/edits';
import { parseA1 } from '../domain/snapshot';
import { rectAddress, rectCols, rectRows, type Rect } from './address';
import { groupCells } from './blocks';

/** A value as Excel's `formulas` setter takes it: a formula, a constant, "" to clear, or null to leave. */
export type FormulaInput = string | number | boolean | null;

/** A cell's look as the plan sets it: a fill colour ("#RRGGBB") and/or boldness. */
export interface CellStyle {
  fill?: string;
  bold?: boolean;
}

/** One rectangle of a sheet plan, as the 2-D arrays that write it (null: leave the cell alone). */
export interface WriteBlock {
  rect: Rect;
  address: string;
  formulas: FormulaInput[][] | null;
  numberFormat: (string | null)[][] | null;
  style: (CellStyle | null)[][] | null;
}

export interface PreparedSheet {
  plan: SheetPlan;
  blocks: WriteBlock[];
  notes: { cell: string; text: string }[];
}

/**
 * Cells per written rectangle. Excel on the web refuses a request over 5 MB; a cell costs up to
 * some 150 bytes in a request (formula, number format and cell properties as JSON), so 20 000
 * cells stay near 3 MB even with long formulas. The real library's requests are measured in
 * tests/office-js-real.test.ts and printed by `npm run bench`.
 */
export const MAX_CELLS_PER_WRITE = 20_000;

/**
 * Text that Excel would parse as something else if written as it stands ("=x" a formula,
 * "2 115 000 kr" a number in Swedish Excel, "2026-01-01" a date) is written with a leading
 * apostrophe, Excel's mark for text. So a text stays text, both when we write and on undo.
 */
export function textInput(text: string): string {
  const looksParsed = /^[=+\-@']/.test(text) || (/\d/.test(text) && /^[\s\d\u00a0\u202f.,:/%+\-−–krsek$€()]*$/i.test(text));
  return looksParsed ? `'${text}` : text;
}

export function editInput(edit: CellEdit): FormulaInput {
  if (edit.formula !== undefined) return edit.formula;
  if (edit.value === undefined) return null;
  if (edit.value === null) return '';
  return typeof edit.value === 'string' ? textInput(edit.value) : edit.value;
}

function grid<T>(rect: Rect, fill: T): T[][] {
  return Array.from({ length: rectRows(rect) }, () => Array<T>(rectCols(rect)).fill(fill));
}

/** Splits a sheet plan into rectangles written as whole arrays (values, formats, styles), and notes. */
export function prepareSheet(plan: SheetPlan, maxCells: number): PreparedSheet {
  // The last edit of a cell wins, as it would if the edits were written one by one.
  const byCell = new Map<string, CellEdit>();
  for (const edit of plan.edits) byCell.set(edit.cell, { ...byCell.get(edit.cell), ...edit });
  const edits = [...byCell.values()];
  const positioned = edits.map((edit) => ({ edit, pos: parseA1(edit.cell) }));
  const rects = groupCells(positioned.map((p) => p.pos), Math.min(maxCells, MAX_CELLS_PER_WRITE));
  const blocks: WriteBlock[] = rects.map((rect) => ({ rect, address: rectAddress(rect), formulas: null, numberFormat: null, style: null }));
  for (const { edit, pos } of positioned) {
    const block = blocks.find((b) => pos.row >= b.rect.top && pos.row <= b.rect.bottom && pos.col >= b.rect.left && pos.col <= b.rect.right)!;
    const r = pos.row - block.rect.top;
    const c = pos.col - block.rect.left;
    const input = editInput(edit);
    if (input !== null) (block.formulas ??= grid<FormulaInput>(block.rect, null))[r][c] = input;
    if (edit.numberFormat !== undefined) (block.numberFormat ??= grid<string | null>(block.rect, null))[r][c] = edit.numberFormat;
    if (edit.fill !== undefined || edit.bold !== undefined) {
      (block.style ??= grid<CellStyle | null>(block.rect, null))[r][c] = {
        ...(edit.fill !== undefined ? { fill: edit.fill.toUpperCase() } : {}),
        ...(edit.bold !== undefined ? { bold: edit.bold } : {}),
      };
    }
  }
  const notes = edits.filter((e) => e.note).map((e) => ({ cell: e.cell, text: e.note! }));
  return { plan, blocks, notes };
}
