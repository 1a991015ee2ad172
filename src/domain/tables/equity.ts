import { KRONOR_FORMAT } from '../format';
import type { BudgetRow } from '../model';
import { capExpression, plusChain, STATUS_TEXT } from './refs';
import { formula, value, type TableDefinition } from './types';

const TABLE_KRONOR = '#,##0 "kr"';

/** Equity per year, by formulas into the budget sheet: what the equity command prints. */
export const equityTable: TableDefinition = {
  id: 'equity',
  baseName: 'EgetKapital',
  title: () => 'Eget kapital',
  build({ sheet, equity, config }) {
    const role = (r: BudgetRow['role']) => sheet.rows.filter((x) => x.role === r);
    const opening = role('opening-equity')[0];
    const income = role('income-total').pop();
    const cost = role('cost-total').pop();
    const tol = config.tolerance;
    // A sheet in tkr: the table is in kronor, as cap and floor are.
    const scale = sheet.unit?.scale ?? 1;
    const kr = (expr: string) => (scale === 1 ? `=${expr}` : `=(${expr})*${scale}`);
    // Result style: the closing equity starts from the opening (Eget kapital vid årets början).
    const start = (at: Parameters<typeof plusChain>[0], col: number) => (sheet.convention === 'result' && opening ? `${at.budget(opening.row, col)}+` : '');
    const rows = sheet.years.map((y, i) => {
      const e = equity[i];
      return [
        value(y.year),
        opening ? formula((at) => kr(at.budget(opening.row, y.col)), e.opening) : value(null),
        formula((at) => kr(plusChain(at, role('contribution'), y.col)), e.contributions),
        formula((at) => kr(plusChain(at, role('other-income'), y.col)), e.otherIncome),
        formula((at) => kr(`${cost ? at.budget(cost.row, y.col) : 0}`), e.costs),
        formula((at) => kr(`${start(at, y.col)}${income ? at.budget(income.row, y.col) : 0}-${cost ? at.budget(cost.row, y.col) : 0}`), e.closing),
        formula((at) => `=${capExpression(at.self(i, 2), config)}`, e.cap),
        value(e.floor),
        formula(
          (at) => `=IF(${at.self(i, 5)}>${at.self(i, 6)}+${tol},"${STATUS_TEXT['over-cap']}",IF(${at.self(i, 5)}<${at.self(i, 7)}-${tol},"${STATUS_TEXT['below-floor']}","${STATUS_TEXT.ok}"))`,
          STATUS_TEXT[e.status],
        ),
      ];
    });
    return {
      headers: ['År', 'Ingående eget kapital', 'Medlemsbidrag', 'Övriga intäkter', 'Kostnader', 'Utgående eget kapital', 'Tak', 'Golv', 'Status'],
      rows,
      formats: ['0', TABLE_KRONOR, TABLE_KRONOR, TABLE_KRONOR, TABLE_KRONOR, TABLE_KRONOR, TABLE_KRONOR, TABLE_KRONOR, undefined],
    };
  },
};

export { TABLE_KRONOR, KRONOR_FORMAT };
