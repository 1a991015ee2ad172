import { applyPlanToSnapshot } from '../apply';
import type { Config } from '../config';
import type { CellEdit } from '../edits';
import type { Finding } from '../findings';
import { formulaTerms } from '../formulas';
import { isTotal, type BudgetRow, type BudgetSheet } from '../model';
import { parseBudgetSheet } from '../parse';
import { parseA1, type SheetSnapshot } from '../snapshot';
import { validate } from '../validate';
import { ForecastError } from './errors';

export interface LeftOut {
  year: number;
  reason: string;
}

/** A total's rows added up with their signs; null when every part is blank. */
export function signedSum(row: BudgetRow, valueOf: (row: number) => number | null): number | null {
  let sum = 0;
  let any = false;
  for (const [rows, sign] of [[row.components ?? [], 1], [row.minus ?? [], -1]] as const) {
    for (const c of rows) {
      const v = valueOf(c);
      if (v === null) continue;
      any = true;
      sum += sign * v;
    }
  }
  return any ? sum : null;
}

/**
 * The snapshot as Excel would show it after recalculating: the user's own sum formulas in the
 * table's totals follow the cells the forecast filled (their stored results would not).
 */
export function recalcTotals(snapshot: SheetSnapshot, sheet: BudgetSheet): SheetSnapshot {
  const values = snapshot.values.map((r) => [...r]);
  for (const row of sheet.rows) {
    if (!isTotal(row)) continue;
    for (const y of sheet.years) {
      const f = snapshot.formulas[row.row]?.[y.col];
      const terms = f ? formulaTerms(snapshot, f, y.col) : null;
      if (!terms) continue;
      values[row.row][y.col] = terms.reduce((s, t) => {
        const v = values[t.row]?.[y.col];
        return s + (typeof v === 'number' ? t.sign * v : 0);
      }, 0);
    }
  }
  return { ...snapshot, values };
}

const errorKey = (f: Finding) => `${f.rule}@${f.cell}`;

/** Error findings of the sheet as it reads after the edits, totals recalculated. */
function errorsAfter(snapshot: SheetSnapshot, config: Config, sheetName: string, edits: CellEdit[]): Finding[] {
  const after = applyPlanToSnapshot(snapshot, { sheet: sheetName, create: false, edits, tables: [], columnWidths: {} });
  const parsed = parseBudgetSheet(after, config);
  const recalculated = recalcTotals(after, parsed);
  return validate(recalculated, config).findings.filter((f) => f.severity === 'error');
}

/**
 * Checks the forecast's own output before anything is written: a year whose fills would bring
 * an error the input did not have is left out (with every later year, whose formulas build on
 * it), and the reason is given. Edits and fills are pruned in place.
 */
export function keepConsistent(
  snapshot: SheetSnapshot, config: Config, sheet: BudgetSheet, edits: CellEdit[], filled: { cell: string; year: number }[], headerCount: number,
  colOf: Map<number, number>,
): LeftOut[] {
  const leftOut: LeftOut[] = [];
  if (edits.length === headerCount) return leftOut;
  let before: Set<string> | null = null;
  const origin = parseA1(snapshot.topLeft).col;
  for (let round = 0; round < 20; round++) {
    const after = errorsAfter(snapshot, config, sheet.sheetName, edits);
    if (after.length === 0) return leftOut;
    before ??= new Set(validate(snapshot, config, undefined, sheet).findings.filter((f) => f.severity === 'error').map(errorKey));
    const added = after.filter((f) => !before!.has(errorKey(f)));
    if (added.length === 0 && after.length <= before.size) return leftOut;
    const years = added.map((f) => f.year).filter((y): y is number => y !== undefined);
    const filledYears = new Set(filled.map((f) => f.year));
    const first = Math.min(...years.filter((y) => filledYears.has(y)));
    if (!Number.isFinite(first)) {
      throw new ForecastError(`prognosen skulle ge fel som indata inte har (${added.map((f) => `${f.cell}: ${f.message}`).slice(0, 2).join('; ')}); inget skrevs`);
    }
    const cause = added.find((f) => f.year === first)!;
    const dropped = [...filledYears].filter((y) => y >= first).sort((a, b) => a - b);
    for (const y of dropped) {
      leftOut.push({ year: y, reason: y === first ? `ifyllt skulle ${cause.cell} inte stämma (${cause.message})` : `bygger på ${first}, som lämnades` });
    }
    const droppedCols = new Set(dropped.map((y) => colOf.get(y)).filter((c) => c !== undefined).map((c) => c! + origin));
    const keepEdit = (e: CellEdit, i: number) => i < headerCount || !droppedCols.has(parseA1(e.cell).col);
    const kept = edits.filter(keepEdit);
    edits.splice(0, edits.length, ...kept);
    const keptFilled = filled.filter((f) => f.year < first);
    filled.splice(0, filled.length, ...keptFilled);
  }
  throw new ForecastError('prognosen gick inte att göra konsekvent; inget skrevs');
}
