import { z } from 'zod';
import { equityCap, type Config } from './config';
import type { BudgetRow, BudgetSheet } from './model';
import { correctedValue } from './structure';

export const equityStatusSchema = z.enum(['ok', 'over-cap', 'below-floor']);

export const equityYearSchema = z.object({
  year: z.number().int(),
  opening: z.number().nullable(),
  contributions: z.number(),
  otherIncome: z.number(),
  incomeTotal: z.number(),
  costs: z.number(),
  closing: z.number(),
  cap: z.number(),
  floor: z.number(),
  status: equityStatusSchema,
});
export type EquityYear = z.infer<typeof equityYearSchema>;

function sumRows(rows: BudgetRow[], year: number): number {
  return rows.reduce((s, r) => s + (r.amounts.get(year)?.value ?? 0), 0);
}

/**
 * The value a total stands for in a year: what it shows, unless it does not add up that year while
 * it does in at least as many other years (one wrong cell: its rows are the better figure, and the
 * sum rule reports the cell). A total wrong in most years is taken as shown (the sum rule says so).
 * Where it is blank or broken, what its components add up to.
 */
export function totalValue(sheet: BudgetSheet, total: BudgetRow | undefined, year: number, tolerance = 1): number {
  if (!total) return 0;
  const shown = total.amounts.get(year)?.value;
  const corrected = correctedValue(sheet, total, year, tolerance);
  if (shown === null || shown === undefined) return corrected;
  if (Math.abs(shown - corrected) <= tolerance || total.uncertain) return shown;
  let agree = 0;
  let differ = 0;
  for (const y of sheet.years) {
    const v = total.amounts.get(y.year)?.value;
    if (v === null || v === undefined) continue;
    if (Math.abs(v - correctedValue(sheet, total, y.year, tolerance)) <= tolerance) agree++;
    else differ++;
  }
  return agree >= differ ? corrected : shown;
}

/**
 * Equity per year, in kronor (a sheet in tkr is scaled, so cap and floor compare in one unit).
 * 2026 style: the income total holds the opening equity, closing = income total − cost total.
 * Result style: closing = opening (Eget kapital vid årets början) + income total − cost total.
 */
export function computeEquity(sheet: BudgetSheet, config: Config): EquityYear[] {
  const incomeTotal = sheet.rows.filter((r) => r.role === 'income-total').pop();
  const costTotal = sheet.rows.filter((r) => r.role === 'cost-total').pop();
  const opening = sheet.rows.find((r) => r.role === 'opening-equity');
  const contributionRows = sheet.rows.filter((r) => r.role === 'contribution');
  const otherIncomeRows = sheet.rows.filter((r) => r.role === 'other-income');
  const scale = sheet.unit?.scale ?? 1;
  const tol = config.tolerance;
  const resultStyle = sheet.convention === 'result';
  let previousClosing: number | null = null;
  return sheet.years.map(({ year }) => {
    const contributions = sumRows(contributionRows, year) * scale;
    const income = totalValue(sheet, incomeTotal, year, tol) * scale;
    const costs = totalValue(sheet, costTotal, year, tol) * scale;
    const openingShown = opening?.amounts.get(year)?.value ?? null;
    const openingValue = openingShown === null ? null : openingShown * scale;
    // A blank opening equity in the result style continues from the year before.
    const start = resultStyle ? (openingValue ?? previousClosing ?? 0) : 0;
    const closing = start + income - costs;
    previousClosing = closing;
    const cap = equityCap(contributions, config);
    const floor = config.equity.floor;
    const status = closing > cap + tol * scale ? 'over-cap' : closing < floor - tol * scale ? 'below-floor' : 'ok';
    return {
      year,
      opening: openingValue,
      contributions,
      otherIncome: sumRows(otherIncomeRows, year) * scale,
      incomeTotal: income,
      costs,
      closing,
      cap,
      floor,
      status,
    };
  });
}
