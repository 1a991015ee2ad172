/**
 * The cell model behind the corpus builder: a sheet as cells keyed by A1 address, where a
 * derived cell (a total, a result, a carried equity) is a signed sum of other cells, written
 * either as a formula (its cached result follows the cells it names, as Excel saves it) or as
 * a typed number (the author's clean figure, which stays put when a cell it came from changes).
 * Planted faults are pokes: a cell's content replaced after the clean figures are known.
 */

export type Plain = number | string | null;
export interface ErrorValue {
  error: string;
  /** The formula that shows the error, without "=". */
  formula: string;
}
export interface Term {
  key: string;
  sign: 1 | -1;
}
export interface Derived {
  terms: Term[];
  mode: 'formula' | 'typed';
  /** Written as SUM over this range (the terms and label rows between them), as authors do. */
  range?: [string, string];
}
export type Content = Plain | Date | ErrorValue | Derived | Combined | PctCell;
/** A combined column ("Prognos 2023/2024"): two virtual cells shown as one text, "2 130 000/2 120 000". */
export interface Combined {
  pair: [string, string];
}
/** Förändring %: a formula comparing two amount cells (shown only where the first is not zero). */
export interface PctCell {
  pct: [string, string];
}

export const isDerived = (c: Content | undefined): c is Derived => !!c && typeof c === 'object' && 'terms' in c;
export const isError = (c: Content | undefined): c is ErrorValue => !!c && typeof c === 'object' && 'error' in c;

export interface Grid {
  name: string;
  /** By A1 address; the two years of a combined column as "D5#0", "D5#1", shown as one text in D5. */
  cells: Map<string, Content>;
  merges: string[];
  formats: Map<string, string>;
  widths: number[];
  /** The year cells of every total (a section's or a block's sum), for the property tests. */
  totals: string[];
}

function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export const a1 = (row: number, col: number) => `${colLetter(col)}${row}`;

export function parseAddress(addr: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error(`bad address ${addr}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** What a cell shows: typed derived cells keep `clean`; formulas follow what their cells show. */
export type Shown = number | string | null | Date | { error: string };

export function evaluate(grid: Grid, clean?: Map<string, number>, lenient = false): Map<string, Shown> {
  const memo = new Map<string, Shown>();
  const visiting = new Set<string>();
  const show = (key: string): Shown => {
    if (memo.has(key)) return memo.get(key)!;
    if (visiting.has(key)) throw new Error(`cycle at ${key}`);
    visiting.add(key);
    const c = grid.cells.get(key);
    let v: Shown;
    if (c === undefined || c === null || typeof c === 'number' || typeof c === 'string' || c instanceof Date) v = c ?? null;
    else if (isError(c)) v = { error: c.error };
    else if ('pct' in c) v = pctOf(show(c.pct[0]), show(c.pct[1]));
    else if ('pair' in c) v = c.pair.map((k) => swedish(show(k))).join('/');
    else if (c.mode === 'typed' && clean) v = clean.get(key) ?? 0;
    else v = excelSum(c, show, lenient);
    visiting.delete(key);
    memo.set(key, v);
    return v;
  };
  for (const key of grid.cells.keys()) show(key);
  return memo;
}

/** 2130000 as "2 130 000"; blank as nothing. */
function swedish(v: Shown): string {
  if (typeof v !== 'number') return '';
  const sign = v < 0 ? '-' : '';
  return sign + String(Math.abs(v)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function pctOf(from: Shown, to: Shown): Shown {
  if (typeof from !== 'number' || typeof to !== 'number' || from === 0) return null;
  return to / from - 1;
}

/** SUM skips text and blanks; a + chain over text gives #VALUE! (lenient: text is 0); an error spreads. */
function excelSum(d: Derived, show: (k: string) => Shown, lenient: boolean): Shown {
  const asSum = !!d.range || isSumRange(d);
  let total = 0;
  for (const t of d.terms) {
    const v = show(t.key);
    if (v && typeof v === 'object' && 'error' in v) return { error: v.error };
    if (typeof v === 'number') total += t.sign * v;
    else if (typeof v === 'string' && !asSum && !lenient) return { error: '#VALUE!' };
  }
  return total;
}

/** The clean figure of every derived cell: all cells as the author meant them (a dash or text as 0), before any poke. */
export function cleanValues(grid: Grid): Map<string, number> {
  const shown = evaluate({ ...grid, cells: new Map([...grid.cells].map(([k, c]) => [k, isDerived(c) ? { ...c, mode: 'formula' as const } : c])) }, undefined, true);
  const out = new Map<string, number>();
  for (const [k, v] of shown) if (typeof v === 'number') out.set(k, v);
  return out;
}

/** Terms that Excel would write as one SUM over a column range. */
export function isSumRange(d: Derived): boolean {
  if (d.terms.length < 2 || d.terms.some((t) => t.sign < 0 || t.key.includes('#'))) return false;
  const cells = d.terms.map((t) => parseAddress(t.key));
  return cells.every((c, i) => c.col === cells[0].col && c.row === cells[0].row + i);
}

export function formulaOf(d: Derived): string {
  if (d.range) return `SUM(${d.range[0]}:${d.range[1]})`;
  if (isSumRange(d)) return `SUM(${d.terms[0].key}:${d.terms[d.terms.length - 1].key})`;
  return d.terms.map((t, i) => `${t.sign < 0 ? '-' : i ? '+' : ''}${t.key}`).join('');
}

/** Every derived cell that (through formulas or typed copies) takes its figure from `key`. */
export function dependentsOf(grid: Grid, key: string): string[] {
  const out = new Set<string>();
  const walk = (k: string) => {
    for (const [other, c] of grid.cells) {
      if (isDerived(c) && c.terms.some((t) => t.key === k) && !out.has(other)) {
        out.add(other);
        walk(other);
      }
    }
  };
  walk(key);
  return [...out];
}
