import type { RawFinding, Rule } from '../findings';
import { formatKronor } from '../format';
import { equityCell, finite, plannedYears } from './util';

export const equityOverCap: Rule = {
  id: 'equity-over-cap',
  severity: 'warning',
  description: 'Utgående eget kapital ett år är över taket för årets medlemsbidrag.',
  check({ sheet, equity }) {
    const out: RawFinding[] = [];
    for (const year of plannedYears(sheet)) {
      const e = equity.find((x) => x.year === year.year)!;
      if (e.status !== 'over-cap' || !finite(e.closing, e.cap, e.contributions)) continue;
      out.push({
        ...equityCell(sheet, year),
        year: year.year,
        message: `Eget kapital vid utgången av ${year.year} blir ${formatKronor(e.closing)}, över taket ${formatKronor(e.cap)} (på medlemsbidrag ${formatKronor(e.contributions)}).`,
        expected: e.cap,
        actual: e.closing,
      });
    }
    return out;
  },
};
