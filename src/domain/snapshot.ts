/**
 * A sheet as the hosts read it: 2-D arrays of what the cells show, their formulas and number
 * formats, plus where the block starts. Rows and columns in the domain are 0-based indexes
 * into these arrays; A1 addresses are made only at the edge (findings, edits).
 */
export type CellValue = string | number | boolean | null;

export interface SheetSnapshot {
  sheetName: string;
  /** A1 address of values[0][0], for example "A1" or "C3". */
  topLeft: string;
  values: CellValue[][];
  /** Formula text with its leading "=", or null for a constant. */
  formulas: (string | null)[][];
  numberFormats: string[][];
}

export interface CellPos {
  row: number;
  col: number;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

// The same few addresses (a snapshot's top-left cell above all) are parsed for every cell.
const parsedA1 = new Map<string, Readonly<CellPos>>();

/** Parses "B7" or "$B$7" into 0-based sheet coordinates. */
export function parseA1(address: string): Readonly<CellPos> {
  const known = parsedA1.get(address);
  if (known) return known;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Ogiltig celladress: ${address}`);
  const pos = Object.freeze({ row: Number(m[2]) - 1, col: columnIndex(m[1]) });
  if (parsedA1.size > 10_000) parsedA1.clear();
  parsedA1.set(address, pos);
  return pos;
}

export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Address of a snapshot cell (indexes relative to topLeft) in the sheet. */
export function snapshotA1(snapshot: SheetSnapshot, row: number, col: number): string {
  const origin = parseA1(snapshot.topLeft);
  return toA1(origin.row + row, origin.col + col);
}

export function snapshotSize(snapshot: SheetSnapshot): { rows: number; cols: number } {
  const rows = snapshot.values.length;
  const cols = snapshot.values.reduce((max, r) => Math.max(max, r.length), 0);
  return { rows, cols };
}

export function cellAt(snapshot: SheetSnapshot, row: number, col: number): CellValue {
  return snapshot.values[row]?.[col] ?? null;
}

export function formulaAt(snapshot: SheetSnapshot, row: number, col: number): string | null {
  return snapshot.formulas[row]?.[col] ?? null;
}
