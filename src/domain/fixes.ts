import type { Config } from './config';
import type { CellEdit } from './edits';
import type { Finding } from './findings';
import { totalFormula } from './formulas';
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
    // No fix on a guess: a total whose rows the tool could not tell is left to the user.
    if (!total?.components?.length || total.uncertain) return null;
    const amount = (r: number) => sheet.byRow.get(r)!.amounts.get(finding.year ?? -1)?.value ?? 0;
    const value = total.components.reduce((s, r) => s + amount(r), 0) - (total.minus ?? []).reduce((s, r) => s + amount(r), 0);
    return { cell: finding.cell, formula: totalFormula(snapshot, total.components, total.minus, col), value, reason: `${total.label}: summaformel i stället för inskrivet tal` };
  }
  return null;
}
