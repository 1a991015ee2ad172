import type { CellValue, SheetSnapshot } from './snapshot';
import type { YearColumn, YearKind } from './model';

const KIND_WORDS: Record<string, YearKind> = {
  utfall: 'outcome',
  bokslut: 'outcome',
  budget: 'budget',
  budgetplan: 'budget',
  prognos: 'prognosis',
  intäkter: 'year',
  kostnader: 'year',
};

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

/** Reads a column header such as "Budget 2026", "Prognos 2027", "Utfall 2025" or 2025. */
export function parseYearHeader(value: CellValue): { year: number; kind: YearKind } | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1990 && value <= 2200 ? { year: value, kind: 'year' } : null;
  }
  // Most cells of a sheet are labels without a digit: skip cleaning them.
  if (typeof value !== 'string' || value.length > 200 || !/\d/.test(value)) return null; // a header is short: no scan of a 1 MB note
  const m = /^([a-zåäö]+)?\s*(\d{4})$/i.exec(cleanLabel(value));
  if (!m) return null;
  const year = Number(m[2]);
  if (year < 1990 || year > 2200) return null;
  if (!m[1]) return { year, kind: 'year' };
  const kind = KIND_WORDS[m[1].toLowerCase()];
  return kind ? { year, kind } : null;
}

/** Year headers found in one row, or null when the row is not a header row. */
export function readHeaderRow(snapshot: SheetSnapshot, row: number): YearColumn[] | null {
  const cells = snapshot.values[row] ?? [];
  const found: YearColumn[] = [];
  let otherNumbers = 0;
  cells.forEach((value, col) => {
    const parsed = parseYearHeader(value);
    if (parsed) found.push({ ...parsed, col, header: typeof value === 'number' ? String(value) : cleanLabel(value) });
    else if (typeof value === 'number') otherNumbers++;
  });
  if (found.length < 2) return null;
  // A row of bare numbers that happen to look like years is an amount row, not a header.
  const bare = found.every((y) => y.kind === 'year' && /^\d{4}$/.test(y.header));
  if (bare && otherNumbers > 0) return null;
  // Amounts such as 2 000 kr in every year are not years: bare year headers rise column by column.
  if (bare && found.some((y, i) => i > 0 && y.year <= found[i - 1].year)) return null;
  if (bare && typeof snapshot.values[row]?.[found[0].col - 1] === 'number') return null;
  return found;
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
export function yearProblems(years: YearColumn[], budgetYear: number | null): string[] {
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
    problems.push('ingen budgetkolumn hittades ("Budget ÅÅÅÅ" följd bara av "Prognos ÅÅÅÅ")');
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
