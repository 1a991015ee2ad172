import { formatKronor } from '../format';
import type { RawFinding, Rule } from '../findings';
import { displayLabel, finite, totalCells } from './util';

export const sumMismatch: Rule = {
  id: 'sum-mismatch',
  severity: 'error',
  description: 'En delsumma eller totalsumma skiljer sig från summan av sina rader med mer än toleransen.',
  check({ sheet, config }) {
    const out: RawFinding[] = [];
    for (const { row, year, amount } of totalCells(sheet)) {
      if (amount.value === null) continue;
      const parts = row.components!.map((c) => sheet.byRow.get(c)!.amounts.get(year.year)!);
      if (parts.some((p) => p.kind === 'error')) continue;
      const expected = parts.reduce((s, p) => s + (p.value ?? 0), 0);
      if (!finite(expected) || Math.abs(expected - amount.value) <= config.tolerance) continue;
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
