import { defaultConfig, parseConfig, type ConfigInput } from '../../src/domain/config';
import type { BudgetSheet } from '../../src/domain/model';
import { parseBudgetSheet } from '../../src/domain/parse';
import { validate } from '../../src/domain/validate';
import { sheetOf, type TestCell } from '../helpers/sheet';

export { sheetOf, type TestCell };

export const configOf = (c: ConfigInput = {}) => (Object.keys(c).length ? parseConfig(c) : defaultConfig);

export function parsed(rows: TestCell[][], config: ConfigInput = {}): BudgetSheet {
  return parseBudgetSheet(sheetOf(rows), configOf(config));
}

/** Findings as "rule@cell", errors only unless asked. */
export function findings(rows: TestCell[][], config: ConfigInput = {}, severity: 'error' | 'warning' = 'error'): string[] {
  return validate(sheetOf(rows), configOf(config)).findings.filter((f) => f.severity === severity).map((f) => `${f.rule}@${f.cell}`);
}

export function equityOf(rows: TestCell[][], config: ConfigInput = {}) {
  return validate(sheetOf(rows), configOf(config)).equity;
}

/** The label → rows-it-covers (sheet row numbers) and how it was decided, for every total. */
export function totalsOf(sheet: BudgetSheet): Record<string, { covers: number[]; by: string; uncertain?: boolean }> {
  const out: Record<string, { covers: number[]; by: string; uncertain?: boolean }> = {};
  for (const r of sheet.rows) {
    if (!r.components) continue;
    out[r.label] = { covers: r.components.map((c) => c + 1), by: r.decidedBy ?? '', ...(r.uncertain ? { uncertain: true } : {}) };
  }
  return out;
}
