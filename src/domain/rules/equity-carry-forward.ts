import type { RawFinding, Rule } from '../findings';
import { finite } from './util';

export const equityCarryForward: Rule = {
  id: 'equity-carry-forward',
  severity: 'error',
  description: 'Ingående eget kapital ett år skiljer sig från utgående eget kapital året före.',
  name: { sv: 'Eget kapital förs inte vidare', en: 'Equity not carried forward' },
  messages: {
    carry: {
      sv: 'Ingående eget kapital {year} ska vara utgående eget kapital {before}: intäkter {income:kr} minus kostnader {costs:kr}.',
      en: 'Opening equity {year} should be the closing equity of {before}: income {income:kr} minus costs {costs:kr}.',
    },
  },
  groups: { carry: { sv: '{count} år börjar inte med förra årets eget kapital', en: '{count} years do not open with the previous closing equity' } },
  numbers: { expected: { sv: 'Utgående året före', en: 'Closing the year before' }, actual: { sv: 'I cellen', en: 'In the cell' } },
  check({ sheet, equity, config }) {
    const opening = sheet.rows.find((r) => r.role === 'opening-equity');
    if (!opening) return [];
    const out: RawFinding[] = [];
    sheet.years.forEach((year, i) => {
      const before = equity.find((e) => e.year === year.year - 1);
      const value = opening.amounts.get(year.year)!.value;
      if (i === 0 || !before || value === null || !finite(before.closing, before.incomeTotal, before.costs)) return;
      if (Math.abs(before.closing - value) <= config.tolerance) return;
      out.push({
        row: opening.row,
        col: year.col,
        year: year.year,
        messageId: 'carry',
        data: { year: year.year, before: before.year, income: before.incomeTotal, costs: before.costs },
        expected: before.closing,
        actual: value,
      });
    });
    return out;
  },
};
