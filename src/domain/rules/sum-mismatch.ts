import type { RawFinding, Rule } from '../findings';
import type { BudgetSheet } from '../model';
import { displayLabel, finite, totalCells } from './util';

/** What the rows add up to in one year; null when one shows an error value (formula-error says so). */
function sumOfRows(sheet: BudgetSheet, rows: number[], year: number): number | null {
  let sum = 0;
  for (const r of rows) {
    const part = sheet.byRow.get(r)!.amounts.get(year)!;
    if (part.kind === 'error') return null;
    sum += part.value ?? 0;
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
      if (amount.value === null) continue;
      const expected = sumOfRows(sheet, row.components!, year.year);
      if (expected === null || !finite(expected) || Math.abs(expected - amount.value) <= config.tolerance) continue;
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
