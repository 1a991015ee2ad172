import type { RawFinding, Rule } from '../findings';
import { displayLabel, eachAmountCell } from './util';

const WHY = { date: 'date', 'too-large': 'tooLarge', 'not-finite': 'notFinite' } as const;

const TAIL = { sv: ', inte ett belopp i kronor; summorna räknar inte med det. Skriv beloppet som ett tal.', en: ', not an amount in kronor; the sums leave it out. Write the amount as a number.' };

/** Text, dates and absurd numbers where kronor belong: the sums silently leave them out. */
export const notAnAmount: Rule = {
  id: 'not-an-amount',
  severity: 'error',
  description: 'En beloppscell innehåller något som inte är ett belopp (text, ett datum eller ett orimligt stort tal).',
  name: { sv: 'Inte ett belopp', en: 'Not an amount' },
  messages: {
    text: { sv: `{label} {year} innehåller texten ”{raw}”${TAIL.sv}`, en: `{label} {year} holds the text ”{raw}”${TAIL.en}` },
    date: { sv: `{label} {year} innehåller ett datum${TAIL.sv}`, en: `{label} {year} holds a date${TAIL.en}` },
    tooLarge: { sv: `{label} {year} innehåller ett orimligt stort tal${TAIL.sv}`, en: `{label} {year} holds an absurdly large number${TAIL.en}` },
    notFinite: { sv: `{label} {year} innehåller inget ändligt tal${TAIL.sv}`, en: `{label} {year} holds no finite number${TAIL.en}` },
  },
  groups: { text: { sv: '{count} beloppsceller innehåller text', en: '{count} amount cells hold text' } },
  check({ sheet }) {
    const out: RawFinding[] = [];
    eachAmountCell(sheet, (row, year, amount) => {
      if (amount.kind !== 'text' || row.role === 'section-header') return;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        messageId: amount.why ? WHY[amount.why] : 'text',
        data: { label: displayLabel(row), year: year.year, raw: String(amount.raw) },
        actual: String(amount.raw),
      });
    });
    return out;
  },
};
