import type { RawFinding, Rule } from '../findings';
import { finite } from './util';
import { closingsByRows } from '../equity';

/** One heading for both equity layouts' breaks. */
const NOT_CARRIED = { sv: '{count} år börjar inte med förra årets eget kapital', en: '{count} years do not open with the previous closing equity' };

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
    carryResult: {
      sv: 'Ingående eget kapital {year} ska vara utgående eget kapital {before}: ingående {opening:kr} plus intäkter {income:kr} minus kostnader {costs:kr}.',
      en: 'Opening equity {year} should be the closing equity of {before}: opening {opening:kr} plus income {income:kr} minus costs {costs:kr}.',
    },
  },
  groups: { carry: NOT_CARRIED, carryResult: NOT_CARRIED },
  numbers: { expected: { sv: 'Utgående året före', en: 'Closing the year before' }, actual: { sv: 'I cellen', en: 'In the cell' } },
  check({ sheet, equity, config }) {
    const opening = sheet.rows.find((r) => r.role === 'opening-equity');
    if (!opening) return [];
    const out: RawFinding[] = [];
    sheet.years.forEach((year, i) => {
      const before = equity.find((e) => e.year === year.year - 1);
      const shown = opening.amounts.get(year.year)!.value;
      if (i === 0 || !before || shown === null || !finite(before.closing, before.incomeTotal, before.costs)) return;
      // Equity is in kronor; a sheet in tkr shows thousands.
      const scale = sheet.unit?.scale ?? 1;
      const value = shown * scale;
      if (Math.abs(before.closing - value) <= config.tolerance * scale) return;
      // The year before's totals as their rows say: a wrong total there is its own finding.
      const byRows = closingsByRows(sheet, config).get(before.year);
      if (byRows !== undefined && Math.abs(byRows - value) <= config.tolerance * scale) return;
      out.push({
        row: opening.row,
        col: year.col,
        year: year.year,
        // The result layout carries början + resultat; the sample's, income (with the opening) − costs.
        ...(sheet.convention === 'result'
          ? { messageId: 'carryResult', data: { year: year.year, before: before.year, opening: before.opening ?? 0, income: before.incomeTotal, costs: before.costs } }
          : { messageId: 'carry', data: { year: year.year, before: before.year, income: before.incomeTotal, costs: before.costs } }),
        expected: before.closing,
        actual: value,
      });
    });
    return out;
  },
};
