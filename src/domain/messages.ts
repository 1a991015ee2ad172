import { formatKronor } from './format';

/** The languages findings are written in: Swedish, the product's, and English for an English Office. */
export type Lang = 'sv' | 'en';

/** One message in both languages. `{name}` inserts data as it is; `{name:kr}` as kronor. */
export interface MessageText {
  sv: string;
  en: string;
}

/** What a rule puts in its message: numbers and names, never finished sentences. */
export type MessageData = Record<string, string | number>;

/** Fills a message template with its data (ESLint's `{{ name }}`, here `{name}` and `{name:kr}`). */
export function renderMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)(?::(kr))?\}/g, (whole, key: string, kind?: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    return kind === 'kr' && typeof value === 'number' ? formatKronor(value) : String(value);
  });
}

export function langOf(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

// The functions the tool writes, in the names Swedish Excel shows them.
const SWEDISH_FUNCTIONS: Record<string, string> = { SUM: 'SUMMA', ROUND: 'AVRUNDA', IF: 'OM' };

/**
 * A formula as the user's Excel shows it. Formulas are written in English through `formulas`
 * (every language's Excel reads that); Swedish Excel shows `=SUMMA(B2:B3;B6)`, with its own
 * function names and a semicolon between arguments. Text and sheet names in quotes are left as they are.
 */
export function displayFormula(formula: string, lang: Lang): string {
  if (lang === 'en' || !formula.startsWith('=')) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/\b([A-Z]+)\(/g, (w, name: string) => `${SWEDISH_FUNCTIONS[name] ?? name}(`).replace(/,/g, ';'),
    )
    .join('');
}
