import type { RawFinding, Rule } from '../findings';
import { formatKronor } from '../format';
import { totalFormula } from '../formulas';
import { formulaAt } from '../snapshot';
import { displayLabel, totalCells } from './util';

export const hardcodedTotal: Rule = {
  id: 'hardcoded-total',
  severity: 'warning',
  description: 'En summa är ett inskrivet tal och inte en formel, så den följer inte med när raderna ändras.',
  check({ snapshot, sheet }) {
    const out: RawFinding[] = [];
    for (const { row, year, amount } of totalCells(sheet)) {
      if (!row.components!.length) continue;
      if (amount.value === null || formulaAt(snapshot, row.row, year.col)) continue;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        message: `${displayLabel(row)} ${year.year} är inskrivet som ${formatKronor(amount.value)}; en formel följer med när raderna ändras.`,
        expected: totalFormula(snapshot, row.components!, row.minus, year.col),
        actual: amount.value,
      });
    }
    return out;
  },
};
