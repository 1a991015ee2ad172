import type { RawFinding, Rule } from '../findings';
import type { BudgetRow, Payer } from '../model';
import { finite } from './util';

function sum(rows: BudgetRow[], year: number): number {
  return rows.reduce((s, r) => s + (r.amounts.get(year)!.value ?? 0), 0);
}

/** SFS 2003:1210 5 §: the state pays half; the region a quarter and the municipalities a quarter. */
export const fundingSplit: Rule = {
  id: 'funding-split',
  severity: 'error',
  description: 'Statens halva och regionens/kommunernas halva av medlemsbidragen skiljer sig åt ett år.',
  name: { sv: 'Finansieringen är inte hälften var', en: 'Funding not split in halves' },
  messages: {
    halves: {
      sv: 'Staten ska betala hälften av medlemsbidragen {year}; region och kommuner betalar {others:kr}.',
      en: 'The state should pay half of the contributions {year}; region and municipalities pay {others:kr}.',
    },
    regionQuarter: { sv: 'Regionen ska betala en fjärdedel av medlemsbidragen {year}.', en: 'The region should pay a quarter of the contributions {year}.' },
    municipalitiesQuarter: {
      sv: 'Kommunerna tillsammans ska betala en fjärdedel av medlemsbidragen {year}.',
      en: 'The municipalities together should pay a quarter of the contributions {year}.',
    },
  },
  groups: { halves: { sv: '{count} år där staten inte betalar hälften', en: '{count} years where the state does not pay half' } },
  check({ sheet, config }) {
    const contributions = sheet.rows.filter((r) => r.role === 'contribution');
    const by = (p: Payer) => contributions.filter((r) => r.payer === p);
    const state = by('state');
    const others = contributions.filter((r) => r.payer !== 'state');
    if (!state.length || !others.length) return [];
    const region = by('region');
    const municipalities = by('municipality');
    const out: RawFinding[] = [];
    for (const year of sheet.years) {
      // A contribution that is no amount (text, a date, an error) leaves the year unjudged:
      // not-an-amount or formula-error names that cell instead.
      if (contributions.some((r) => ['text', 'error'].includes(r.amounts.get(year.year)!.kind))) continue;
      const s = sum(state, year.year);
      const o = sum(others, year.year);
      const total = s + o;
      if (total === 0 || !finite(s, o, total)) continue;
      if (Math.abs(s - o) > config.tolerance) {
        out.push({
          row: state[0].row,
          col: year.col,
          year: year.year,
          messageId: 'halves',
          data: { year: year.year, others: o },
          expected: total / 2,
          actual: s,
        });
        continue;
      }
      if (!region.length || !municipalities.length) continue;
      for (const [rows, who] of [[region, 'regionQuarter'], [municipalities, 'municipalitiesQuarter']] as const) {
        const part = sum(rows, year.year);
        if (!finite(part) || Math.abs(part - total / 4) <= config.tolerance) continue;
        out.push({
          row: rows[0].row,
          col: year.col,
          year: year.year,
          messageId: who,
          data: { year: year.year },
          expected: total / 4,
          actual: part,
        });
      }
    }
    return out;
  },
};
