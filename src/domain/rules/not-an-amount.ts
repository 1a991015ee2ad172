import type { RawFinding, Rule } from '../findings';
import { displayLabel, eachAmountCell } from './util';

const WHY = {
  date: 'ett datum',
  'too-large': 'ett orimligt stort tal',
  'not-finite': 'inget ändligt tal',
} as const;

/** Text, dates and absurd numbers where kronor belong: the sums silently leave them out. */
export const notAnAmount: Rule = {
  id: 'not-an-amount',
  severity: 'error',
  description: 'En beloppscell innehåller något som inte är ett belopp (text, ett datum eller ett orimligt stort tal).',
  check({ sheet }) {
    const out: RawFinding[] = [];
    eachAmountCell(sheet, (row, year, amount) => {
      if (amount.kind !== 'text' || row.role === 'section-header') return;
      const what = amount.why ? WHY[amount.why] : `texten ”${String(amount.raw)}”`;
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        message: `${displayLabel(row)} ${year.year} innehåller ${what}, inte ett belopp i kronor; summorna räknar inte med det. Skriv beloppet som ett tal.`,
        actual: String(amount.raw),
      });
    });
    return out;
  },
};
