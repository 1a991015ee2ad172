import type { RawFinding, Rule } from '../findings';
import { displayLabel, eachAmountCell } from './util';

export const negativeAmount: Rule = {
  id: 'negative-amount',
  severity: 'error',
  description: 'Ett medlemsbidrag eller en kostnad är negativ.',
  name: { sv: 'Negativt belopp', en: 'Negative amount' },
  messages: {
    negative: {
      sv: '{label} {year} är negativt; bidrag och kostnader skrivs som positiva belopp.',
      en: '{label} {year} is negative; contributions and costs are written as positive amounts.',
    },
  },
  groups: { negative: { sv: '{count} belopp är negativa', en: '{count} amounts are negative' } },
  check({ sheet }) {
    const out: RawFinding[] = [];
    const roles = new Set(['contribution', 'item', 'reserve']);
    eachAmountCell(sheet, (row, year, amount) => {
      if (amount.value === null || amount.value >= 0 || !roles.has(row.role)) return;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        messageId: 'negative',
        data: { label: displayLabel(row), year: year.year },
        actual: amount.value,
      });
    });
    return out;
  },
};
