import type { RawFinding, Rule } from '../findings';
import { equityCell, finite, plannedYears } from './util';

export const equityOverCap: Rule = {
  id: 'equity-over-cap',
  severity: 'warning',
  description: 'Utgående eget kapital ett år är över taket för årets medlemsbidrag.',
  name: { sv: 'Eget kapital över taket', en: 'Equity above the cap' },
  messages: {
    over: {
      sv: 'Eget kapital vid utgången av {year} blir högre än taket för medlemsbidrag på {contributions:kr}.',
      en: 'Equity at the end of {year} is above the cap for contributions of {contributions:kr}.',
    },
  },
  groups: { over: { sv: '{count} år med eget kapital över taket', en: '{count} years with equity above the cap' } },
  numbers: { expected: { sv: 'Tak', en: 'Cap' }, actual: { sv: 'Eget kapital', en: 'Equity' } },
  check({ sheet, equity }) {
    const out: RawFinding[] = [];
    for (const year of plannedYears(sheet)) {
      const e = equity.find((x) => x.year === year.year)!;
      if (e.status !== 'over-cap' || !finite(e.closing, e.cap, e.contributions)) continue;
      out.push({
        ...equityCell(sheet, year),
        year: year.year,
        messageId: 'over',
        data: { year: year.year, contributions: e.contributions },
        expected: e.cap,
        actual: e.closing,
      });
    }
    return out;
  },
};
