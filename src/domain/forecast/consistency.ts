import { applyPlanToSnapshot } from '../apply';
import type { Config } from '../config';
import type { CellEdit } from '../edits';
import type { Finding } from '../findings';
import { formulaTerms } from '../formulas';
import { isTotal, type BudgetRow, type BudgetSheet, type YearColumn } from '../model';
import { readAmount } from '../amount';
import { parseA1, type SheetSnapshot } from '../snapshot';
import { validate } from '../validate';
import { rules } from '../rules';
import { ForecastError } from './errors';

export interface LeftOut {
  year: number;
  /** The cell left blank, when one cell was left rather than the whole year. */
  cell?: string;
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
export function recalcTotals(snapshot: SheetSnapshot, sheet: Pick<BudgetSheet, 'rows' | 'years'>, inPlace = false): SheetSnapshot {
  // In place on a copy the caller made already (the plan applied): a 6 000-row sheet is not copied twice.
  const values = inPlace ? snapshot.values : snapshot.values.map((r) => [...r]);
  for (const row of sheet.rows) {
    if (!isTotal(row)) continue;
    // A total read from its formula covers exactly its components: no need to read the formula again.
    const known = row.decidedBy === 'formula' && row.components ? signedTerms(row) : null;
    for (const y of sheet.years) {
      const f = snapshot.formulas[row.row]?.[y.col];
      if (!f) continue;
      const terms = known && FORMULA_OF_ROWS.test(f) ? known : formulaTerms(snapshot, f, y.col);
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

/** A sum over cells of the total's own column, as the tool and most people write it. */
const FORMULA_OF_ROWS = /^=(SUM\([A-Z$\d:,;]+\)|[A-Z$\d+]+)$/i;

function signedTerms(row: BudgetRow): { row: number; sign: 1 | -1 }[] {
  return [...row.components!.map((r) => ({ row: r, sign: 1 as const })), ...(row.minus ?? []).map((r) => ({ row: r, sign: -1 as const }))];
}

/** The sheet as the edits leave it: the same rows and structure, the amounts read again (new columns too). */
function reread(sheet: BudgetSheet, snapshot: SheetSnapshot, colOf: Map<number, number>, changed: Set<number>): BudgetSheet {
  const years: YearColumn[] = [...colOf].map(([year, col]) => sheet.years.find((y) => y.year === year) ?? { year, col, kind: 'prognosis', header: `Prognos ${year}` });
  const fresh = years.filter((y) => changed.has(y.year) || !sheet.years.some((o) => o.year === y.year));
  const rows = sheet.rows.map((r) => {
    const formats = snapshot.numberFormats[r.row];
    // Only the years the forecast wrote can have changed; the others keep what was read.
    const amounts = new Map(r.amounts);
    for (const y of fresh) amounts.set(y.year, readAmount(snapshot.values[r.row]?.[y.col] ?? null, formats?.[y.col]));
    return { ...r, amounts };
  });
  return { ...sheet, years, rows, byRow: new Map(rows.map((r) => [r.row, r])) };
}

/**
 * The rules by which the forecast's output must hold together: its sums and the equity chain.
 * (A funding split or a negative amount from amounts the user announced is the user's to judge.)
 */
const CONSISTENCY_RULES = rules.filter((r) => r.id === 'sum-mismatch' || r.id === 'equity-carry-forward');

/** Error findings of the sheet as it reads after the edits, totals recalculated. */
function errorsAfter(snapshot: SheetSnapshot, config: Config, sheet: BudgetSheet, edits: CellEdit[], colOf: Map<number, number>, changed: Set<number>): Finding[] {
  const after = applyPlanToSnapshot(snapshot, { sheet: sheet.sheetName, create: false, edits, tables: [], columnWidths: {} });
  const years = [...colOf].filter(([year]) => changed.has(year)).map(([year, col]) => ({ year, col, kind: 'prognosis' as const, header: '' }));
  const recalculated = recalcTotals(after, { rows: sheet.rows, years }, true);
  // Read by the structure found before the fill: new figures must not change which rows a total covers.
  return validate(recalculated, config, CONSISTENCY_RULES, reread(sheet, recalculated, colOf, changed)).findings;
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
    const after = errorsAfter(snapshot, config, sheet, edits, colOf, new Set(filled.map((f) => f.year)));
    if (after.length === 0) return leftOut;
    before ??= new Set(validate(snapshot, config, CONSISTENCY_RULES, sheet).findings.map(errorKey));
    const added = after.filter((f) => !before!.has(errorKey(f)));
    if (added.length === 0 && after.length <= before.size) return leftOut;
    // The year whose fills caused it: a break in the equity chain comes from the year before.
    const causeYear = (f: Finding) => (f.year === undefined ? undefined : f.rule === 'equity-carry-forward' ? f.year - 1 : f.year);
    const filledYears = new Set(filled.map((f) => f.year));
    if (filledYears.size === 0) return leftOut;
    const years = added.map(causeYear).filter((y): y is number => y !== undefined && filledYears.has(y));
    // No year to blame: leave them all.
    const first = years.length ? Math.min(...years) : Math.min(...filledYears);
    const cause = added.find((f) => causeYear(f) === first) ?? added[0];
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
