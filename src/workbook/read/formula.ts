/**
 * A shared formula's text in another cell of its range (ECMA-376 18.3.1.40: relative references
 * move with the cell). The same rule as exceljs's slideFormula, so both readers give each cell
 * the same formula text: a name followed by "(" is a function; a column past XFD is a name.
 * This works on formula text, never on XML.
 */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

function columnLetters(n: number): string {
  let out = '';
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26)) out = String.fromCharCode(65 + ((m - 1) % 26)) + out;
  return out;
}

/** The formula of the master cell moved by rows × cols. */
export function slideFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _name: string, address: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL_REF.exec(address);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    const col = columnNumber(letters) + (m[1] ? 0 : cols);
    const row = Number(m[4]) + (m[3] ? 0 : rows);
    if (col < 1 || col > 16384 || row < 1) return match;
    return `${sheet ?? ''}${m[1] ?? ''}${columnLetters(col)}${m[3] ?? ''}${row}`;
  });
}
