import type { RawFinding, Rule } from '../findings';
import { formatKronor } from '../format';
import { displayLabel, eachAmountCell } from './util';

export const negativeAmount: Rule = {
  id: 'negative-amount',
  severity: 'error',
  description: 'Ett medlemsbidrag eller en kostnad är negativ.',
  check({ sheet }) {
    const out: RawFinding[] = [];
    const roles = new Set(['contribution', 'item', 'reserve']);
    eachAmountCell(sheet, (row, year, amount) => {
      if (amount.value === null || amount.value >= 0 || !roles.has(row.role)) return;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        message: `${displayLabel(row)} ${year.year} är negativt (${formatKronor(amount.value)}); bidrag och kostnader skrivs som positiva belopp.`,
        actual: amount.value,
      });
    });
    return out;
  },
};
