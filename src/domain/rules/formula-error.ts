import { isErrorValue } from '../amount';
import type { RawFinding, Rule } from '../findings';

export const formulaError: Rule = {
  id: 'formula-error',
  severity: 'error',
  description: 'En cell visar ett felvärde från Excel (#REFERENS!, #VÄRDEFEL!, #DIVISION/0! …).',
  name: { sv: 'Felvärde i cell', en: 'Error value in a cell' },
  messages: {
    labelled: {
      sv: 'Cellen för {label} {year} visar felvärdet {value}; rätta formeln eller referensen.',
      en: 'The cell for {label} {year} shows the error value {value}; correct the formula or the reference.',
    },
    row: {
      sv: 'Cellen för {label} visar felvärdet {value}; rätta formeln eller referensen.',
      en: 'The cell for {label} shows the error value {value}; correct the formula or the reference.',
    },
    bare: { sv: 'Cellen visar felvärdet {value}; rätta formeln eller referensen.', en: 'The cell shows the error value {value}; correct the formula or the reference.' },
  },
  groups: { labelled: { sv: '{count} celler visar felvärden', en: '{count} cells show error values' } },
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
          messageId: label ? (year ? 'labelled' : 'row') : 'bare',
          data: { value: String(value), ...(label ? { label } : {}), ...(year ? { year } : {}) },
          actual: value,
        });
      }),
    );
    return out;
  },
};
