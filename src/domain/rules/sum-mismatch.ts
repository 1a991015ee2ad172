import { formatKronor } from '../format';
import type { RawFinding, Rule } from '../findings';
import type { BudgetRow, BudgetSheet } from '../model';
import { correctedValue } from '../structure';
import { displayLabel, finite, totalCells } from './util';

/**
 * What the rows add up to in one year (result rows subtract their minus rows), as the rows show
 * them and as their own rows say (a total that does not add up counts as its rows' sum, so one
 * wrong total is not reported again above it); null when one shows an error value (formula-error).
 */
function sumsOfRows(sheet: BudgetSheet, total: BudgetRow, year: number, tol: number): { shown: number; corrected: number } | null {
  let shown = 0;
  let corrected = 0;
  const parts = [...total.components!.map((r) => [r, 1] as const), ...(total.minus ?? []).map((r) => [r, -1] as const)];
  for (const [r, sign] of parts) {
    const row = sheet.byRow.get(r)!;
    const part = row.amounts.get(year)!;
    if (part.kind === 'error') return null;
    shown += sign * (part.value ?? 0);
    corrected += sign * correctedValue(sheet, row, year, tol);
  }
  return { shown, corrected };
}

export const sumMismatch: Rule = {
  id: 'sum-mismatch',
  severity: 'error',
  description: 'En delsumma eller totalsumma skiljer sig från summan av sina rader med mer än toleransen.',
  check({ sheet, config }) {
    const out: RawFinding[] = [];
    for (const { row, year, amount } of totalCells(sheet)) {
      if (amount.value === null || row.uncertain) continue;
      const sums = sumsOfRows(sheet, row, year.year, config.tolerance);
      if (sums === null || !finite(sums.shown, sums.corrected)) continue;
      if (Math.abs(sums.corrected - amount.value) <= config.tolerance) continue;
      const expected = sums.shown;
      if (Math.abs(expected - amount.value) <= config.tolerance) continue;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        message: `${displayLabel(row)} ${year.year}: raderna summerar till ${formatKronor(expected)} men cellen visar ${formatKronor(amount.value)}.`,
        expected,
        actual: amount.value,
      });
    }
    return out;
  },
};
