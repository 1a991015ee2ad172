/**
 * Lays a Layout (./build) out as cells, row by row: rows above, the header (one row or two,
 * equal words merged), the income and cost trees with their totals, the equity rows of either
 * convention, what is under the table. Totals are signed sums (./grid) written as formulas or
 * typed as the layout says; a run broken only by label rows is one SUM over the run.
 */
import { a1, type Content, type Derived, type Grid, type Term } from './grid';
import type { Layout, Node, Section, Sub } from './build';

const isSub = (n: Node): n is Sub => 'sub' in n;
const isSection = (n: Node): n is Section => 'children' in n;

export class Sheet {
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

export class LayoutBuilder {
  private s: Sheet;
  private labelCol: number;
  private firstYearCol: number;
  /** Real year columns; with a combined column, two more virtual years after them. */
  private n: number;
  private yearCount: number;
  private combinedCol: number;
  private changeCol: number;
  private commentCol: number;
  private amountRows = new Set<number>();
  private startCol: number;

  constructor(private l: Layout) {
    this.s = new Sheet(l.sheet);
    this.startCol = l.startCol ?? 1;
    this.labelCol = this.startCol + (l.account ? 1 : 0);
    this.firstYearCol = this.labelCol + (l.spacer ? 2 : 1);
    this.n = l.years.length;
    this.yearCount = this.n + (l.combined ? 2 : 0);
    this.combinedCol = l.combined ? this.firstYearCol + this.n : 0;
    const nextCol = this.firstYearCol + this.n + (l.combined ? 1 : 0);
    this.changeCol = l.change ? nextCol : 0;
    this.commentCol = l.comment ? nextCol + (l.change ? 1 : 0) : 0;
  }

  build(): Grid {
    const { l, s } = this;
    for (const text of l.above ?? []) {
      s.row++;
      if (text !== null) s.set(s.row, this.startCol, text, text instanceof Date ? 'yyyy-mm-dd' : undefined);
    }
    if (l.convention === 'income') this.incomeConvention();
    else this.resultConvention();
    for (const text of l.below ?? []) this.labelRow(text);
    if (l.after) s.row += 2;
    for (const row of l.after ?? []) {
      s.row++;
      row.forEach((v, c) => v !== null && s.set(s.row, this.startCol + c, v));
    }
    const widths = [...(l.account ? [8] : []), 44, ...(l.spacer ? [2] : []), ...Array(this.n + (l.combined ? 1 : 0)).fill(14), 20, 30];
    s.grid.widths = [...Array(this.startCol - 1).fill(3), ...widths];
    return s.grid;
  }

  /** The key of year index j (a virtual key inside the combined column for its two years). */
  private keyOf(row: number, j: number): string {
    return j < this.n ? a1(row, this.firstYearCol + j) : `${a1(row, this.combinedCol)}#${j - this.n}`;
  }

  private header(label: string) {
    const { l, s } = this;
    const shape = l.header ?? 'one-row';
    const suffix = l.unitSuffix ?? '';
    if (shape === 'one-row') {
      s.row++;
      this.headerLabel(s.row, label);
      const gap = l.headerBreak ? '\n' : ' ';
      l.years.forEach((y, j) => s.set(s.row, this.firstYearCol + j, y.word ? `${y.word}${gap}${y.year}${suffix}` : suffix ? `${y.year}${suffix}` : y.year));
      if (l.combined) s.set(s.row, this.combinedCol, `${l.combined.word} ${l.combined.years.join('/')}${suffix}`);
    } else {
      const yearRow = shape === 'kind-above' ? s.row + 2 : s.row + 1;
      const wordRow = shape === 'kind-above' ? s.row + 1 : s.row + 2;
      s.row += 2;
      this.headerLabel(yearRow, label);
      l.years.forEach((y, j) => s.set(yearRow, this.firstYearCol + j, suffix ? `${y.year}${suffix}` : y.year));
      this.wordRow(wordRow);
      if (l.combined) s.set(yearRow, this.combinedCol, l.combined.years.join('/'));
    }
    if (l.change) s.set(s.row, this.changeCol, 'Förändring %');
    if (l.comment) s.set(s.row, this.commentCol, 'Kommentar');
  }

  private headerLabel(row: number, label: string) {
    if (label) this.s.set(row, this.labelCol, label);
    if (this.l.account) this.s.set(row, this.startCol, 'Konto');
  }

  /** The words of a two-row header; adjacent equal words are one merged cell, as finance officers lay them out. */
  private wordRow(row: number) {
    const words = this.l.years.map((y) => y.word);
    for (let j = 0; j < this.n; ) {
      let k = j;
      while (k + 1 < this.n && words[k + 1] === words[j]) k++;
      if (words[j]) this.s.set(row, this.firstYearCol + j, words[j]);
      if (k > j && words[j]) this.s.grid.merges.push(`${a1(row, this.firstYearCol + j)}:${a1(row, this.firstYearCol + k)}`);
      j = k + 1;
    }
    if (this.l.combined) this.s.set(row, this.combinedCol, this.l.combined.word);
  }

  private labelRow(label: string): number {
    this.s.row++;
    this.s.set(this.s.row, this.labelCol, label);
    return this.s.row;
  }

  /** A section's heading, merged across the table when the layout says so. */
  private headingRow(label: string) {
    const r = this.labelRow(label);
    const last = this.firstYearCol + this.n - 1 + (this.l.combined ? 1 : 0);
    if (this.l.mergeHeadings) this.s.grid.merges.push(`${a1(r, this.labelCol)}:${a1(r, last)}`);
  }

  private amountRow(label: string, amounts: (j: number) => Content, extra?: { account?: number; comment?: string }): number {
    const { l, s } = this;
    const r = this.labelRow(label);
    this.amountRows.add(r);
    if (extra?.account !== undefined) s.set(r, this.startCol, extra.account);
    for (let j = 0; j < this.yearCount; j++) {
      const c = amounts(j);
      if (c === null) continue;
      if (j < this.n) s.set(r, this.firstYearCol + j, c, '#,##0');
      else s.grid.cells.set(this.keyOf(r, j), c);
    }
    if (l.combined) s.set(r, this.combinedCol, { pair: [this.keyOf(r, this.n), this.keyOf(r, this.n + 1)] });
    if (l.change) s.set(r, this.changeCol, { pct: [a1(r, this.yearCol(l.change.from)), a1(r, this.yearCol(l.change.to))] }, '0%');
    if (extra?.comment) s.set(r, this.commentCol, extra.comment);
    return r;
  }

  private yearCol(year: number): number {
    return this.firstYearCol + this.l.years.findIndex((y) => y.year === year);
  }

  /** A derived cell; the virtual years of a combined column are always typed (shown as text). */
  private derived(terms: Term[], j: number, mode: 'formula' | 'typed'): Derived {
    return { terms, mode: j < this.n ? mode : 'typed' };
  }

  /** A sum of rows; over a run broken only by label rows, a SUM of the whole run. */
  private sumOf(rows: number[]) {
    return (j: number): Content => {
      const d = this.derived(rows.map((r) => ({ key: this.keyOf(r, j), sign: 1 as const })), j, this.l.totals);
      const [lo, hi] = [rows[0], rows[rows.length - 1]];
      let run = rows.length > 1 && j < this.n;
      for (let r = lo; run && r <= hi; r++) if (!rows.includes(r) && this.amountRows.has(r)) run = false;
      return run ? { ...d, range: [this.keyOf(lo, j), this.keyOf(hi, j)] } : d;
    };
  }

  /** Lays out nodes; returns the rows a total over them adds up. */
  private nodes(list: Node[]): number[] {
    const out: number[] = [];
    for (const node of list) {
      if (isSub(node)) this.labelRow(node.sub);
      else if (isSection(node)) {
        if (node.heading) this.headingRow(node.heading);
        out.push(this.totalRow(node.total, this.nodes(node.children)));
        if (this.l.blankAfterSections) this.s.row++;
      } else {
        const r = this.amountRow(`${this.l.indent ?? ''}${node.label}`, (j) => node.amounts[j] ?? null, node);
        if (!node.excluded) out.push(r);
      }
    }
    return out;
  }

  /** A total (a section's, a block's): its year cells are listed in grid.totals. */
  private totalRow(label: string, parts: number[]): number {
    const r = this.amountRow(label, this.sumOf(parts));
    for (let j = 0; j < this.n; j++) this.s.grid.totals.push(this.keyOf(r, j));
    return r;
  }

  /** The 2026 layout: the income block holds the opening equity; closing = income total − cost total. */
  private incomeConvention() {
    const { l, s } = this;
    this.header(l.incomeHeading);
    if (l.incomeSubheading) this.labelRow(l.incomeSubheading);
    const parts = this.nodes(l.income);
    const openingRow = this.amountRow(l.openingLabel, (j) => (j === 0 ? l.opening : null));
    const incomeTotalRow = this.totalRow(l.incomeTotal, [...parts, openingRow]);
    s.row++;
    if (l.costHeader) this.header(l.costHeading);
    else this.labelRow(l.costHeading);
    const costTotalRow = this.totalRow(l.costTotal, this.nodes(l.costs));
    // The opening of year j > 0 is the closing of year j − 1 (a combined column's first year
    // carries from the last real column).
    for (let j = 1; j < this.yearCount; j++) {
      const terms: Term[] = [
        { key: this.keyOf(incomeTotalRow, j - 1), sign: 1 },
        { key: this.keyOf(costTotalRow, j - 1), sign: -1 },
      ];
      s.grid.cells.set(this.keyOf(openingRow, j), this.derived(terms, j, l.chain ?? l.totals));
      if (j < this.n) s.grid.formats.set(this.keyOf(openingRow, j), '#,##0');
    }
  }

  /** Summa intäkter, Summa kostnader, Årets resultat, Eget kapital vid årets början and slut. */
  private resultConvention() {
    const { l, s } = this;
    this.header('');
    this.labelRow(l.incomeHeading);
    const incomeRow = this.totalRow(l.incomeTotal, this.nodes(l.income));
    this.labelRow(l.costHeading);
    const costRow = this.totalRow(l.costTotal, this.nodes(l.costs));
    s.row++;
    const resultRow = this.amountRow(l.result ?? 'Årets resultat', (j) =>
      this.derived([{ key: this.keyOf(incomeRow, j), sign: 1 }, { key: this.keyOf(costRow, j), sign: -1 }], j, l.totals),
    );
    const openingRow = resultRow + 1;
    const closingRow = resultRow + 2;
    this.amountRow(l.openingLabel, (j) => (j === 0 ? l.opening : this.derived([{ key: this.keyOf(closingRow, j - 1), sign: 1 }], j, l.chain ?? l.totals)));
    this.amountRow(l.closing ?? 'Eget kapital vid årets slut', (j) =>
      this.derived([{ key: this.keyOf(openingRow, j), sign: 1 }, { key: this.keyOf(resultRow, j), sign: 1 }], j, l.totals),
    );
  }
}
