import type { RawFinding, Rule } from '../findings';
import { formatKronor } from '../format';
import { equityCell, finite, plannedYears } from './util';

export const equityBelowFloor: Rule = {
  id: 'equity-below-floor',
  severity: 'warning',
  description: 'Utgående eget kapital ett år är under förbundets lägstanivå.',
  check({ sheet, equity }) {
    const out: RawFinding[] = [];
    for (const year of plannedYears(sheet)) {
      const e = equity.find((x) => x.year === year.year)!;
      if (e.status !== 'below-floor' || !finite(e.closing)) continue;
      out.push({
        ...equityCell(sheet, year),
        year: year.year,
        message: `Eget kapital vid utgången av ${year.year} blir ${formatKronor(e.closing)}, under lägstanivån ${formatKronor(e.floor)}.`,
        expected: e.floor,
        actual: e.closing,
      });
    }
    return out;
  },
};
