import type { CellValue, SheetSnapshot } from '../../src/domain/snapshot';
import { defaultConfig, parseConfig, type ConfigInput } from '../../src/domain/config';
import { validate } from '../../src/domain/validate';
import { rules } from '../../src/domain/rules';

/**
 * A snapshot from rows written as in the sheet. A string starting with "=" is a formula; give
 * its shown value as `{ f: '=SUM(B2:B3)', v: 100 }` when the test needs both.
 */
export type TestCell = CellValue | undefined | { f: string; v: CellValue };

export function sheetOf(rows: TestCell[][], options: { name?: string; topLeft?: string } = {}): SheetSnapshot {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (const row of rows) {
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell && typeof cell === 'object') {
        v.push(cell.v);
        f.push(cell.f);
      } else {
        v.push(cell === undefined ? null : cell);
        f.push(null);
      }
    }
    values.push(v);
    formulas.push(f);
    numberFormats.push(v.map(() => 'General'));
  }
  return { sheetName: options.name ?? 'Budget', topLeft: options.topLeft ?? 'A1', values, formulas, numberFormats };
}

/** The findings of one rule on a sheet. */
export function findingsOf(ruleId: string, snapshot: SheetSnapshot, config: ConfigInput = {}) {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const parsed = Object.keys(config).length ? parseConfig(config) : defaultConfig;
  return validate(snapshot, parsed, [rule]).findings;
}

/** A small, correct budget table: every total a formula, state and region equal, equity carried. */
export function validBudgetRows(): TestCell[][] {
  return [
    ['Intäkter', 'Budget 2026', 'Prognos 2027'],
    ['Försäkringskassan', 1000, 1000],
    ['Region Gotland', 1000, 1000],
    ['Summa samverkansmedel', { f: '=SUM(B2:B3)', v: 2000 }, { f: '=SUM(C2:C3)', v: 2000 }],
    ['Ränteintäkter', 10, 10],
    ['Eget kapital', 500, 910],
    ['TOTALT', { f: '=SUM(B4:B6)', v: 2510 }, { f: '=SUM(C4:C6)', v: 2920 }],
    [],
    ['Kostnader', 'Budget 2026', 'Prognos 2027'],
    ['Administration'],
    ['Lön', 1000, 1000],
    ['Lokal', 100, 100],
    ['Summa administration', { f: '=SUM(B11:B12)', v: 1100 }, { f: '=SUM(C11:C12)', v: 1100 }],
    ['Reserv eget kapital', 500, 500],
    ['SUMMA KOSTNADER', { f: '=SUM(B13:B14)', v: 1600 }, { f: '=SUM(C13:C14)', v: 1600 }],
  ];
}
