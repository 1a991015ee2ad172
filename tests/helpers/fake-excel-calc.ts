import { parseA1 } from '../../src/domain/snapshot';
import type { FakeSheet, FakeWorkbookState } from './fake-excel-state';

/**
 * A small calculator for the fake Excel, so that a test can see what a written formula shows:
 * numbers, references and ranges (optionally on another sheet), + - * /, parentheses, SUM and
 * ROUND. Enough for the formulas the tool writes; anything else shows #NAME?.
 */
type Value = number | number[];

const TOKEN = /\s*(?:('(?:[^']|'')+'|[A-Za-zÅÄÖåäö_][\wÅÄÖåäö.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\d+(?:\.\d+)?|[A-Z]+\(|[-+*/(),])/y;

function tokens(formula: string): { sheet?: string; text: string }[] {
  const out: { sheet?: string; text: string }[] = [];
  TOKEN.lastIndex = 0;
  const body = formula.slice(1);
  while (TOKEN.lastIndex < body.trimEnd().length) {
    const m = TOKEN.exec(body);
    if (!m) throw new Error(`cannot read ${formula}`);
    const sheet = m[1]?.replace(/^'|'$/g, '').replace(/''/g, "'");
    out.push({ ...(sheet ? { sheet } : {}), text: m[2] });
  }
  return out;
}

function cellNumber(sheet: FakeSheet | undefined, row: number, col: number): number {
  const v = sheet?.peek(row, col)?.value;
  return typeof v === 'number' ? v : 0;
}

function evaluate(state: FakeWorkbookState, here: FakeSheet, formula: string): number {
  const list = tokens(formula);
  let i = 0;
  const peek = () => list[i]?.text;
  const primary = (): Value => {
    const t = list[i++];
    if (!t) throw new Error('end');
    if (t.text === '(') {
      const v = expr();
      i++; // ')'
      return v;
    }
    if (t.text === '-') return -(primary() as number);
    if (/^[A-Z]+\($/.test(t.text)) {
      const args: Value[] = [];
      while (peek() !== ')') {
        args.push(expr());
        if (peek() === ',') i++;
      }
      i++;
      const flat = args.flatMap((a) => (Array.isArray(a) ? a : [a]));
      if (t.text === 'SUM(') return flat.reduce((s, x) => s + x, 0);
      if (t.text === 'ROUND(') return Math.round((flat[0] ?? 0) * 10 ** (flat[1] ?? 0)) / 10 ** (flat[1] ?? 0);
      throw new Error('#NAME?');
    }
    if (/^\d/.test(t.text)) return Number(t.text);
    const sheet = t.sheet ? state.sheet(t.sheet) : here;
    const [a, b = a] = t.text.split(':').map((x) => parseA1(x));
    if (a === b) return cellNumber(sheet, a.row, a.col);
    const cells: number[] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
        const v = sheet?.peek(r, c)?.value;
        if (typeof v === 'number') cells.push(v);
      }
    }
    return cells;
  };
  const term = (): Value => {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = list[i++].text;
      const w = primary() as number;
      v = op === '*' ? (v as number) * w : (v as number) / w;
    }
    return v;
  };
  const expr = (): Value => {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      const op = list[i++].text;
      const w = term() as number;
      v = op === '+' ? (v as number) + w : (v as number) - w;
    }
    return v;
  };
  const v = expr();
  return Array.isArray(v) ? v.reduce((s, x) => s + x, 0) : v;
}

/** Works out every formula of the workbook again, pass by pass, until nothing changes. */
export function recalculate(state: FakeWorkbookState): void {
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    for (const sheet of state.sheets) {
      for (const cell of sheet.cells.values()) {
        if (!cell.formula) continue;
        let value: number | string;
        try {
          value = evaluate(state, sheet, cell.formula);
        } catch {
          value = '#NAME?';
        }
        if (value !== cell.value) {
          cell.value = value;
          changed = true;
        }
      }
    }
    if (!changed) return;
  }
}
