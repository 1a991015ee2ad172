import type { RawFinding, Rule } from '../findings';
import { displayLabel, eachAmountCell } from './util';

export const textNumber: Rule = {
  id: 'text-number',
  severity: 'error',
  description: 'Ett tal är lagrat som text; Excels SUMMA hoppar över det.',
  check({ sheet }) {
    const out: RawFinding[] = [];
    eachAmountCell(sheet, (row, year, amount) => {
      if (amount.kind !== 'text-number') return;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        message: `${displayLabel(row)} ${year.year}: "${String(amount.raw)}" är text, inte ett tal, och räknas inte av SUMMA. Skriv om det som tal.`,
        expected: amount.value!,
        actual: String(amount.raw),
      });
    });
    return out;
  },
};
