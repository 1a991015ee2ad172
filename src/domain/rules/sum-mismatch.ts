import type { RawFinding, Rule } from '../findings';
import type { BudgetRow, BudgetSheet } from '../model';
import { correctedValue } from '../structure';
import { displayLabel, finite, totalCells } from './util';

/**
 * What the rows add up to in one year (result rows subtract their minus rows), as the rows show
 * them and as their own rows say (a total that does not add up counts as its rows' sum, so one
 * wrong total is not reported again above it); null when one shows an error value (formula-error).
 */
function sumOfRows(sheet: BudgetSheet, total: BudgetRow, year: number, tol: number, corrected: boolean): number | null {
  let sum = 0;
  for (const [rows, sign] of [[total.components!, 1], [total.minus ?? [], -1]] as const) {
    for (const r of rows) {
      const row = sheet.byRow.get(r)!;
      const part = row.amounts.get(year)!;
      if (part.kind === 'error') return null;
      sum += sign * (corrected ? correctedValue(sheet, row, year, tol) : part.value ?? 0);
    }
  }
  return sum;
}

export const sumMismatch: Rule = {
  id: 'sum-mismatch',
  severity: 'error',
  description: 'En delsumma eller totalsumma skiljer sig från summan av sina rader med mer än toleransen.',
  name: { sv: 'Summan stämmer inte', en: 'Total does not add up' },
  messages: {
    mismatch: { sv: '{label} {year} stämmer inte med summan av sina rader.', en: '{label} {year} does not match the sum of its rows.' },
  },
  groups: { mismatch: { sv: '{count} summor stämmer inte med sina rader', en: '{count} totals do not match their rows' } },
  numbers: { expected: { sv: 'Raderna summerar till', en: 'The rows add up to' }, actual: { sv: 'I cellen', en: 'In the cell' } },
  check({ sheet, config }) {
    const out: RawFinding[] = [];
    for (const { row, year, amount } of totalCells(sheet)) {
      if (amount.value === null || row.uncertain) continue;
      const expected = sumOfRows(sheet, row, year.year, config.tolerance, false);
      if (expected === null || !finite(expected) || Math.abs(expected - amount.value) <= config.tolerance) continue;
      // A wrong total below counts as what its own rows say: one wrong total is one finding.
      const corrected = sumOfRows(sheet, row, year.year, config.tolerance, true);
      if (corrected === null || !finite(corrected) || Math.abs(corrected - amount.value) <= config.tolerance) continue;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        messageId: 'mismatch',
        data: { label: displayLabel(row), year: year.year },
        expected,
        actual: amount.value,
      });
    }
    return out;
  },
};
