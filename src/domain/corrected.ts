import { isTotal, type BudgetRow } from './model';

/**
 * A row's value in a year as a parent total should count it: a total that does not add up that
 * year counts as what its rows add up to, so one wrong total is reported once, not again in each
 * total above it. Memoised per parse (snapshot row * 1024 + year offset).
 */
export function correctedValueOf(row: BudgetRow, year: number, byRow: Map<number, BudgetRow>, tol: number, memo: Map<number, number>): number {
  const shown = row.amounts.get(year)?.value ?? null;
  if (!isTotal(row) || !row.components || row.uncertain) return shown ?? 0;
  const key = row.row * 1024 + (year - 1900);
  const known = memo.get(key);
  if (known !== undefined) return known;
  let sum = 0;
  let asShown = 0;
  for (const c of row.components) {
    sum += part(c);
    asShown += shownOf(c);
  }
  for (const c of row.minus ?? []) {
    sum -= part(c);
    asShown -= shownOf(c);
  }
  // A total that agrees with its rows as they show, or as they should be, stands as shown.
  const agrees = shown !== null && (Math.abs(shown - sum) <= tol || Math.abs(shown - asShown) <= tol);
  const out = agrees ? shown : sum;
  memo.set(key, out);
  return out;
  function part(c: number): number {
    const child = byRow.get(c);
    return child ? correctedValueOf(child, year, byRow, tol, memo) : 0;
  }
  function shownOf(c: number): number {
    return byRow.get(c)?.amounts.get(year)?.value ?? 0;
  }
}

/** The corrected value (see correctedValueOf) for the rules and the equity, from a parsed sheet. */
export function correctedValue(sheet: { byRow: Map<number, BudgetRow> }, row: BudgetRow, year: number, tol: number): number {
  return correctedValueOf(row, year, sheet.byRow, tol, correctedMemo(sheet));
}

const memos = new WeakMap<object, Map<number, number>>();
function correctedMemo(sheet: object): Map<number, number> {
  let memo = memos.get(sheet);
  if (!memo) memos.set(sheet, (memo = new Map()));
  return memo;
}
