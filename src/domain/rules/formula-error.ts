import { isErrorValue } from '../amount';
import type { RawFinding, Rule } from '../findings';

export const formulaError: Rule = {
  id: 'formula-error',
  severity: 'error',
  description: 'En cell visar ett felvärde från Excel (#REFERENS!, #VÄRDEFEL!, #DIVISION/0! …).',
  check({ snapshot, sheet }) {
    const out: RawFinding[] = [];
    snapshot.values.forEach((cells, row) =>
      cells.forEach((value, col) => {
        if (!isErrorValue(value)) return;
        const year = sheet.years.find((y) => y.col === col)?.year;
        const label = sheet.byRow.get(row)?.label;
        out.push({
          row,
          col,
          year,
          message: `Cellen${label ? ` för ${label}${year ? ` ${year}` : ''}` : ''} visar felvärdet ${value}; rätta formeln eller referensen.`,
          actual: value,
        });
      }),
    );
    return out;
  },
};
