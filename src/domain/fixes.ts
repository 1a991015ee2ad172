import { readAmount } from './amount';
import { applyPlanToSnapshot } from './apply';
import type { Config } from './config';
import type { CellEdit, EditPlan } from './edits';
import { computeEquity } from './equity';
import type { Finding } from './findings';
import { referencedRows, totalFormula } from './formulas';
import type { BudgetSheet } from './model';
import { parseBudgetSheet } from './parse';
import { parseA1, type CellValue, type SheetSnapshot } from './snapshot';

/**
 * What a finding offers, as ESLint's rules do: a `fix` changes no value (a typed total becomes
 * the formula that gives the same number; text that reads as a number becomes that number where
 * no formula counts the cell) and may be applied in one click or in bulk; a `suggestion` changes
 * a value and is applied only when the user has seen both numbers and chosen it.
 */
export interface Remedy {
  kind: 'fix' | 'suggestion';
  edit: CellEdit;
  /** What the cell holds now: a number, or the text of a number stored as text. */
  before: number | string;
  /** The cell's value after the edit. */
  after: number;
  /** The formula written, in English (hosts show it in the user's language). */
  formula?: string;
  /** The change of the closing equity of the finding's year, where a suggestion moves it. */
  equity?: { year: number; change: number };
  /** A cell whose text becomes a number, counted by a formula: those formulas' results change. */
  countedByFormula?: boolean;
}

interface Located {
  row: number;
  col: number;
  raw: CellValue;
}

function locate(finding: Finding, snapshot: SheetSnapshot): Located {
  const origin = parseA1(snapshot.topLeft);
  const pos = parseA1(finding.cell);
  const row = pos.row - origin.row;
  const col = pos.col - origin.col;
  return { row, col, raw: snapshot.values[row]?.[col] ?? null };
}

/** True when a formula refers to the sheet cell (row, col), alone or in a range. */
function refersTo(formula: string, row: number, col: number): boolean {
  for (const m of formula.matchAll(/(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?/gi)) {
    const a = parseA1(m[1]);
    const b = m[2] ? parseA1(m[2]) : a;
    const inRows = row >= Math.min(a.row, b.row) && row <= Math.max(a.row, b.row);
    if (inRows && col >= Math.min(a.col, b.col) && col <= Math.max(a.col, b.col)) return true;
  }
  return false;
}

/** True when a formula on the sheet counts the cell (its value feeds a total). */
function countedByFormula(snapshot: SheetSnapshot, row: number, col: number): boolean {
  const origin = parseA1(snapshot.topLeft);
  return snapshot.formulas.some((line) => line.some((formula) => !!formula && refersTo(formula, origin.row + row, origin.col + col)));
}

/**
 * What Excel's SUM over these rows gives, less the `minus` rows (a result row: income − costs):
 * numbers only (SUM skips text in a range), or null where a row shows an error value (the
 * formula would show the error too).
 */
function excelSum(snapshot: SheetSnapshot, rows: readonly number[], col: number, minus: readonly number[] = []): number | null {
  let sum = 0;
  for (const [list, sign] of [[rows, 1], [minus, -1]] as const) {
    for (const r of list) {
      const v = snapshot.values[r]?.[col];
      if (typeof v === 'number') sum += sign * v;
      else if (readAmount(v ?? null).kind === 'error') return null;
    }
  }
  return sum;
}

/**
 * The sheet's plain SUM formulas in one column worked out again after an edit, as Excel would
 * recalculate them, so a changed subtotal reaches the totals above it (a few passes suffice:
 * totals nest two or three deep).
 */
function recalculateSums(snapshot: SheetSnapshot, col: number): SheetSnapshot {
  const values = snapshot.values.map((r) => [...r]);
  const next = { ...snapshot, values };
  for (let pass = 0; pass < 5; pass++) {
    let changed = false;
    snapshot.formulas.forEach((line, row) => {
      const formula = line[col];
      const rows = formula ? referencedRows(snapshot, formula, col) : null;
      if (!rows) return;
      const sum = excelSum(next, rows, col);
      if (sum !== null && sum !== values[row][col]) {
        values[row][col] = sum;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return next;
}

function closingEquity(snapshot: SheetSnapshot, config: Config, year: number): number | null {
  const e = computeEquity(parseBudgetSheet(snapshot, config), config).find((x) => x.year === year);
  return e && Number.isFinite(e.closing) ? e.closing : null;
}

function totalRemedy(finding: Finding, at: Located, snapshot: SheetSnapshot, sheet: BudgetSheet, config: Config): Remedy | null {
  if (snapshot.formulas[at.row]?.[at.col]) return null;
  const total = sheet.byRow.get(at.row);
  const before = total?.amounts.get(finding.year ?? -1)?.value;
  // No remedy on a guess: a total whose rows the tool could not tell is left to the user.
  if (!total?.components?.length || total.uncertain || before === null || before === undefined) return null;
  const after = excelSum(snapshot, total.components, at.col, total.minus);
  if (after === null) return null;
  const formula = totalFormula(snapshot, total.components, total.minus, at.col);
  const edit: CellEdit = { cell: finding.cell, formula, value: after, reason: `${total.label}: summaformel i stället för inskrivet tal` };
  const sameValue = Math.abs(after - before) <= config.tolerance;
  const counted = typeof at.raw === 'string' && countedByFormula(snapshot, at.row, at.col);
  if (sameValue && !counted) return { kind: 'fix', edit, before, after, formula };
  const remedy: Remedy = { kind: 'suggestion', edit, before, after, formula, ...(counted ? { countedByFormula: true } : {}) };
  if (finding.year !== undefined) {
    const now = closingEquity(snapshot, config, finding.year);
    const changed = recalculateSums(applyPlanToSnapshot(snapshot, { sheet: snapshot.sheetName, create: false, edits: [edit], tables: [], columnWidths: {} }), at.col);
    const then = closingEquity(changed, config, finding.year);
    if (now !== null && then !== null) remedy.equity = { year: finding.year, change: then - now };
  }
  return remedy;
}

function textRemedy(finding: Finding, at: Located, snapshot: SheetSnapshot): Remedy | null {
  const amount = readAmount(at.raw);
  if (amount.kind !== 'text-number' || snapshot.formulas[at.row]?.[at.col]) return null;
  const edit: CellEdit = { cell: finding.cell, value: amount.value!, reason: `talet "${String(at.raw)}" lagrat som tal` };
  // SUM skips the text today; as a number it counts, and every total over it changes.
  if (countedByFormula(snapshot, at.row, at.col)) {
    return { kind: 'suggestion', edit, before: String(at.raw), after: amount.value!, countedByFormula: true };
  }
  return { kind: 'fix', edit, before: String(at.raw), after: amount.value! };
}

/**
 * The remedies of a sheet's findings, checked against the snapshot they are for: a finding whose
 * cell has changed since (a stale list) gets none. The sheet is parsed once for all of them.
 */
export function remediesFor(findings: readonly Finding[], snapshot: SheetSnapshot, config: Config, parsed?: BudgetSheet): Map<Finding, Remedy> {
  const out = new Map<Finding, Remedy>();
  let sheet = parsed;
  for (const finding of findings) {
    if (finding.sheet !== snapshot.sheetName) continue;
    const at = locate(finding, snapshot);
    let remedy: Remedy | null = null;
    if (finding.rule === 'text-number') remedy = textRemedy(finding, at, snapshot);
    else if (finding.rule === 'hardcoded-total') {
      sheet ??= parseBudgetSheet(snapshot, config);
      remedy = totalRemedy(finding, at, snapshot, sheet, config);
    }
    if (remedy) out.set(finding, remedy);
  }
  return out;
}

/** One finding's remedy, or null. */
export function fixFor(finding: Finding, snapshot: SheetSnapshot, config: Config): Remedy | null {
  return remediesFor([finding], snapshot, config).get(finding) ?? null;
}

/** The edits of several remedies as one plan: one write, one undo. */
export function planOf(sheet: string, remedies: readonly Remedy[]): EditPlan {
  return [{ sheet, create: false, edits: remedies.map((r) => r.edit), tables: [], columnWidths: {} }];
}
