import type { CellPos } from '../domain/snapshot';
import { rectCols, rectRows, type Rect } from './address';

/**
 * Groups cells into rectangles so each is read and written as one 2-D array (one command per
 * property instead of one per cell). Cells inside a rectangle that are not in the group are
 * sent as null, which Excel leaves unchanged; so a rectangle may be sparse, but not so sparse
 * that its read of the previous state (for undo) costs far more than the cells themselves.
 */
export function groupCells(cells: CellPos[], maxCells: number): Rect[] {
  if (cells.length === 0) return [];
  const unique = dedupe(cells);
  return split(unique, maxCells);
}

function dedupe(cells: CellPos[]): CellPos[] {
  const seen = new Map<string, CellPos>();
  for (const c of cells) seen.set(`${c.row}:${c.col}`, c);
  return [...seen.values()];
}

function bbox(cells: CellPos[]): Rect {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top, left, bottom, right };
}

function split(cells: CellPos[], maxCells: number): Rect[] {
  const box = bbox(cells);
  const area = rectRows(box) * rectCols(box);
  // Dense enough: at most eight times the cells it holds (plus a little slack for small groups).
  if (area <= maxCells && area <= cells.length * 8 + 64) return [box];
  const byRows = rectRows(box) >= rectCols(box);
  const key = (c: CellPos) => (byRows ? c.row : c.col);
  const sorted = [...cells].sort((a, b) => key(a) - key(b));
  // Cut at the widest gap, so separate blocks of the sheet stay separate; of equal gaps the one
  // nearest the middle, so a sheet of evenly spaced rows halves (depth log n, not n).
  const mid = sorted.length / 2;
  let cut = Math.floor(mid);
  let widest = 0;
  for (let i = 1; i < sorted.length; i++) {
    const gap = key(sorted[i]) - key(sorted[i - 1]);
    if (gap > widest || (gap === widest && gap > 0 && Math.abs(i - mid) < Math.abs(cut - mid))) {
      widest = gap;
      cut = i;
    }
  }
  if (widest === 0) {
    // All in one line along this axis: cut across the other one.
    const other = (c: CellPos) => (byRows ? c.col : c.row);
    sorted.sort((a, b) => other(a) - other(b));
    cut = Math.floor(sorted.length / 2);
  }
  return [...split(sorted.slice(0, cut), maxCells), ...split(sorted.slice(cut), maxCells)];
}

/** Row bands of a rectangle, each at most maxCells cells (at least one row). */
export function rowBands(rect: Rect, maxCells: number): Rect[] {
  const rowsPer = Math.max(1, Math.floor(maxCells / rectCols(rect)));
  const out: Rect[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPer) {
    out.push({ ...rect, top, bottom: Math.min(rect.bottom, top + rowsPer - 1) });
  }
  return out;
}
