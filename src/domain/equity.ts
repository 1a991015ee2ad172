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

/** The value a total shows; where it is blank or broken, what its components add up to. */
export function totalValue(sheet: BudgetSheet, total: BudgetRow | undefined, year: number, tolerance = 1): number {
  if (!total) return 0;
  const shown = total.amounts.get(year)?.value;
  if (shown !== null && shown !== undefined) return shown;
  return correctedValue(sheet, total, year, tolerance);
}

/**
 * Closing equity per year with every total as its own rows say (a total that does not add up
 * counts as its rows' sum): the carry-forward rule accepts this as well as the figures shown, so
 * one wrong total is reported at its cell and not again as a break in the equity chain.
 */
export function closingsByRows(sheet: BudgetSheet, config: Config): Map<number, number> {
  const incomeTotal = sheet.rows.filter((r) => r.role === 'income-total').pop();
  const costTotal = sheet.rows.filter((r) => r.role === 'cost-total').pop();
  const opening = sheet.rows.find((r) => r.role === 'opening-equity');
  const scale = sheet.unit?.scale ?? 1;
  const out = new Map<number, number>();
  let previous: number | null = null;
  for (const { year } of sheet.years) {
    const value = (row: BudgetRow | undefined) => (row ? correctedValue(sheet, row, year, config.tolerance) : 0);
    const shownOpening = opening?.amounts.get(year)?.value ?? null;
    const start: number = sheet.convention === 'result' ? (shownOpening !== null ? shownOpening * scale : previous ?? 0) : 0;
    const closing: number = start + (value(incomeTotal) - value(costTotal)) * scale;
    out.set(year, closing);
    previous = closing;
  }
  return out;
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
