import type { RawFinding, Rule } from '../findings';
import { totalFormula } from '../formulas';
import { formulaAt } from '../snapshot';
import { displayLabel, totalCells } from './util';

export const hardcodedTotal: Rule = {
  id: 'hardcoded-total',
  severity: 'warning',
  description: 'En summa är ett inskrivet tal och inte en formel, så den följer inte med när raderna ändras.',
  name: { sv: 'Summa inskriven som tal', en: 'Total typed as a number' },
  messages: {
    typed: {
      sv: '{label} {year} är ett inskrivet tal, inte en formel; en formel följer med när raderna ändras.',
      en: '{label} {year} is a typed number, not a formula; a formula follows when the rows change.',
    },
  },
  groups: { typed: { sv: '{count} summor är inskrivna som tal', en: '{count} totals are typed numbers' } },
  numbers: { expected: { sv: 'Formel', en: 'Formula' }, actual: { sv: 'I cellen', en: 'In the cell' } },
  check({ snapshot, sheet }) {
    const out: RawFinding[] = [];
    for (const { row, year, amount } of totalCells(sheet)) {
      if (!row.components!.length) continue;
      if (amount.value === null || formulaAt(snapshot, row.row, year.col)) continue;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        messageId: 'typed',
        data: { label: displayLabel(row), year: year.year },
        expected: totalFormula(snapshot, row.components!, row.minus, year.col),
        actual: amount.value,
      });
    }
    return out;
  },
};
