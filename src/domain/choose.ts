import type { Config } from './config';
import type { BudgetSheet } from './model';
import { NoBudgetTableError, parseBudgetSheet } from './parse';
import type { SheetSnapshot } from './snapshot';

export interface Chosen {
  snapshot: SheetSnapshot;
  sheet: BudgetSheet;
}

/**
 * The budget sheet of a workbook: the named one, or else the first sheet whose grid parses as
 * a budget table. Throws NoBudgetTableError naming what was looked at.
 */
export function chooseBudgetSheet(snapshots: SheetSnapshot[], config: Config, name?: string): Chosen {
  if (name !== undefined) {
    const snapshot = snapshots.find((s) => s.sheetName === name);
    if (!snapshot) {
      const names = listSome(snapshots.map((s) => `"${s.sheetName}"`)) || 'inga';
      throw new NoBudgetTableError(`bladet "${name}" finns inte (bladen heter ${names})`);
    }
    const sheet = parseBudgetSheet(snapshot, config);
    if (budgetScore(sheet) === 0) throw new NoBudgetTableError(`ingen budgettabell hittades: ${noTotals(name)}`);
    return { snapshot, sheet };
  }
  if (snapshots.length === 0) throw new NoBudgetTableError('arbetsboken har inga blad');
  const reasons: string[] = [];
  // A sheet of key figures under year headers also parses, and so does last year's outcome; prefer
  // the first sheet that looks most like a budget (a budget year, an income total and a cost total),
  // then the first that parses at all. A sheet with years but no totals is no budget.
  let best: { chosen: Chosen; score: number } | null = null;
  for (const snapshot of snapshots) {
    try {
      const sheet = parseBudgetSheet(snapshot, config);
      const score = budgetScore(sheet);
      if (score === 3) return { snapshot, sheet };
      // Year headers alone (a tax table, a chart's data) do not make a budget.
      if (score === 0) reasons.push(noTotals(snapshot.sheetName));
      else if (!best || score > best.score) best = { chosen: { snapshot, sheet }, score };
    } catch (e) {
      if (!(e instanceof NoBudgetTableError)) throw e;
      reasons.push(e.message);
    }
  }
  if (best) return best.chosen;
  const empty = snapshots.every((s) => s.values.every((r) => r.every((v) => v === null || v === '')));
  if (empty) throw new NoBudgetTableError('arbetsboken är tom');
  throw new NoBudgetTableError(`ingen budgettabell hittades: ${listSome(reasons, '; ')}`);
}

/** At most ten items and how many more: a workbook of 1 000 sheets gets a one-line answer. */
function listSome(items: string[], separator = ', ', max = 10): string {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown}${separator}och ${items.length - max} till` : shown;
}

function noTotals(name: string): string {
  return `bladet "${name}" har årtal men ingen rad för intäkter totalt eller kostnader totalt`;
}

/** One point each for an income total, a cost total and a budget year; no totals, no points. */
function budgetScore(sheet: BudgetSheet): number {
  const has = (role: string) => sheet.rows.some((r) => r.role === role);
  const totals = (has('income-total') ? 1 : 0) + (has('cost-total') ? 1 : 0);
  return totals === 0 ? 0 : totals + (sheet.budgetYear !== null ? 1 : 0);
}
