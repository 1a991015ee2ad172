import { z } from 'zod';
import { isBlank } from '../amount';
import type { Config } from '../config';
import type { CellEdit, EditPlan } from '../edits';
import { cellRef, quoteSheetName, totalFormula } from '../formulas';
import { keepConsistent, signedSum, type LeftOut } from './consistency';
import type { BudgetRow, BudgetSheet, RowRole, YearColumn } from '../model';
import { parseBudgetSheet } from '../parse';
import { budgetPageSetup } from '../print';
import { cellAt, formulaAt, snapshotA1, type SheetSnapshot } from '../snapshot';
import { assumptionsSheet, uniqueSheetName } from './assumptions';
import { rowFormat, targetColumns } from './columns';
import { ForecastError } from './errors';
import { chooseMethod, checkForecastConfig } from './choose-method';
import { methods } from './methods';
import { normalise } from './methods/announced';
import type { Filled, MethodContext } from './methods/types';

export const filledCellSchema = z.object({
  cell: z.string(),
  year: z.number().int(),
  row: z.string(),
  /** The method's id (stable, for programs). */
  method: z.string(),
  /** The method's name in Swedish, as the user reads it. */
  methodName: z.string(),
  formula: z.string().optional(),
  value: z.number(),
  assumption: z.string(),
});
export type FilledCell = z.infer<typeof filledCellSchema>;

export interface ForecastResult {
  sheet: BudgetSheet;
  targetYears: number[];
  addedYears: number[];
  filled: FilledCell[];
  /** The budget sheet's edits and the assumptions sheet, applied together. */
  plan: EditPlan;
  /** Years not filled because the result would not add up, and why. */
  leftOut: LeftOut[];
}

export interface ForecastOptions {
  /** Years after the budget year; overrides the configuration. */
  horizon?: number;
  /** Sheets the workbook already has, so the assumptions sheet gets a free name. */
  existingSheets?: string[];
  /** The sheet parsed already, to save parsing it again. */
  sheet?: BudgetSheet;
}

export const GENERATED_FILL = '#FFF4CE';

/** Roles in the order a year is filled: inputs first, then what adds them up, then equity. */
const LEAVES: RowRole[] = ['contribution', 'other-income', 'excluded', 'item', 'reserve'];
const ORDER: RowRole[] = [...LEAVES, 'contribution-subtotal', 'opening-equity', 'subtotal', 'income-total', 'cost-total', 'result', 'closing-equity'];

interface Cell {
  value: number | null;
  /** True when a formula may refer to it as a number (a number cell, or one we fill). */
  numeric: boolean;
}

/** Fills the blank cells of the prognosis years; never touches a cell that holds anything. */
export function forecast(snapshot: SheetSnapshot, config: Config, options: ForecastOptions = {}): ForecastResult {
  const sheet = options.sheet ?? parseBudgetSheet(snapshot, config);
  if (sheet.budgetYear === null) {
    throw new ForecastError(`bladet "${sheet.sheetName}" har inget budgetår (en kolumn "Budget ÅÅÅÅ" följd bara av prognosår)`);
  }
  const duplicate = sheet.years.find((y, i) => sheet.years.findIndex((o) => o.year === y.year) !== i);
  if (duplicate) throw new ForecastError(`året ${duplicate.year} finns i flera kolumner; rätta årsraden först`);
  const horizon = options.horizon ?? config.forecast.horizon;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 10) {
    throw new ForecastError(`antalet prognosår måste vara ett heltal 1–10, inte ${horizon}`);
  }
  checkForecastConfig(sheet, config, snapshot);
  const targets = Array.from({ length: horizon }, (_, i) => sheet.budgetYear! + 1 + i);
  const { columns, headerEdits } = targetColumns(snapshot, sheet, targets);
  const allYears = [...sheet.years, ...columns.filter((c) => !sheet.years.includes(c))];
  const grid = initialGrid(sheet, allYears);
  const assumptionsName = uniqueSheetName('Antaganden', options.existingSheets ?? []);
  const rateRef = `${quoteSheetName(assumptionsName)}!$B$3`;
  const budgetCol = sheet.years.find((y) => y.year === sheet.budgetYear)!.col;
  const filled: FilledCell[] = [];
  const edits: CellEdit[] = [...headerEdits];
  const colOf = new Map(allYears.map((y) => [y.year, y.col]));
  const refOf = (row: number, year: number) => (grid.get(key(row, year))?.numeric ? cellRef(snapshot, row, colOf.get(year)!) : null);
  const byRole = new Map<RowRole, BudgetRow[]>();
  for (const row of sheet.rows) {
    const list = byRole.get(row.role);
    if (list) list.push(row);
    else byRole.set(row.role, [row]);
  }
  // A blank cell under a typed total that adds up today is left: filling it would break the total.
  const parents = parentsOf(sheet);
  const leftCells: LeftOut[] = [];
  for (const year of columns) {
    for (const role of ORDER) {
      for (const row of byRole.get(role) ?? []) {
        if (!isBlankCell(snapshot, row.row, year.col)) continue;
        const result = fillCell({ sheet, snapshot, row, year, grid, refOf, config, rateRef, allYears });
        if (!result) continue;
        const typed = result.value !== 0 ? typedTotalAbove(sheet, snapshot, row, year, parents, config.tolerance) : null;
        if (typed) {
          leftCells.push({ year: year.year, cell: snapshotA1(snapshot, row.row, year.col), reason: `summan ${snapshotA1(snapshot, typed.row, year.col)} (${typed.label}) är inskriven och skulle inte stämma; skriv den som formel eller fyll i cellen själv` });
          continue;
        }
        grid.set(key(row.row, year.year), { value: result.value, numeric: true });
        const cellA1 = snapshotA1(snapshot, row.row, year.col);
        filled.push({ cell: cellA1, year: year.year, row: row.label, method: result.method, methodName: result.methodName, ...(result.formula ? { formula: result.formula } : {}), value: result.value, assumption: result.assumption });
        edits.push({
          cell: cellA1,
          value: result.value,
          ...(result.formula ? { formula: result.formula } : {}),
          numberFormat: rowFormat(snapshot, row.row, budgetCol),
          fill: GENERATED_FILL,
          note: `Ifylld av Finsam Budget (${result.methodName}): ${result.assumption}.`,
          reason: `prognos ${year.year}: ${result.assumption}`,
        });
      }
    }
  }
  // The output is checked before anything is written: a year whose fills would add an error is left out.
  const leftOut = [...leftCells, ...keepConsistent(snapshot, config, sheet, edits, filled, headerEdits.length, colOf)];
  const pageSetup = budgetPageSetup(snapshot, sheet, columns.filter((c) => !sheet.years.includes(c)).length);
  const plan: EditPlan = [{ sheet: sheet.sheetName, create: false, edits, tables: [], columnWidths: {}, pageSetup }];
  if (filled.length) plan.push(assumptionsSheet(assumptionsName, sheet, config, filled, horizon));
  return { sheet, targetYears: targets, addedYears: columns.filter((c) => !sheet.years.includes(c)).map((c) => c.year), filled, plan, leftOut };
}

/**
 * Blank: no formula, and no value but an empty (or all-space) text. A formula whose cached
 * result is missing is not blank: it is the user's, and it is never overwritten.
 */
export function isBlankCell(snapshot: SheetSnapshot, row: number, col: number): boolean {
  return formulaAt(snapshot, row, col) === null && isBlank(cellAt(snapshot, row, col));
}

/** A number, not a string: the grid holds a cell per row and year, and strings cost garbage. */
function key(row: number, year: number): number {
  return row * 1024 + (year - 1900);
}

function initialGrid(sheet: BudgetSheet, years: YearColumn[]): Map<number, Cell> {
  const grid = new Map<number, Cell>();
  for (const row of sheet.rows) {
    for (const y of years) {
      const a = row.amounts.get(y.year);
      grid.set(key(row.row, y.year), { value: a?.value ?? null, numeric: a?.kind === 'number' });
    }
  }
  return grid;
}

interface FillInput {
  sheet: BudgetSheet;
  snapshot: SheetSnapshot;
  row: BudgetRow;
  year: YearColumn;
  grid: Map<number, Cell>;
  refOf: (row: number, year: number) => string | null;
  config: Config;
  rateRef: string;
  allYears: YearColumn[];
}

type FillResult = Filled & { method: string; methodName: string };

function fillCell(input: FillInput): FillResult | null {
  const { row, year, grid, sheet, snapshot } = input;
  const valueAt = (r: number, y: number) => grid.get(key(r, y))?.value ?? null;
  if (row.components) {
    const value = signedSum(row, (c) => valueAt(c, year.year));
    if (value === null) return null;
    return { value, formula: totalFormula(snapshot, row.components, row.minus, year.col), assumption: 'summan av raderna', method: 'sum', methodName: 'summa' };
  }
  if (row.role === 'opening-equity') return carryForward(input, valueAt);
  if (!LEAVES.includes(row.role)) return null;
  const prevValue = valueAt(row.row, year.year - 1);
  const label = normalise(row.label);
  const id = chooseMethod(row, label, input.config);
  const ctx: MethodContext = {
    row,
    key: label,
    year: year.year,
    previous: prevValue === null ? null : { value: prevValue, ref: input.refOf(row.row, year.year - 1) },
    // Only the trend looks at the years entered; the others need not pay for the list.
    known: id === 'trend' ? knownValues(sheet, row, year.year) : [],
    config: input.config,
    rateRef: input.rateRef,
  };
  const result = methods[id].fill(ctx);
  if (result) return { ...result, method: id, methodName: methods[id].name };
  // No announced amount or too few years for a trend: carry the year before, and say so.
  const fallback = methods.flat.fill(ctx);
  if (!fallback) return null;
  return { ...fallback, assumption: `${methods[id].name} saknas för ${year.year}; ${fallback.assumption}`, method: 'flat', methodName: methods.flat.name };
}

function knownValues(sheet: BudgetSheet, row: BudgetRow, before: number): { year: number; value: number }[] {
  return sheet.years
    .filter((y) => y.year < before)
    .flatMap((y) => {
      const v = row.amounts.get(y.year)?.value;
      return v === null || v === undefined ? [] : [{ year: y.year, value: v }];
    });
}

/** Opening equity of a year = the year before's closing (2026 style: its income total minus its cost total). */
function carryForward(input: FillInput, valueAt: (r: number, y: number) => number | null): FillResult | null {
  const { sheet, year } = input;
  const closingRow = sheet.rows.find((r) => r.role === 'closing-equity');
  if (sheet.convention === 'result' && closingRow) {
    const v = valueAt(closingRow.row, year.year - 1);
    if (v === null) return null;
    const ref = input.refOf(closingRow.row, year.year - 1);
    const assumption = `eget kapital vid slutet av ${year.year - 1}`;
    return { value: v, assumption, method: 'carry-forward', methodName: 'eget kapital överfört', ...(ref ? { formula: `=${ref}` } : {}) };
  }
  const income = sheet.rows.find((r) => r.role === 'income-total');
  const cost = sheet.rows.find((r) => r.role === 'cost-total');
  if (!income || !cost) return null;
  const a = valueAt(income.row, year.year - 1);
  const b = valueAt(cost.row, year.year - 1);
  if (a === null || b === null) return null;
  const ra = input.refOf(income.row, year.year - 1);
  const rb = input.refOf(cost.row, year.year - 1);
  const assumption = `utgående eget kapital ${year.year - 1}: intäkter totalt minus kostnader totalt`;
  const base = { value: a - b, assumption, method: 'carry-forward', methodName: 'eget kapital överfört' };
  return ra && rb ? { ...base, formula: `=${ra}-${rb}` } : base;
}


/** Each row's total (the total whose rows include it). */
function parentsOf(sheet: BudgetSheet): Map<number, BudgetRow> {
  const out = new Map<number, BudgetRow>();
  for (const row of sheet.rows) for (const c of [...(row.components ?? []), ...(row.minus ?? [])]) out.set(c, row);
  return out;
}

/**
 * The first typed total above a row (through blank and formula totals, which will follow) that
 * adds up in the year today: filling the row would make it wrong, and the forecast never
 * overwrites what the user typed. Null when there is none.
 */
function typedTotalAbove(sheet: BudgetSheet, snapshot: SheetSnapshot, row: BudgetRow, year: YearColumn, parents: Map<number, BudgetRow>, tol: number): BudgetRow | null {
  for (let p = parents.get(row.row); p; p = parents.get(p.row)) {
    if (formulaAt(snapshot, p.row, year.col) !== null || isBlankCell(snapshot, p.row, year.col)) continue;
    const shown = p.amounts.get(year.year)?.value;
    if (shown === null || shown === undefined) return null;
    const sum = signedSum(p, (c) => sheet.byRow.get(c)?.amounts.get(year.year)?.value ?? null) ?? 0;
    return Math.abs(sum - shown) <= tol ? p : null;
  }
  return null;
}
