import { columnLetter, parseA1, toA1 } from '../domain/snapshot';

/** A rectangle in 0-based sheet coordinates, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectAddress(rect: Rect): string {
  const a = toA1(rect.top, rect.left);
  const b = toA1(rect.bottom, rect.right);
  return a === b ? a : `${a}:${b}`;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectCols(rect: Rect): number {
  return rect.right - rect.left + 1;
}

/**
 * Excel returns addresses sheet-qualified and absolute ("'Budget 2026'!$B$2:$H$40"); the
 * domain wants the bare A1 part. A single cell has no colon.
 */
export function parseRangeAddress(address: string): { sheet: string | null; rect: Rect } {
  const bang = address.lastIndexOf('!');
  const sheetPart = bang >= 0 ? address.slice(0, bang) : null;
  const sheet = sheetPart === null ? null : sheetPart.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const [first, second] = address.slice(bang + 1).replace(/\$/g, '').split(':');
  const a = parseA1(first);
  const b = second ? parseA1(second) : a;
  return {
    sheet,
    rect: { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) },
  };
}

export function columnRange(letter: string): string {
  return `${letter}:${letter}`;
}

export { columnLetter };
