import { chooseMethod } from '../forecast/choose-method';
import { lookup, normalise } from '../forecast/methods/announced';
import type { BudgetRow, BudgetSheet } from '../model';
import { TABLE_KRONOR } from './equity';
import { formula, value, type TableContext, type TableDefinition } from './types';

export const INSATS_HEADERS = { name: 'Insats', group: 'Målgrupp', start: 'Startår', end: 'Slutår' } as const;

/** Continuing development work in an insats section: structural collaboration, follow-up, consultants. */
const DEVELOPMENT = /samverkan|kompetens|uppföljning|utvärdering|konsult/i;

/**
 * The items the forecast treats as insatser, split in two: the insatser themselves (projects
 * with a start and an end, such as Jobbvägen or Ung Vux Gotland) and the continuing development
 * work of the same section, which is a cost of the association and no insats of its own.
 */
export function insatsSectionRows(sheet: BudgetSheet, ctx: Pick<TableContext, 'config'>): { insatser: BudgetRow[]; development: BudgetRow[] } {
  const rows = sheet.rows.filter((r) => r.role === 'item' && chooseMethod(r, normalise(r.label), ctx.config) === 'insats');
  return { insatser: rows.filter((r) => !DEVELOPMENT.test(r.label)), development: rows.filter((r) => DEVELOPMENT.test(r.label)) };
}

/**
 * The period an insats runs: from its first year with money to its last one, where the years
 * after are 0 or blank; no end year while it still has money in the last column.
 */
export function insatsPeriod(row: BudgetRow, sheet: BudgetSheet, configuredEnd?: number): { start: number | null; end: number | null } {
  const funded = sheet.years.filter((y) => (row.amounts.get(y.year)?.value ?? 0) > 0).map((y) => y.year);
  const start = funded.length ? funded[0] : null;
  const lastFunded = funded.length ? funded[funded.length - 1] : null;
  const lastYear = sheet.years[sheet.years.length - 1].year;
  const end = configuredEnd ?? (lastFunded !== null && lastFunded < lastYear ? lastFunded : null);
  return { start, end };
}

export const insatserTable: TableDefinition = {
  id: 'insatser',
  baseName: 'Insatser',
  title: () => 'Beslutade insatser',
  build(ctx) {
    const { sheet, config } = ctx;
    const rows = insatsSectionRows(sheet, ctx).insatser.map((row) => {
      const { start, end } = insatsPeriod(row, sheet, lookup(config.forecast.insatsEndYears, normalise(row.label)));
      return [
        value(row.label.replace(/\*$/, '').trim()),
        value(null),
        value(start),
        value(end),
        ...sheet.years.map((y) => formula((at) => `=${at.budget(row.row, y.col)}`, row.amounts.get(y.year)?.value ?? 0)),
      ];
    });
    return {
      headers: [INSATS_HEADERS.name, INSATS_HEADERS.group, INSATS_HEADERS.start, INSATS_HEADERS.end, ...sheet.years.map((y) => `${y.kind === 'prognosis' ? 'Prognos' : 'Budget'} ${y.year}`)],
      rows,
      formats: [undefined, undefined, '0', '0', ...sheet.years.map(() => TABLE_KRONOR)],
    };
  },
};
