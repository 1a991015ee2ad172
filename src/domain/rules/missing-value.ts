import type { RawFinding, Rule } from '../findings';
import { displayLabel } from './util';

export const missingValue: Rule = {
  id: 'missing-value',
  severity: 'warning',
  description: 'En rad med belopp i budgetåret saknar belopp ett prognosår.',
  name: { sv: 'Belopp saknas', en: 'Missing amount' },
  messages: {
    blank: {
      sv: '{label} har belopp {budgetYear} men saknar belopp {year}; skriv 0 om raden upphör.',
      en: '{label} has an amount in {budgetYear} but none in {year}; write 0 if the row ends.',
    },
  },
  groups: { blank: { sv: '{count} prognosceller saknar belopp', en: '{count} forecast cells have no amount' } },
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
          messageId: 'blank',
          data: { label: displayLabel(row), budgetYear: sheet.budgetYear!, year: year.year },
        });
      }
    }
    return out;
  },
};
