import type { Config } from '../config';
import type { EditPlan, SheetPlan } from '../edits';
import { computeEquity } from '../equity';
import { uniqueSheetName } from '../forecast/assumptions';
import { parseBudgetSheet } from '../parse';
import { budgetPageSetup, pageSetupFor, planWidths, snapshotWidths, type PageSetup } from '../print';
import type { BudgetSheet } from '../model';
import { parseA1, type SheetSnapshot } from '../snapshot';
import { budgetTable } from './budget';
import { equityTable } from './equity';
import { financialGoalsTable } from './financial-goals';
import { goalsTable } from './goals';
import { insatserTable } from './insatser';
import { areaIsEmpty, emptyPlan, footprint, rowBelowUsed, safeSheetName, tableEdits, TableError, uniqueTableName } from './place';
import { tableIds, type TableDefinition, type TableId } from './types';

export { tableIds, TableError };
export type { TableId };

/** Every standard table, in the order of the plan. */
export const tableDefinitions: Record<TableId, TableDefinition> = {
  budget: budgetTable,
  equity: equityTable,
  'financial-goals': financialGoalsTable,
  goals: goalsTable,
  insatser: insatserTable,
};

export type TablePlacement = { mode: 'new-sheet' } | { mode: 'at'; sheet: string; cell: string } | { mode: 'below' };

export interface WorkbookFacts {
  sheetNames: string[];
  tableNames: string[];
  /** Snapshots of the sheets that may receive a table (the budget sheet, the selection's sheet). */
  sheets: SheetSnapshot[];
}

export interface InsertedTable {
  id: TableId;
  name: string;
  sheet: string;
  range: string;
  title: string;
  /** The name the table would have had, when the workbook already has a table by that name. */
  renamedFrom?: string;
  /** The sheet name the table would have had, when the workbook already has a sheet by that name. */
  sheetRenamedFrom?: string;
}

export interface TablesOptions {
  only?: TableId[];
  year?: number;
  placement?: TablePlacement;
  workbook: WorkbookFacts;
  /** The sheet parsed already, to save parsing it again. */
  sheet?: BudgetSheet;
}

/**
 * Places the chosen tables: each on a sheet of its own (default), below the budget sheet's
 * last used row, or at a cell. A table never lands on a non-empty cell; names never repeat.
 */
export function buildTables(snapshot: SheetSnapshot, config: Config, options: TablesOptions): { tables: InsertedTable[]; plan: EditPlan } {
  const sheet = options.sheet ?? parseBudgetSheet(snapshot, config);
  const year = options.year ?? sheet.budgetYear ?? sheet.years[sheet.years.length - 1].year;
  const ctx = { snapshot, sheet, equity: computeEquity(sheet, config), config, year };
  const placement = options.placement ?? { mode: 'new-sheet' };
  const takenTables = new Set(options.workbook.tableNames.map((n) => n.toLowerCase()));
  const sheetNames = [...options.workbook.sheetNames];
  const plans = new Map<string, SheetPlan>();
  const tables: InsertedTable[] = [];
  const origin = parseA1(snapshot.topLeft);
  let cursor = placementStart(placement, snapshot, options.workbook);
  for (const id of [...new Set(options.only ?? tableIds)]) {
    const def = tableDefinitions[id];
    const content = def.build(ctx);
    const title = def.title(ctx);
    let target: { sheet: string; top: number; left: number; create: boolean };
    let sheetRenamedFrom: string | undefined;
    if (placement.mode === 'new-sheet') {
      const wanted = safeSheetName(title);
      const name = uniqueSheetName(wanted, sheetNames);
      if (name !== wanted) sheetRenamedFrom = wanted;
      sheetNames.push(name);
      target = { sheet: name, top: 0, left: 0, create: true };
    } else {
      target = { sheet: cursor.sheet, top: cursor.top, left: cursor.left, create: false };
      const size = footprint(content);
      const existing =
        options.workbook.sheets.find((s) => s.sheetName === cursor.sheet) ?? (cursor.sheet === snapshot.sheetName ? snapshot : undefined);
      if (!existing) {
        // Without the sheet's contents we cannot tell that the cells are empty: refuse.
        throw new TableError(`bladet "${cursor.sheet}" kunde inte läsas, så tabellen "${title}" placeras inte där; välj ett nytt blad`);
      }
      if (!areaIsEmpty(existing, target.top, target.left, size)) {
        throw new TableError(`tabellen "${title}" får inte plats vid ${cursor.sheet}!${cursor.cell}: cellerna där är inte tomma; välj en tom cell eller ett nytt blad`);
      }
      cursor = { ...cursor, top: cursor.top + size.rows + 2 };
    }
    const name = uniqueTableName(def.baseName, takenTables);
    const placed = tableEdits(content, title, target.top, target.left, snapshot.sheetName, origin);
    const plan = plans.get(target.sheet) ?? emptyPlan(target.sheet, target.create);
    // concat, not push(...): a large table has more cells than a call may take arguments.
    plan.edits = plan.edits.concat(placed.edits);
    plan.tables.push({ name, range: placed.range, style: 'TableStyleMedium2' });
    for (const [c, w] of Object.entries(placed.widths)) plan.columnWidths[c] = Math.max(plan.columnWidths[c] ?? 0, w);
    plans.set(target.sheet, plan);
    tables.push({
      id, name, sheet: target.sheet, range: placed.range, title,
      ...(name !== def.baseName ? { renamedFrom: def.baseName } : {}),
      ...(sheetRenamedFrom ? { sheetRenamedFrom } : {}),
    });
  }
  const plan = [...plans.values()].map((p) => ({ ...p, pageSetup: tablesPageSetup(p, snapshot, sheet, options.workbook) }));
  return { tables, plan };
}

/**
 * How a sheet with tables prints: the budget sheet (tables below it) keeps its header row on
 * every page; a sheet of its own repeats its first table's header row.
 */
function tablesPageSetup(plan: SheetPlan, budget: SheetSnapshot, sheet: BudgetSheet, workbook: WorkbookFacts): PageSetup {
  const corners = plan.tables.flatMap((t) => t.range.split(':'));
  if (!plan.create && plan.sheet === budget.sheetName) return budgetPageSetup(budget, sheet, 0, plan.columnWidths, corners);
  const existing = plan.create ? undefined : workbook.sheets.find((s) => s.sheetName === plan.sheet);
  const headerRow = plan.tables.length ? parseA1(plan.tables[0].range.split(':')[0]).row + 1 : undefined;
  return pageSetupFor(planWidths(plan.columnWidths, corners, existing ? snapshotWidths(existing) : []), headerRow);
}

function placementStart(placement: TablePlacement, budget: SheetSnapshot, workbook: WorkbookFacts): { sheet: string; top: number; left: number; cell: string } {
  if (placement.mode === 'at') {
    if (!workbook.sheetNames.includes(placement.sheet)) throw new TableError(`bladet "${placement.sheet}" finns inte`);
    const pos = parseA1(placement.cell);
    return { sheet: placement.sheet, top: pos.row, left: pos.col, cell: placement.cell };
  }
  const top = rowBelowUsed(budget);
  const left = parseA1(budget.topLeft).col;
  return { sheet: budget.sheetName, top, left, cell: `rad ${top + 1}` };
}
