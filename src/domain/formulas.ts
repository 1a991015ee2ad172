import { columnIndex, columnLetter, parseA1, type SheetSnapshot } from './snapshot';

const SIMPLE_SUM = /^=(?:SUM|SUMMA)\(\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)$/i;

/** Sheet row numbers (1-based) for snapshot rows. */
function sheetRow(snapshot: SheetSnapshot, row: number): number {
  return parseA1(snapshot.topLeft).row + row + 1;
}

export function sheetColumn(snapshot: SheetSnapshot, col: number): string {
  return columnLetter(parseA1(snapshot.topLeft).col + col);
}

/**
 * A sheet name as a formula refers to it: bare when Excel would read it so, quoted otherwise
 * (spaces, punctuation, and names that read as a cell or an R1C1 reference, like "AB12" or "R1C1").
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-zÅÄÖåäö_][A-Za-z0-9ÅÄÖåäö_]*$/.test(name);
  const readsAsCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*([Cc]\d*)?$/.test(name);
  return plain && !readsAsCell ? name : `'${name.replace(/'/g, "''")}'`;
}

// A total's rows are formatted once per year column: the ranges are worked out once per list.
// (Row lists are never changed after they are made: a model's components, or a fresh array.)
const rangesOf = new WeakMap<readonly number[], [number, number][]>();

/** Snapshot rows as sorted runs of adjacent rows: [2, 3, 6] → [[2, 3], [6, 6]]. */
function rowRanges(rows: readonly number[]): [number, number][] {
  let ranges = rangesOf.get(rows);
  if (ranges) return ranges;
  ranges = [];
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  for (const r of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else ranges.push([r, r]);
  }
  rangesOf.set(rows, ranges);
  return ranges;
}

/** "=SUM(B2:B3,B6)" over the given snapshot rows in one column; adjacent rows become ranges. */
export function sumFormula(snapshot: SheetSnapshot, rows: readonly number[], col: number): string {
  const ranges = rowRanges(rows);
  if (ranges.length === 0) return '=0';
  const letter = sheetColumn(snapshot, col);
  const parts = ranges.map(([start, end]) => {
    const a = sheetRow(snapshot, start);
    const b = sheetRow(snapshot, end);
    return a === b ? `${letter}${a}` : `${letter}${a}:${letter}${b}`;
  });
  // Excel's SUM takes at most 255 arguments: a cost total over hundreds of sections nests.
  const MAX_ARGS = 255;
  if (parts.length <= MAX_ARGS) return `=SUM(${parts.join(',')})`;
  const groups: string[] = [];
  for (let i = 0; i < parts.length; i += MAX_ARGS) groups.push(`SUM(${parts.slice(i, i + MAX_ARGS).join(',')})`);
  return `=SUM(${groups.join(',')})`;
}

/** "=B8-B23" style references between two cells of the snapshot. */
export function cellRef(snapshot: SheetSnapshot, row: number, col: number): string {
  return `${sheetColumn(snapshot, col)}${sheetRow(snapshot, row)}`;
}

/**
 * The snapshot rows a plain sum formula refers to in one column, or null when the formula is
 * not a plain sum (other functions, subtraction, other columns or sheets): then we cannot judge it.
 */
export function referencedRows(snapshot: SheetSnapshot, formula: string, col: number): number[] | null {
  // The common case, as the tool and most people write it: =SUM(B11:B20) over its own column.
  const simple = SIMPLE_SUM.exec(formula);
  if (simple && simple[1].toUpperCase() === simple[3].toUpperCase() && columnIndex(simple[1]) - parseA1(snapshot.topLeft).col === col) {
    const origin = parseA1(snapshot.topLeft).row;
    const [a, b] = [Number(simple[2]) - 1 - origin, Number(simple[4]) - 1 - origin].sort((x, y) => x - y);
    const rows: number[] = [];
    for (let r = a; r <= b; r++) rows.push(r);
    return rows;
  }
  const body = formula.replace(/^=/, '').replace(/\s+/g, '');
  if (/!|"/.test(body)) return null;
  // SUM nested in SUM (as sumFormula writes past 255 arguments) or SUM(..)+SUM(..) is still a plain sum.
  let stripped = body;
  for (let prev = ''; prev !== stripped; ) {
    prev = stripped;
    stripped = stripped.replace(/(SUM|SUMMA)\(([^()]*)\)/gi, '$2');
  }
  if (/[A-Z]{2,}\(|[-*/^&]/i.test(stripped.replace(/\$?[A-Z]{1,3}\$?\d+/gi, ''))) return null;
  const origin = parseA1(snapshot.topLeft);
  const rows: number[] = [];
  for (const part of stripped.split(/[+,;]/)) {
    if (!part) continue;
    const m = /^(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?$/i.exec(part);
    if (!m) return null;
    const a = parseA1(m[1]);
    const b = m[2] ? parseA1(m[2]) : a;
    if (a.col !== b.col || a.col - origin.col !== col) return null;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) rows.push(r - origin.row);
  }
  return rows;
}

/**
 * A formula's signed terms in one column: a plain sum (SUM ranges, + chains) or a chain of
 * single cells with + and − ("=B10-B20", "=B22+B23"); null for anything else.
 */
export function formulaTerms(snapshot: SheetSnapshot, formula: string, col: number): { row: number; sign: 1 | -1 }[] | null {
  const plain = referencedRows(snapshot, formula, col);
  if (plain) return plain.map((row) => ({ row, sign: 1 }));
  const body = formula.replace(/^=/, '').replace(/[\s$]/g, '');
  if (!/^[+-]?[A-Z]{1,3}\d+([+-][A-Z]{1,3}\d+)*$/i.test(body)) return null;
  const origin = parseA1(snapshot.topLeft);
  const terms: { row: number; sign: 1 | -1 }[] = [];
  for (const m of body.matchAll(/([+-]?)([A-Z]{1,3}\d+)/gi)) {
    const cell = parseA1(m[2]);
    if (cell.col - origin.col !== col) return null;
    terms.push({ row: cell.row - origin.row, sign: m[1] === '-' ? -1 : 1 });
  }
  return terms;
}

/** The formula the tool writes for a total: a SUM over its rows, or "=B10-B20" for a result. */
export function totalFormula(snapshot: SheetSnapshot, rows: readonly number[], minus: readonly number[] | undefined, col: number): string {
  if (!minus?.length) return sumFormula(snapshot, rows, col);
  const plus = rows.map((r) => cellRef(snapshot, r, col)).join('+');
  return `=${plus || '0'}${minus.map((r) => `-${cellRef(snapshot, r, col)}`).join('')}`;
}
