import type { RawFinding, Rule } from '../findings';
import { displayLabel } from './util';

/**
 * Where the evidence disagrees, the tool does not guess: it says what it could not read and asks
 * the user to say it in the configuration (structure.totals, structure.ignoreColumns).
 */
export const unclearStructure: Rule = {
  id: 'unclear-structure',
  severity: 'warning',
  description: 'Verktyget kunde inte avgöra vilka rader en summa omfattar, eller lämnade en kolumn okontrollerad.',
  name: { sv: 'Oklar struktur', en: 'Unclear structure' },
  messages: {
    total: {
      sv: 'Kunde inte avgöra vilka rader {label} omfattar: {why}. Summan kontrolleras inte; ange raderna i konfigurationen (structure.totals).',
      en: 'Could not tell which rows {label} covers: {why}. The total is not checked; name its rows in the configuration (structure.totals).',
    },
    column: {
      sv: 'Kolumnen "{text}": {why}.',
      en: 'Column "{text}": {why}.',
    },
  },
  groups: {
    total: { sv: '{count} summor där verktyget inte kunde avgöra raderna', en: '{count} totals whose rows the tool could not tell' },
    column: { sv: '{count} kolumner som inte kontrollerades', en: '{count} columns that were not checked' },
  },
  check({ sheet }) {
    const out: RawFinding[] = [];
    const first = sheet.years.find((y) => y.year === sheet.budgetYear) ?? sheet.years[0];
    for (const row of sheet.rows) {
      if (!row.uncertain) continue;
      out.push({ row: row.row, col: first.col, messageId: 'total', data: { label: displayLabel(row), why: row.uncertain } });
    }
    for (const s of sheet.skipped) {
      if (!s.warn) continue;
      out.push({ row: s.row, col: s.col, messageId: 'column', data: { text: s.text, why: s.reason } });
    }
    return out;
  },
};
