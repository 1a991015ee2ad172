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
      const names = snapshots.map((s) => `"${s.sheetName}"`).join(', ') || 'inga';
      throw new NoBudgetTableError(`bladet "${name}" finns inte (bladen heter ${names})`);
    }
    return { snapshot, sheet: parseBudgetSheet(snapshot, config) };
  }
  if (snapshots.length === 0) throw new NoBudgetTableError('arbetsboken har inga blad');
  const reasons: string[] = [];
  for (const snapshot of snapshots) {
    try {
      return { snapshot, sheet: parseBudgetSheet(snapshot, config) };
    } catch (e) {
      if (!(e instanceof NoBudgetTableError)) throw e;
      reasons.push(e.message);
    }
  }
  const empty = snapshots.every((s) => s.values.every((r) => r.every((v) => v === null || v === '')));
  if (empty) throw new NoBudgetTableError('arbetsboken är tom');
  throw new NoBudgetTableError(`ingen budgettabell hittades: ${reasons.join('; ')}`);
}
