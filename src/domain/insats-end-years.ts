import { cleanLabel } from './headers';
import type { Config } from './config';
import type { BudgetSheet } from './model';
import type { SheetSnapshot } from './snapshot';
import { normalise as key } from './forecast/methods/announced';

const NAME = 'insats';
const END = 'slutår';

/**
 * End years from a "Beslutade insatser" table anywhere in the workbook (the one the tables
 * command inserts, or a hand-made one with the columns Insats and Slutår), so the forecast
 * stops an insats where the decision says. Only rows of the budget sheet whose end year is
 * the budget year or later matter to a forecast; the others have ended already.
 */
export function insatsEndYearsFromTables(snapshots: SheetSnapshot[], sheet: BudgetSheet): Record<string, number> {
  const labels = new Map(sheet.rows.map((r) => [key(r.label), r.label]));
  const found: Record<string, number> = {};
  for (const snapshot of snapshots) {
    snapshot.values.forEach((cells, r) => {
      const heads = cells.map((v) => cleanLabel(v).toLowerCase());
      const nameCol = heads.indexOf(NAME);
      const endCol = heads.indexOf(END);
      if (nameCol < 0 || endCol < 0) return;
      for (let i = r + 1; i < snapshot.values.length; i++) {
        const name = cleanLabel(snapshot.values[i][nameCol]);
        if (!name) break;
        const end = snapshot.values[i][endCol];
        const label = labels.get(key(name));
        if (label && typeof end === 'number' && Number.isInteger(end) && sheet.budgetYear !== null && end >= sheet.budgetYear) {
          found[label] = end;
        }
      }
    });
  }
  return found;
}

/** The configuration with the workbook's decided end years added; the configuration's own win. */
export function withInsatsEndYears(config: Config, snapshots: SheetSnapshot[], sheet: BudgetSheet): Config {
  const fromTables = insatsEndYearsFromTables(snapshots, sheet);
  return { ...config, forecast: { ...config.forecast, insatsEndYears: { ...fromTables, ...config.forecast.insatsEndYears } } };
}
