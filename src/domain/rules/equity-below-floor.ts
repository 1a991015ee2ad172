import type { RawFinding, Rule } from '../findings';
import { equityCell, finite, plannedYears } from './util';

export const equityBelowFloor: Rule = {
  id: 'equity-below-floor',
  severity: 'warning',
  description: 'Utgående eget kapital ett år är under förbundets lägstanivå.',
  name: { sv: 'Eget kapital under golvet', en: 'Equity below the floor' },
  messages: {
    below: { sv: 'Eget kapital vid utgången av {year} blir lägre än förbundets lägstanivå.', en: 'Equity at the end of {year} is below the association’s floor.' },
  },
  groups: { below: { sv: '{count} år med eget kapital under golvet', en: '{count} years with equity below the floor' } },
  numbers: { expected: { sv: 'Golv', en: 'Floor' }, actual: { sv: 'Eget kapital', en: 'Equity' } },
  check({ sheet, equity }) {
    const out: RawFinding[] = [];
    for (const year of plannedYears(sheet)) {
      const e = equity.find((x) => x.year === year.year)!;
      if (e.status !== 'below-floor' || !finite(e.closing)) continue;
      out.push({
        ...equityCell(sheet, year),
        year: year.year,
        messageId: 'below',
        data: { year: year.year },
        expected: e.floor,
        actual: e.closing,
      });
    }
    return out;
  },
};
