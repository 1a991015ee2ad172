/**
 * What changed between last year's plan and this year's: rows paired by label (and by structure
 * where a label changed; see compare-match.ts), years paired by year. For every paired row and
 * every year both plans have, the old and the new amount and the difference; the rows that are
 * new and those removed; the totals and the closing equity that moved. Sorted by the size of
 * the change, largest first. Pure: the command line (and a pane view) print it.
 */
import { z } from 'zod';
import type { EquityYear } from './equity';
import { matchRows, movedPairs, type RowPair } from './compare-match';
import { TOTAL_ROLES, type BudgetRow, type BudgetSheet } from './model';
import { snapshotA1, type SheetSnapshot } from './snapshot';

export const compareYearSchema = z.object({ year: z.number().int(), old: z.number().nullable(), new: z.number().nullable(), diff: z.number().nullable() });

export const rowChangeSchema = z.object({
  /** This year's label; last year's for a removed row. */
  label: z.string(),
  /** Last year's label, where it differs from this year's. */
  oldLabel: z.string().optional(),
  block: z.enum(['income', 'cost']),
  role: z.string(),
  status: z.enum(['changed', 'unchanged', 'new', 'removed']),
  /** How the rows were paired: the same label (normalised), a similar label, or the structure and an amount. */
  match: z.enum(['label', 'similar-label', 'structure']).optional(),
  moved: z.boolean(),
  /** The label's cell in last year's and this year's sheet. */
  oldCell: z.string().optional(),
  newCell: z.string().optional(),
  /** Paired rows: every common year. New or removed rows: their own years, the other side null. */
  years: z.array(compareYearSchema),
  /** The largest difference in kronor (for a new or removed row, its largest amount), for sorting. */
  change: z.number(),
});
export type RowChange = z.infer<typeof rowChangeSchema>;

export const equityChangeSchema = z.object({
  year: z.number().int(),
  old: z.number(),
  new: z.number(),
  diff: z.number(),
  oldStatus: z.string(),
  newStatus: z.string(),
});

const planSideSchema = z.object({ sheet: z.string(), budgetYear: z.number().int().nullable(), years: z.array(z.number().int()) });

export const comparisonSchema = z.object({
  old: planSideSchema,
  new: planSideSchema,
  years: z.object({ common: z.array(z.number().int()), added: z.array(z.number().int()), removed: z.array(z.number().int()) }),
  /** Rows other than totals: changed first (largest change first), then unchanged; new and removed ones too. */
  rows: z.array(rowChangeSchema),
  /** Subtotals and totals, the same way. */
  totals: z.array(rowChangeSchema),
  /** Closing equity of the common years that moved, largest first. */
  equity: z.array(equityChangeSchema),
  summary: z.object({
    paired: z.number().int(), changed: z.number().int(), renamed: z.number().int(), moved: z.number().int(),
    new: z.number().int(), removed: z.number().int(),
  }),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export interface PlanForCompare {
  snapshot: SheetSnapshot;
  sheet: BudgetSheet;
  equity: EquityYear[];
}

const valueOf = (row: BudgetRow, year: number): number | null => row.amounts.get(year)?.value ?? null;
const cellOf = (plan: PlanForCompare, row: BudgetRow) => snapshotA1(plan.snapshot, row.row, plan.sheet.labelCol);
/** Differences under half a krona are rounding, not change. */
const differs = (a: number | null, b: number | null) => (a === null || b === null ? a !== b : Math.abs(a - b) >= 0.5);

function pairedChange(pair: RowPair, moved: boolean, common: number[], before: PlanForCompare, after: PlanForCompare): RowChange {
  const years = common.map((year) => {
    const o = valueOf(pair.old, year);
    const n = valueOf(pair.new, year);
    return { year, old: o, new: n, diff: o === null || n === null ? null : n - o };
  });
  const renamed = pair.old.label.trim() !== pair.new.label.trim();
  return {
    label: pair.new.label,
    ...(renamed ? { oldLabel: pair.old.label } : {}),
    block: pair.new.block,
    role: pair.new.role,
    status: years.some((y) => differs(y.old, y.new)) ? 'changed' : 'unchanged',
    match: pair.match,
    moved,
    oldCell: cellOf(before, pair.old),
    newCell: cellOf(after, pair.new),
    years,
    change: Math.max(0, ...years.map((y) => Math.abs(y.diff ?? (y.old ?? y.new ?? 0)) * (differs(y.old, y.new) ? 1 : 0))),
  };
}

function loneChange(row: BudgetRow, side: 'old' | 'new', plan: PlanForCompare): RowChange {
  const years = plan.sheet.years.map(({ year }) => {
    const v = valueOf(row, year);
    return { year, old: side === 'old' ? v : null, new: side === 'new' ? v : null, diff: null };
  });
  return {
    label: row.label,
    block: row.block,
    role: row.role,
    status: side === 'old' ? 'removed' : 'new',
    moved: false,
    ...(side === 'old' ? { oldCell: cellOf(plan, row) } : { newCell: cellOf(plan, row) }),
    years,
    change: Math.max(0, ...years.map((y) => Math.abs(y.old ?? y.new ?? 0))),
  };
}

/** Changed (and new and removed) before unchanged, then by the size of the change (a stable sort keeps the plan's order among equals). */
function bySize(a: RowChange, b: RowChange): number {
  const rank = (r: RowChange) => (r.status === 'unchanged' ? 1 : 0);
  return rank(a) - rank(b) || b.change - a.change;
}

export function comparePlans(before: PlanForCompare, after: PlanForCompare): Comparison {
  const oldYears = before.sheet.years.map((y) => y.year);
  const newYears = after.sheet.years.map((y) => y.year);
  const common = oldYears.filter((y) => newYears.includes(y));
  const { pairs, added, removed } = matchRows(before.sheet, after.sheet);
  const moved = movedPairs(pairs);
  const changes = [
    ...pairs.map((p) => pairedChange(p, moved.has(p), common, before, after)),
    ...added.map((r) => loneChange(r, 'new', after)),
    ...removed.map((r) => loneChange(r, 'old', before)),
  ];
  const isTotalChange = (c: RowChange) => (TOTAL_ROLES as string[]).includes(c.role);
  const rows = changes.filter((c) => !isTotalChange(c)).sort(bySize);
  const totals = changes.filter(isTotalChange).sort(bySize);
  const equity = common
    .flatMap((year) => {
      const o = before.equity.find((e) => e.year === year);
      const n = after.equity.find((e) => e.year === year);
      if (!o || !n || !differs(o.closing, n.closing)) return [];
      return [{ year, old: o.closing, new: n.closing, diff: n.closing - o.closing, oldStatus: o.status, newStatus: n.status }];
    })
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff));
  const side = (p: PlanForCompare, years: number[]) => ({ sheet: p.sheet.sheetName, budgetYear: p.sheet.budgetYear, years });
  return {
    old: side(before, oldYears),
    new: side(after, newYears),
    years: { common, added: newYears.filter((y) => !oldYears.includes(y)), removed: oldYears.filter((y) => !newYears.includes(y)) },
    rows,
    totals,
    equity,
    summary: {
      paired: pairs.length,
      changed: changes.filter((c) => c.status === 'changed').length,
      renamed: changes.filter((c) => c.oldLabel !== undefined).length,
      moved: moved.size,
      new: added.length,
      removed: removed.length,
    },
  };
}
