import type { BudgetRow } from './model';

/**
 * Which rows each total must add up: a contribution subtotal the contributions above it, the
 * income total everything in the income block not already under a subtotal, a section subtotal
 * the items since the section began, the cost total the subtotals, the reserve and loose items.
 */
export function assignComponents(rows: BudgetRow[]): void {
  assignIncome(rows.filter((r) => r.block === 'income'));
  assignCost(rows.filter((r) => r.block === 'cost'));
}

function assignIncome(rows: BudgetRow[]): void {
  let pending: BudgetRow[] = [];
  let covered: BudgetRow[] = [];
  for (const row of rows) {
    if (row.role === 'contribution') pending.push(row);
    else if (row.role === 'contribution-subtotal') {
      row.components = pending.map((r) => r.row);
      covered.push(row);
      pending = [];
    } else if (row.role === 'other-income' || row.role === 'opening-equity') covered.push(row);
    else if (row.role === 'income-total') {
      row.components = [...pending, ...covered].sort((a, b) => a.row - b.row).map((r) => r.row);
      pending = [];
      covered = [];
    }
  }
}

function assignCost(rows: BudgetRow[]): void {
  let items: BudgetRow[] = [];
  let top: BudgetRow[] = [];
  // Subtotals of the current section that no other subtotal has taken in yet.
  let open: BudgetRow[] = [];
  for (const row of rows) {
    if (row.role === 'item') items.push(row);
    else if (row.role === 'section-header') {
      top.push(...items);
      items = [];
      open = [];
    } else if (row.role === 'subtotal') {
      // A subtotal right after other subtotals, with no rows of its own, adds them up
      // (Summa personal + Summa övrigt = Summa administration).
      const nested = items.length === 0 && open.length > 0;
      const parts = nested ? open : items;
      row.components = parts.map((r) => r.row);
      if (nested) top = top.filter((r) => !open.includes(r));
      top.push(row);
      open = nested ? [row] : [...open, row];
      items = [];
    } else if (row.role === 'reserve') top.push(row);
    else if (row.role === 'cost-total') {
      row.components = [...top, ...items].sort((a, b) => a.row - b.row).map((r) => r.row);
      top = [];
      items = [];
      open = [];
    }
  }
}
