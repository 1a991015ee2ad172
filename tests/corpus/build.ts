/**
 * A budget workbook described as data (tests/corpus/README.md): what is above the table, the
 * header shape and words, the rows (members, items, sub-headings, sections nested to any
 * depth, totals), the equity convention, units and extra columns; `layoutGrid` lays it out as
 * cells (./grid), `writeWorkbook` saves it as .xlsx with exceljs, formulas with their cached
 * results as Excel saves them.
 */
import { a1, colLetter, type Content, type Derived, type Grid, type Term } from './grid';

export type Word = 'Utfall' | 'Bokslut' | 'Budget' | 'Budgetplan' | 'Plan' | 'Prognos' | '';
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
}

export interface RawSheet {
  name: string;
  rows: (string | number | null)[][];
}

const isSub = (n: Node): n is Sub => 'sub' in n;
const isSection = (n: Node): n is Section => 'children' in n;

class Sheet {
  grid: Grid;
  row = 0;
  constructor(name: string) {
    this.grid = { name, cells: new Map(), merges: [], formats: new Map(), widths: [], totals: [] };
  }
  set(row: number, col: number, c: Content, fmt?: string) {
    const key = a1(row, col);
    this.grid.cells.set(key, c);
    if (fmt) this.grid.formats.set(key, fmt);
  }
}

/** The cells of one budget sheet. */
export function layoutGrid(l: Layout): Grid {
  const s = new Sheet(l.sheet);
  const labelCol = l.account ? 2 : 1;
  const firstYearCol = labelCol + 1;
  const n = l.years.length;
  const combinedCol = l.combined ? firstYearCol + n : 0;
  const nextCol = firstYearCol + n + (l.combined ? 1 : 0);
  const changeCol = l.change ? nextCol : 0;
  const commentCol = l.comment ? nextCol + (l.change ? 1 : 0) : 0;
  const yearCount = n + (l.combined ? 2 : 0);
  const fmt = '#,##0';
  /** The key of year index j (a virtual key inside the combined column for its two years). */
  const keyOf = (row: number, j: number) => (j < n ? a1(row, firstYearCol + j) : `${a1(row, combinedCol)}#${j - n}`);
  const yearCol = (y: number) => firstYearCol + l.years.findIndex((s2) => s2.year === y);

  for (const text of l.above ?? []) {
    s.row++;
    if (text !== null) s.set(s.row, 1, text, text instanceof Date ? 'yyyy-mm-dd' : undefined);
  }

  const header = (label: string) => {
    const shape = l.header ?? 'one-row';
    const words = l.years.map((y) => y.word);
    const suffix = l.unitSuffix ?? '';
    if (shape === 'one-row') {
      s.row++;
      if (label) s.set(s.row, labelCol, label);
      if (l.account) s.set(s.row, 1, 'Konto');
      l.years.forEach((y, j) => s.set(s.row, firstYearCol + j, y.word ? `${y.word} ${y.year}${suffix}` : suffix ? `${y.year}${suffix}` : y.year));
      if (l.combined) s.set(s.row, combinedCol, `${l.combined.word} ${l.combined.years.join('/')}${suffix}`);
    } else {
      const wordRow = shape === 'kind-above' ? s.row + 1 : s.row + 2;
      const yearRow = shape === 'kind-above' ? s.row + 2 : s.row + 1;
      s.row += 2;
      if (label) s.set(yearRow, labelCol, label);
      if (l.account) s.set(yearRow, 1, 'Konto');
      l.years.forEach((y, j) => s.set(yearRow, firstYearCol + j, suffix ? `${y.year}${suffix}` : y.year));
      if (l.combined) s.set(yearRow, combinedCol, l.combined.years.join('/'));
      // Adjacent equal words are one merged cell, as finance officers lay them out.
      for (let j = 0; j < n; ) {
        let k = j;
        while (k + 1 < n && words[k + 1] === words[j]) k++;
        if (words[j]) s.set(wordRow, firstYearCol + j, words[j]);
        if (k > j && words[j]) s.grid.merges.push(`${a1(wordRow, firstYearCol + j)}:${a1(wordRow, firstYearCol + k)}`);
        j = k + 1;
      }
      if (l.combined) s.set(wordRow, combinedCol, l.combined.word);
    }
    const hr = s.row;
    if (l.change) s.set(hr, changeCol, 'Förändring %');
    if (l.comment) s.set(hr, commentCol, 'Kommentar');
  };

  const labelRow = (label: string) => {
    s.row++;
    s.set(s.row, labelCol, label);
    return s.row;
  };

  const amountRow = (label: string, amounts: (j: number) => Content, extra?: { account?: number; comment?: string }) => {
    const r = labelRow(label);
    amountRows.add(r);
    if (extra?.account !== undefined) s.set(r, 1, extra.account);
    for (let j = 0; j < yearCount; j++) {
      const c = amounts(j);
      if (c === null) continue;
      if (j < n) s.set(r, firstYearCol + j, c, fmt);
      else s.grid.cells.set(keyOf(r, j), c);
    }
    if (l.combined) s.set(r, combinedCol, { pair: [keyOf(r, n), keyOf(r, n + 1)] });
    if (l.change) s.set(r, changeCol, { pct: [a1(r, yearCol(l.change.from)), a1(r, yearCol(l.change.to))] }, '0%');
    if (extra?.comment) s.set(r, commentCol, extra.comment);
    return r;
  };

  const derived = (terms: (j: number) => Term[], mode: 'formula' | 'typed') => (j: number): Content => {
    const d: Derived = { terms: terms(j), mode: j < n ? mode : 'typed' };
    return d;
  };
  const amountRows = new Set<number>();
  /** A sum of rows; over a run broken only by label rows, a SUM of the whole run. */
  const sumOf = (rows: number[], mode = l.totals) => (j: number): Content => {
    const d = derived((jj) => rows.map((r) => ({ key: keyOf(r, jj), sign: 1 as const })), mode)(j) as Derived;
    const [lo, hi] = [rows[0], rows[rows.length - 1]];
    let run = rows.length > 1 && j < n;
    for (let r = lo; run && r <= hi; r++) if (!rows.includes(r) && amountRows.has(r)) run = false;
    return run ? { ...d, range: [keyOf(lo, j), keyOf(hi, j)] } : d;
  };

  /** Lays out nodes; returns the rows a total over them adds up. */
  const nodes = (list: Node[]): number[] => {
    const out: number[] = [];
    for (const node of list) {
      if (isSub(node)) labelRow(node.sub);
      else if (isSection(node)) {
        if (node.heading) labelRow(node.heading);
        const parts = nodes(node.children);
        out.push(amountRow(node.total, sumOf(parts)));
      } else out.push(amountRow(node.label, (j) => node.amounts[j] ?? null, node));
    }
    return out;
  };

  /** A total (a section's, a block's): its year cells are listed in grid.totals. */
  const totalRow = (label: string, parts: number[]) => {
    const r = amountRow(label, sumOf(parts));
    for (let j = 0; j < n; j++) s.grid.totals.push(keyOf(r, j));
    return r;
  };

  const chainMode = l.chain ?? l.totals;
  if (l.convention === 'income') {
    header(l.incomeHeading);
    if (l.incomeSubheading) labelRow(l.incomeSubheading);
    const parts = nodes(l.income);
    const openingRow = s.row + 1;
    let incomeTotalRow = 0;
    let costTotalRow = 0;
    // The opening of year j > 0 is the closing of year j − 1: income total minus cost total.
    const openingTerms = (j: number): Term[] => [
      { key: keyOf(incomeTotalRow, j - 1), sign: 1 },
      { key: keyOf(costTotalRow, j - 1), sign: -1 },
    ];
    amountRow(l.openingLabel, (j) => (j === 0 ? l.opening : { terms: [], mode: 'typed' }));
    incomeTotalRow = totalRow(l.incomeTotal, [...parts, openingRow]);
    s.row++;
    if (l.costHeader) header(l.costHeading);
    else labelRow(l.costHeading);
    costTotalRow = totalRow(l.costTotal, nodes(l.costs));
    for (let j = 1; j < yearCount; j++) {
      // A combined column carries its first year from the last real column.
      s.grid.cells.set(keyOf(openingRow, j), derived(openingTerms, chainMode)(j));
    }
  } else {
    header('');
    labelRow(l.incomeHeading);
    const incomeRow = totalRow(l.incomeTotal, nodes(l.income));
    labelRow(l.costHeading);
    const costRow = totalRow(l.costTotal, nodes(l.costs));
    s.row++;
    const resultRow = amountRow(l.result ?? 'Årets resultat', derived((j) => [{ key: keyOf(incomeRow, j), sign: 1 }, { key: keyOf(costRow, j), sign: -1 }], l.totals));
    const openingRow = resultRow + 1;
    const closingRow = resultRow + 2;
    amountRow(l.openingLabel, (j) => (j === 0 ? l.opening : derived(() => [{ key: keyOf(closingRow, j - 1), sign: 1 }], chainMode)(j)));
    amountRow(l.closing ?? 'Eget kapital vid årets slut', derived((j) => [{ key: keyOf(openingRow, j), sign: 1 }, { key: keyOf(resultRow, j), sign: 1 }], l.totals));
  }
  for (const text of l.below ?? []) labelRow(text);
  if (l.after) s.row += 2;
  for (const row of l.after ?? []) {
    s.row++;
    row.forEach((v, c) => v !== null && s.set(s.row, c + 1, v));
  }
  s.grid.widths = [l.account ? 8 : 44, ...(l.account ? [44] : []), ...Array(yearCount).fill(14), 20, 30];
  return s.grid;
}

export function rawGrid(sheet: RawSheet): Grid {
  const s = new Sheet(sheet.name);
  sheet.rows.forEach((row, i) => row.forEach((v, c) => v !== null && s.set(i + 1, c + 1, v)));
  s.grid.widths = [50, 14, 14, 14];
  return s.grid;
}

export { colLetter };
