import { z } from 'zod';
import { equityCap, type Config } from './config';
import type { BudgetRow, BudgetSheet } from './model';

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
export function totalValue(sheet: BudgetSheet, total: BudgetRow | undefined, year: number): number {
  if (!total) return 0;
  const shown = total.amounts.get(year)?.value;
  if (shown !== null && shown !== undefined) return shown;
  return (total.components ?? []).reduce((s, r) => s + totalValue(sheet, sheet.byRow.get(r), year), 0);
}

/**
 * Equity per year. The income total already holds the opening equity, so closing equity is
 * income total minus cost total, both as the sheet shows them (the sum rules judge the totals).
 */
export function computeEquity(sheet: BudgetSheet, config: Config): EquityYear[] {
  const incomeTotal = sheet.rows.find((r) => r.role === 'income-total');
  const costTotal = sheet.rows.find((r) => r.role === 'cost-total');
  const opening = sheet.rows.find((r) => r.role === 'opening-equity');
  const contributionRows = sheet.rows.filter((r) => r.role === 'contribution');
  const otherIncomeRows = sheet.rows.filter((r) => r.role === 'other-income');
  return sheet.years.map(({ year }) => {
    const contributions = sumRows(contributionRows, year);
    const income = totalValue(sheet, incomeTotal, year);
    const costs = totalValue(sheet, costTotal, year);
    const closing = income - costs;
    const cap = equityCap(contributions, config);
    const floor = config.equity.floor;
    const status = closing > cap + config.tolerance ? 'over-cap' : closing < floor - config.tolerance ? 'below-floor' : 'ok';
    return {
      year,
      opening: opening?.amounts.get(year)?.value ?? null,
      contributions,
      otherIncome: sumRows(otherIncomeRows, year),
      incomeTotal: income,
      costs,
      closing,
      cap,
      floor,
      status,
    };
  });
}
