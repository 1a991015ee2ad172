import type { Config } from './config';
import type { CellEdit } from './edits';
import type { Finding } from './findings';
import { sumFormula } from './formulas';
import { parseBudgetSheet } from './parse';
import { parseA1, type SheetSnapshot } from './snapshot';
import { readAmount } from './amount';

/**
 * The safe fix for a finding, or null: a number stored as text becomes that number; a typed
 * total becomes a SUM over its rows. Checked against the current snapshot, so a stale finding
 * (the cell changed since) gets no fix.
 */
export function fixFor(finding: Finding, snapshot: SheetSnapshot, config: Config): CellEdit | null {
  if (finding.sheet !== snapshot.sheetName) return null;
  const origin = parseA1(snapshot.topLeft);
  const pos = parseA1(finding.cell);
  const row = pos.row - origin.row;
  const col = pos.col - origin.col;
  const raw = snapshot.values[row]?.[col] ?? null;
  if (finding.rule === 'text-number') {
    const amount = readAmount(raw);
    if (amount.kind !== 'text-number' || snapshot.formulas[row]?.[col]) return null;
    return { cell: finding.cell, value: amount.value!, reason: `talet "${String(raw)}" lagrat som tal` };
  }
  if (finding.rule === 'hardcoded-total') {
    if (snapshot.formulas[row]?.[col]) return null;
    const sheet = parseBudgetSheet(snapshot, config);
    const total = sheet.byRow.get(row);
    if (!total?.components?.length) return null;
    const value = total.components.reduce((s, r) => s + (sheet.byRow.get(r)!.amounts.get(finding.year ?? -1)?.value ?? 0), 0);
    return { cell: finding.cell, formula: sumFormula(snapshot, total.components, col), value, reason: `${total.label}: summaformel i stället för inskrivet tal` };
  }
  return null;
}
