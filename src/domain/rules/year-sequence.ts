import type { Rule } from '../findings';

export const yearSequence: Rule = {
  id: 'year-sequence',
  severity: 'error',
  description: 'Årskolumnerna följer inte på varandra, upprepas, eller så saknas ett budgetår.',
  name: { sv: 'Årskolumnerna', en: 'Year columns' },
  // The problem is the parser's own Swedish sentence; the English message quotes it.
  messages: { problem: { sv: 'Årskolumnerna: {problem}.', en: 'Year columns: {problem}.' } },
  groups: { problem: { sv: '{count} problem med årskolumnerna', en: '{count} problems with the year columns' } },
  check({ sheet }) {
    const first = sheet.years[0];
    return sheet.yearProblems.map((problem) => ({
      row: sheet.headerRows[0],
      col: first.col,
      messageId: 'problem',
      data: { problem },
    }));
  },
};
