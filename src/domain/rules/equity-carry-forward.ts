import type { RawFinding, Rule } from '../findings';
import { formatKronor } from '../format';
import { finite } from './util';
import { closingsByRows } from '../equity';

export const equityCarryForward: Rule = {
  id: 'equity-carry-forward',
  severity: 'error',
  description: 'Ingående eget kapital ett år skiljer sig från utgående eget kapital året före.',
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
        message:
          sheet.convention === 'result'
            ? `Ingående eget kapital ${year.year} är ${formatKronor(value)}, men ${before.year} slutar på ${formatKronor(before.closing)} (ingående ${formatKronor(before.opening ?? 0)} plus intäkter ${formatKronor(before.incomeTotal)} minus kostnader ${formatKronor(before.costs)}).`
            : `Ingående eget kapital ${year.year} är ${formatKronor(value)}, men ${before.year} slutar på ${formatKronor(before.closing)} (intäkter ${formatKronor(before.incomeTotal)} minus kostnader ${formatKronor(before.costs)}).`,
        expected: before.closing,
        actual: value,
      });
    });
    return out;
  },
};
