import type { Remedy } from './fixes';
import { formatKronor, formatKronorChange } from './format';
import { displayFormula, renderMessage, type Lang } from './messages';

const TEXT = {
  sv: {
    same: 'Ersätt {before:kr} med {formula} (samma värde)',
    changes: 'Ersätt {before:kr} med {formula} = {after:kr}',
    textSame: 'Ersätt texten "{before}" med talet {after:kr}',
    equity: 'eget kapital {year} ändras med {change}',
    equitySame: 'eget kapital {year} ändras inte',
    counted: 'formler som räknar med cellen får ett annat värde',
  },
  en: {
    same: 'Replace {before:kr} with {formula} (same value)',
    changes: 'Replace {before:kr} with {formula} = {after:kr}',
    textSame: 'Replace the text "{before}" with the number {after:kr}',
    equity: 'equity {year} changes by {change}',
    equitySame: 'equity {year} does not change',
    counted: 'formulas that count the cell get another value',
  },
};

/**
 * What a remedy does, in one sentence: "Ersätt 5 382 447 kr med =SUMMA(C21:C22) = 4 757 447 kr;
 * eget kapital 2026 ändras med +625 000 kr". The formula in the reader's Excel's form.
 */
export function describeRemedy(remedy: Remedy, lang: Lang): string {
  const t = TEXT[lang];
  const data = {
    before: remedy.before,
    after: remedy.after,
    formula: remedy.formula ? displayFormula(remedy.formula, lang) : '',
  };
  const head = typeof remedy.before === 'string' ? t.textSame : remedy.kind === 'fix' ? t.same : t.changes;
  const parts = [renderMessage(remedy.formula && typeof remedy.before === 'string' ? t.changes.replace('{before:kr}', '"{before}"') : head, data)];
  if (remedy.equity) {
    const { year, change } = remedy.equity;
    parts.push(Math.abs(change) < 0.5 ? renderMessage(t.equitySame, { year }) : renderMessage(t.equity, { year, change: formatKronorChange(change) }));
  }
  if (remedy.countedByFormula) parts.push(t.counted);
  return parts.join('; ');
}

/** The numbers of a suggestion for the confirmation: the cell now, after, and the equity effect. */
export function remedyNumbers(remedy: Remedy): { before: string; after: string; equity?: string } {
  return {
    before: typeof remedy.before === 'number' ? formatKronor(remedy.before) : remedy.before,
    after: formatKronor(remedy.after),
    ...(remedy.equity ? { equity: formatKronorChange(remedy.equity.change) } : {}),
  };
}
