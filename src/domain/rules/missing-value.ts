import type { RawFinding, Rule } from '../findings';
import { displayLabel } from './util';

export const missingValue: Rule = {
  id: 'missing-value',
  severity: 'warning',
  description: 'En rad med belopp i budgetåret saknar belopp ett prognosår.',
  check({ sheet }) {
    if (sheet.budgetYear === null) return [];
    const prognosis = sheet.years.filter((y) => y.year > sheet.budgetYear!);
    const out: RawFinding[] = [];
    for (const row of sheet.rows) {
      if (row.role === 'section-header' || row.amounts.get(sheet.budgetYear)!.value === null) continue;
      for (const year of prognosis) {
        if (row.amounts.get(year.year)!.kind !== 'blank') continue;
        out.push({
          row: row.row,
          col: year.col,
          year: year.year,
          message: `${displayLabel(row)} har belopp ${sheet.budgetYear} men saknar belopp ${year.year}; skriv 0 om raden upphör.`,
        });
      }
    }
    return out;
  },
};
