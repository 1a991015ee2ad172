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
  check({ sheet }) {
    const out: RawFinding[] = [];
    const first = sheet.years.find((y) => y.year === sheet.budgetYear) ?? sheet.years[0];
    for (const row of sheet.rows) {
      if (!row.uncertain) continue;
      out.push({
        row: row.row,
        col: first.col,
        message: `Kunde inte avgöra vilka rader ${displayLabel(row)} omfattar: ${row.uncertain}. Summan kontrolleras inte; ange raderna i konfigurationen (structure.totals).`,
      });
    }
    for (const s of sheet.skipped) {
      if (!s.warn) continue;
      out.push({ row: s.row, col: s.col, message: `Kolumnen "${s.text}": ${s.reason}.` });
    }
    return out;
  },
};
