import type { BudgetRow } from '../model';
import { TABLE_KRONOR } from './equity';
import { insatsSectionRows } from './insatser';
import { formula, value, type TableCell, type TableContext, type TableDefinition } from './types';

type Line =
  | { kind: 'input'; label: string }
  | { kind: 'heading'; label: string }
  | { kind: 'blank' }
  | { kind: 'years'; label: string }
  | { kind: 'sum'; label: string; of: number[] }
  | { kind: 'equity' };

/** Labels from the budget sheet where it has them, the reference layout's otherwise. */
function layout(ctx: TableContext): Line[] {
  const { sheet } = ctx;
  const labels = (role: BudgetRow['role']) => sheet.rows.filter((r) => r.role === role).map((r) => r.label);
  const contributions = labels('contribution');
  const other = labels('other-income');
  const split = insatsSectionRows(sheet, ctx);
  const labelOf = (r: BudgetRow) => r.label.replace(/\*$/, '').trim();
  const development = split.development.map(labelOf);
  const projects = split.insatser.map(labelOf);
  const lines: Line[] = [];
  const add = (line: Line) => lines.push(line) - 1;
  const inputs = (list: string[]) => list.map((label) => add({ kind: 'input', label }));
  const members = inputs(contributions.length ? contributions : ['Försäkringskassan', 'Region', 'Kommunerna']);
  const subtotal = add({ kind: 'sum', label: 'Summa samverkansmedel', of: members });
  const others = inputs(other.length ? other : ['Ränteintäkter']);
  const equity = add({ kind: 'equity' });
  add({ kind: 'sum', label: 'TOTALT', of: [subtotal, ...others, equity] });
  add({ kind: 'blank' });
  add({ kind: 'years', label: 'Kostnader' });
  const section = (heading: string, items: string[], total: string) => {
    add({ kind: 'heading', label: heading });
    return add({ kind: 'sum', label: total, of: inputs(items) });
  };
  const admin = section('Administration', ['Personalkostnader', 'Lokalkostnader', 'Övriga administrativa kostnader'], 'Summa administration');
  const dev = section('Utvecklingsinsatser', development.length ? development : ['Strukturell samverkan & kompetensutveckling', 'Uppföljning & utvärdering'], 'TOTALT Utvecklingsinsatser');
  const proj = section('Insatser', projects.length ? projects : ['Ny insats'], 'Summa insatser');
  const reserve = inputs(['Reserv eget kapital'])[0];
  add({ kind: 'sum', label: 'SUMMA KOSTNADER', of: [admin, dev, proj, reserve] });
  return lines;
}

/**
 * A new budget plan in the reference layout of the 2026 plan (section 4), for the year before
 * the budget year through budget year + 3: every total and the equity carry-forward are
 * formulas, the item rows are empty for the user to type into.
 */
export const budgetTable: TableDefinition = {
  id: 'budget',
  baseName: 'Budgetplan',
  title: ({ year }) => `Budgetplan ${year}`,
  build(ctx) {
    const years = [ctx.year - 1, ctx.year, ctx.year + 1, ctx.year + 2, ctx.year + 3];
    const heads = years.map((y) => (y <= ctx.year ? `Budget ${y}` : `Prognos ${y}`));
    const lines = layout(ctx);
    const costTotal = lines.length - 1;
    const incomeTotal = lines.findIndex((l) => l.kind === 'sum' && l.label === 'TOTALT');
    const rows = lines.map((line): TableCell[] => {
      switch (line.kind) {
        case 'blank':
          return [value(null), ...years.map(() => value(null))];
        case 'heading':
        case 'input':
          return [value(line.label), ...years.map(() => value(null))];
        case 'years':
          return [value(line.label), ...heads.map((h) => value(h))];
        case 'sum':
          return [value(line.label), ...years.map((_, c) => formula((at) => `=SUM(${line.of.map((r) => at.self(r, c + 1)).join(',')})`, 0))];
        case 'equity':
          return [
            value('Eget kapital'),
            value(null),
            ...years.slice(1).map((_, i) => formula((at) => `=${at.self(incomeTotal, i + 1)}-${at.self(costTotal, i + 1)}`, 0)),
          ];
      }
    });
    const boldRows = lines.flatMap((l, i) => (l.kind === 'sum' || l.kind === 'heading' || l.kind === 'years' ? [i] : []));
    return { headers: ['Intäkter', ...heads], rows, formats: [undefined, ...years.map(() => TABLE_KRONOR)], boldRows };
  },
};
