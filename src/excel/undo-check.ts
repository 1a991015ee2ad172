import type { FormulaInput } from './prepare';

/**
 * Does a cell still hold what an action wrote into it? `written` is the entry of the
 * `formulas` array we sent, `current` what Excel's `formulas` returns now. Excel stores text
 * written with a leading apostrophe without it, upper-cases function names and cell references,
 * and reads a cleared cell back as "".
 */
export function stillWritten(written: FormulaInput, current: unknown): boolean {
  if (written === null) return true;
  const want = normalise(typeof written === 'string' && written.startsWith("'") ? written.slice(1) : written, typeof written === 'string' && written.startsWith('='));
  const have = normalise(current, typeof current === 'string' && current.startsWith('='));
  return want === have;
}

function normalise(v: unknown, formula: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v}:${v}`;
  const s = String(v);
  // A number written as a string in `formulas` ("5") is stored as a number by Excel.
  if (!formula && /^-?\d+(\.\d+)?$/.test(s)) return `number:${Number(s)}`;
  return formula ? `=${s.slice(1).replace(/\s+/g, '').toUpperCase()}` : `string:${s}`;
}

/** Number formats compare as Excel shows them: "General" and "" are the same. */
export function sameFormat(written: string | null, current: unknown): boolean {
  if (written === null) return true;
  const norm = (f: unknown) => (f === '' || f === undefined || f === null ? 'General' : String(f));
  return norm(written) === norm(current);
}

const LISTED = 8;

/** "B7 har ändrats efter Fyll prognoser och lämnades som den är", for up to eight cells per sheet. */
export function keptMessage(label: string, sheet: string, cells: string[], onlySheet: boolean): string {
  const where = onlySheet ? '' : ` på bladet "${sheet}"`;
  const shown = cells.slice(0, LISTED).join(', ');
  const more = cells.length > LISTED ? ` och ${cells.length - LISTED} celler till` : '';
  const rest = cells.length === 1 ? 'lämnades som den är' : 'lämnades som de är';
  return `${shown}${more}${where} har ändrats efter ${label} och ${rest}.`;
}

/** A sheet the action added and the user has since written into. */
export function keptSheetMessage(label: string, sheet: string): string {
  return `Bladet "${sheet}" har ändrats efter ${label} och lämnades kvar; ta bort det själv om det inte behövs.`;
}

/** A table the action added, kept because cells in it were changed since. */
export function keptTableMessage(label: string, table: string): string {
  return `Tabellen "${table}" har ändrats efter ${label} och lämnades kvar.`;
}
