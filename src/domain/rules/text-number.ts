import type { RawFinding, Rule } from '../findings';
import { displayLabel, eachAmountCell } from './util';

export const textNumber: Rule = {
  id: 'text-number',
  severity: 'error',
  description: 'Ett tal är lagrat som text; Excels SUMMA hoppar över det.',
  name: { sv: 'Tal lagrat som text', en: 'Number stored as text' },
  messages: {
    text: {
      sv: '{label} {year}: "{raw}" är text, inte ett tal, och räknas inte av SUMMA. Skriv om det som tal.',
      en: '{label} {year}: "{raw}" is text, not a number, and SUM skips it. Write it as a number.',
    },
  },
  groups: { text: { sv: '{count} tal är lagrade som text', en: '{count} numbers are stored as text' } },
  numbers: { expected: { sv: 'Talet', en: 'The number' }, actual: { sv: 'I cellen', en: 'In the cell' } },
  check({ sheet }) {
    const out: RawFinding[] = [];
    eachAmountCell(sheet, (row, year, amount) => {
      if (amount.kind !== 'text-number') return;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        messageId: 'text',
        data: { label: displayLabel(row), year: year.year, raw: String(amount.raw) },
        expected: amount.value!,
        actual: String(amount.raw),
      });
    });
    return out;
  },
};
