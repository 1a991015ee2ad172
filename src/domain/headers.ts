import type { CellValue, SheetSnapshot } from './snapshot';
import type { YearColumn, YearKind } from './model';

/** The words that name a year column's kind; "Plan 2027" is a year planned after the budget. */
const KIND_WORDS: Record<string, YearKind> = {
  utfall: 'outcome',
  bokslut: 'outcome',
  budget: 'budget',
  budgetplan: 'budget',
  plan: 'prognosis',
  prognos: 'prognosis',
  intäkter: 'year',
  kostnader: 'year',
};

/** Words a year header may carry besides its kind: they say nothing about the column. */
const FILLER = new Set(['år', 'i', 'kr', 'tkr', 'sek', 'rev', 'reviderad', 'beslutad', 'fastställd', 'prel', 'preliminär', 'belopp', 'helår']);

/** "<b>TOTALT</b> " → "TOTALT": labels as a person reads them. */
export function cleanLabel(value: CellValue): string {
  if (typeof value !== 'string') return '';
  // Most labels have no tag and only single plain spaces: nothing to clean but the ends.
  if (!NEEDS_CLEANING.test(value)) return value.trim();
  return value.replace(/<[^>]+>/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A tag, whitespace other than a plain space, or two spaces in a row. */
const NEEDS_CLEANING = /<|[^\S ]| {2}/;

/** Whether a cell holds a label a person would see (cleanLabel not empty), without building it. */
export function isLabelText(value: CellValue): boolean {
  if (typeof value !== 'string' || !/[^\s\u00a0]/.test(value)) return false;
  return !value.includes('<') || cleanLabel(value) !== '';
}

/** A kind word alone ("Utfall", "Budget", "Plan"): the upper or lower row of a two-row header. */
export function kindWord(value: CellValue): YearKind | null {
  if (typeof value !== 'string' || /\d/.test(value)) return null;
  const words = cleanLabel(value).toLowerCase().split(/[\s,.:()]+/).filter(Boolean);
  const kinds = words.map((w) => KIND_WORDS[w]).filter((k) => k && k !== 'year');
  if (kinds.length !== 1 || !words.every((w) => KIND_WORDS[w] || FILLER.has(w))) return null;
  return kinds[0];
}

export interface HeaderCell {
  year: number;
  kind: YearKind;
  /** Set for "Prognos 2023/2024": the second year of a combined column. */
  alsoYear?: number;
  tkr?: boolean;
}

const inRange = (y: number) => y >= 1990 && y <= 2200;

/** Reads a column header such as "Budget 2026", "Plan 2027 (tkr)", "Utfall 2025", 2025 or "Prognos 2023/2024". */
export function parseYearHeader(value: CellValue): HeaderCell | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && inRange(value) ? { year: value, kind: 'year' } : null;
  }
  // Most cells of a sheet are labels without a year in them: skip cleaning them.
  // A header is short: no scan of a 1 MB note.
  if (typeof value !== 'string' || value.length > 200 || !/\d{4}/.test(value)) return null;
  const text = cleanLabel(value).toLowerCase();
  const combined = /(?:^|\s)(\d{4})\s*[/–-]\s*(\d{4}|\d{2})(?=$|\s|\))/.exec(text);
  let rest = text;
  let year: number;
  let alsoYear: number | undefined;
  if (combined) {
    year = Number(combined[1]);
    const second = combined[2].length === 2 ? Math.floor(year / 100) * 100 + Number(combined[2]) : Number(combined[2]);
    if (second !== year + 1) return null;
    alsoYear = second;
    rest = text.replace(combined[0], ' ');
  } else {
    const years = text.match(/\d+/g) ?? [];
    if (years.length !== 1 || years[0].length !== 4) return null;
    year = Number(years[0]);
    rest = text.replace(years[0], ' ');
  }
  if (!inRange(year)) return null;
  const words = rest.split(/[\s,.:()]+/).filter(Boolean);
  let kind: YearKind = 'year';
  for (const w of words) {
    const k = KIND_WORDS[w];
    if (k) {
      if (kind !== 'year' && k !== 'year' && k !== kind) return null;
      if (k !== 'year' || kind === 'year') kind = k;
    } else if (!FILLER.has(w)) return null;
  }
  const out: HeaderCell = { year, kind };
  if (alsoYear) out.alsoYear = alsoYear;
  if (words.includes('tkr')) out.tkr = true;
  return out;
}

/** A header row read: its year columns, and its combined columns (two years in one cell). */
export interface HeaderRow {
  years: YearColumn[];
  combined: YearColumn[];
}

/** Year headers found in one row, or null when the row is not a header row. */
export function readHeaderRow(snapshot: SheetSnapshot, row: number): HeaderRow | null {
  const cells = snapshot.values[row] ?? [];
  const found: YearColumn[] = [];
  const combined: YearColumn[] = [];
  let otherNumbers = 0;
  cells.forEach((value, col) => {
    const parsed = parseYearHeader(value);
    if (!parsed) {
      if (typeof value === 'number') otherNumbers++;
      return;
    }
    const header = typeof value === 'number' ? String(value) : cleanLabel(value);
    const column: YearColumn = { year: parsed.year, col, kind: parsed.kind, header };
    (parsed.alsoYear ? combined : found).push(column);
  });
  if (found.length + 2 * combined.length < 2 || found.length === 0) return null;
  // A title repeated over merged cells ("Budgetplan 2026" in every cell) is no header row.
  if (found.length > 1 && found.every((y) => y.header === found[0].header)) return null;
  // A row of bare numbers that happen to look like years is an amount row, not a header.
  const bare = found.every((y) => y.kind === 'year' && /^\d{4}$/.test(y.header));
  if (bare && otherNumbers > 0) return null;
  // Amounts such as 2 000 kr in every year are not years: bare year headers rise column by column.
  if (bare && found.some((y, i) => i > 0 && y.year <= found[i - 1].year)) return null;
  if (bare && typeof snapshot.values[row]?.[found[0].col - 1] === 'number') return null;
  if (bare && found.length < 2) return null;
  return { years: found, combined };
}

/**
 * The kinds of a two-row header: "Utfall", "Budget", "Plan" in the row above or below bare
 * years. A merged kind cell shows only in its first column, so a blank takes the kind to its left.
 */
export function kindsFromNeighbour(snapshot: SheetSnapshot, headerRow: number, years: YearColumn[]): { row: number; years: YearColumn[] } | null {
  if (!years.some((y) => y.kind === 'year')) return null;
  for (const row of [headerRow - 1, headerRow + 1]) {
    if (row < 0) continue;
    const kinds = years.map((y) => kindWord(snapshot.values[row]?.[y.col] ?? null));
    if (!kinds.some(Boolean)) continue;
    // Amounts in the row: it is a data row, not the other half of the header.
    if (years.some((y) => typeof snapshot.values[row]?.[y.col] === 'number')) continue;
    let last: YearKind | null = null;
    let lastText = '';
    const merged = years.map((y, i) => {
      const blank = snapshot.values[row]?.[y.col] === null || snapshot.values[row]?.[y.col] === '';
      const kind = kinds[i] ?? (blank ? last : null);
      if (kinds[i]) {
        last = kinds[i];
        lastText = cellText(snapshot, row, y.col);
      }
      return y.kind === 'year' && kind ? { ...y, kind, header: `${kinds[i] ? cellText(snapshot, row, y.col) : lastText} ${y.header}`.trim() } : y;
    });
    return { row, years: merged };
  }
  return null;
}

function cellText(snapshot: SheetSnapshot, row: number, col: number): string {
  const v = snapshot.values[row]?.[col];
  return typeof v === 'string' ? cleanLabel(v) : '';
}

/** The budget year: the first Budget column followed only by prognosis columns. */
export function findBudgetYear(years: YearColumn[]): number | null {
  for (let i = 0; i < years.length; i++) {
    if (years[i].kind !== 'budget') continue;
    if (years.slice(i + 1).every((y) => y.kind === 'prognosis')) return years[i].year;
  }
  return null;
}

/** Problems a person must fix before the years can be trusted (the year-sequence rule). */
export function yearProblems(years: YearColumn[], budgetYear: number | null, cellsRead = ''): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  years.forEach((y, i) => {
    if (seen.has(y.year)) problems.push(`året ${y.year} förekommer flera gånger`);
    seen.add(y.year);
    const prev = years[i - 1];
    if (prev && y.year !== prev.year + 1 && y.year !== prev.year) {
      problems.push(`året efter ${prev.year} är ${y.year}, inte ${prev.year + 1}`);
    }
  });
  if (budgetYear === null) {
    const read = cellsRead ? `; rubrikerna som lästes: ${cellsRead}` : '';
    problems.push(`ingen budgetkolumn hittades ("Budget ÅÅÅÅ" följd bara av "Prognos ÅÅÅÅ" eller "Plan ÅÅÅÅ")${read}`);
  }
  return problems;
}

/** Merges a later header row (the cost block's own) into the first; kinds become more specific. */
export function mergeHeaderRows(first: YearColumn[], later: YearColumn[], problems: string[]): YearColumn[] {
  return first.map((y) => {
    const other = later.find((o) => o.col === y.col);
    if (!other) return y;
    if (other.year !== y.year) {
      problems.push(`kolumnen "${y.header}" heter "${other.header}" i kostnadsdelen`);
      return y;
    }
    return y.kind === 'year' ? { ...y, kind: other.kind } : y;
  });
}
