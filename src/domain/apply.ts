import type { SheetPlan } from './edits';
import { parseA1, type CellValue, type SheetSnapshot } from './snapshot';

/**
 * The snapshot as it will read after a plan is applied: the same edit the hosts make, done on
 * the arrays, so the engine can check its own output (equity after a forecast, say).
 */
export function applyPlanToSnapshot(snapshot: SheetSnapshot, plan: SheetPlan): SheetSnapshot {
  const origin = parseA1(snapshot.topLeft);
  const values = snapshot.values.map((r) => [...r]);
  const formulas = snapshot.formulas.map((r) => [...r]);
  const numberFormats = snapshot.numberFormats.map((r) => [...r]);
  const ensure = (row: number, col: number) => {
    while (values.length <= row) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
    }
    for (const grid of [values, formulas] as (CellValue | string | null)[][][]) {
      const line = grid[row];
      while (line.length <= col) line.push(null);
    }
    while (numberFormats[row].length <= col) numberFormats[row].push('General');
  };
  for (const edit of plan.edits) {
    const pos = parseA1(edit.cell);
    const row = pos.row - origin.row;
    const col = pos.col - origin.col;
    if (row < 0 || col < 0) continue;
    ensure(row, col);
    if (edit.formula !== undefined) formulas[row][col] = edit.formula;
    else if (edit.value !== undefined) formulas[row][col] = null;
    if (edit.value !== undefined) values[row][col] = edit.value;
    if (edit.numberFormat !== undefined) numberFormats[row][col] = edit.numberFormat;
  }
  const width = values.reduce((m, r) => Math.max(m, r.length), 0);
  for (let r = 0; r < values.length; r++) ensure(r, width - 1);
  return { ...snapshot, values, formulas, numberFormats };
}
