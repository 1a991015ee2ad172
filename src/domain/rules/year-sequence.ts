import type { Rule } from '../findings';

export const yearSequence: Rule = {
  id: 'year-sequence',
  severity: 'error',
  description: 'Årskolumnerna följer inte på varandra, upprepas, eller så saknas ett budgetår.',
  check({ sheet }) {
    const first = sheet.years[0];
    return sheet.yearProblems.map((problem) => ({
      row: sheet.headerRows[0],
      col: first.col,
      message: `Årskolumnerna: ${problem}.`,
    }));
  },
};
