import { applyPlanToSnapshot } from '../../src/domain/apply';
import { defaultConfig } from '../../src/domain/config';
import { planOf, remediesFor } from '../../src/domain/fixes';
import { describeRemedy } from '../../src/domain/remedy-text';
import { validate } from '../../src/domain/validate';
import { sheetOf, validBudgetRows, type TestCell } from '../helpers/sheet';

/** The valid budget with some cells replaced, by A1 address (column B and C only). */
function withCells(cells: Record<string, TestCell>) {
  const rows = validBudgetRows();
  for (const [cell, v] of Object.entries(cells)) {
    const row = Number(cell.slice(1)) - 1;
    const col = cell.charCodeAt(0) - 65;
    rows[row][col] = v;
  }
  return sheetOf(rows);
}

function remedies(cells: Record<string, TestCell>) {
  const snapshot = withCells(cells);
  const { findings } = validate(snapshot, defaultConfig);
  const map = remediesFor(findings, snapshot, defaultConfig);
  return { snapshot, findings, map, at: (rule: string, cell: string) => map.get(findings.find((f) => f.rule === rule && f.cell === cell)!) };
}

describe('fix or suggestion', () => {
  it('a typed total equal to its rows is a fix: the formula gives the same value', () => {
    const { at } = remedies({ B13: 1100 });
    expect(at('hardcoded-total', 'B13')).toMatchObject({ kind: 'fix', before: 1100, after: 1100, formula: '=SUM(B11:B12)', edit: { cell: 'B13', formula: '=SUM(B11:B12)', value: 1100 } });
  });

  it('within the tolerance (1 kr) it is still a fix; 2 kr off it is a suggestion', () => {
    expect(remedies({ B13: 1101 }).at('hardcoded-total', 'B13')!.kind).toBe('fix');
    expect(remedies({ B13: 1102 }).at('hardcoded-total', 'B13')!.kind).toBe('suggestion');
  });

  it('a typed total that differs is a suggestion with both numbers and the closing equity change of its year', () => {
    // SUMMA KOSTNADER 2026 typed as 1 000 instead of 1 600: the formula raises costs by 600, equity falls by 600.
    const { at } = remedies({ B15: 1000 });
    const s = at('hardcoded-total', 'B15')!;
    expect(s).toMatchObject({ kind: 'suggestion', before: 1000, after: 1600, equity: { year: 2026, change: -600 } });
    expect(describeRemedy(s, 'sv').replace(/\u00a0/g, ' ')).toBe('Ersätt 1 000 kr med =SUMMA(B13:B14) = 1 600 kr; eget kapital 2026 ändras med −600 kr');
    expect(describeRemedy(s, 'en').replace(/\u00a0/g, ' ')).toBe('Replace 1 000 kr with =SUM(B13:B14) = 1 600 kr; equity 2026 changes by −600 kr');
  });

  it('a changed subtotal reaches equity through the formula total above it', () => {
    // Summa administration typed 900 (rows 1 100) under a formula SUMMA KOSTNADER: costs rise by 200.
    const { at } = remedies({ B13: 900, B15: { f: '=SUM(B13:B14)', v: 1400 } });
    expect(at('hardcoded-total', 'B13')).toMatchObject({ kind: 'suggestion', after: 1100, equity: { year: 2026, change: -200 } });
  });

  it('text that reads as a number is a fix when no formula counts the cell, a suggestion when one does', () => {
    expect(remedies({ B11: '1 000 kr', B13: 1100 }).at('text-number', 'B11')).toMatchObject({ kind: 'fix', before: '1 000 kr', after: 1000 });
    // =SUM(B11:B12) skips the text today; as a number it would count, and the total would change.
    const counted = remedies({ B11: '1 000 kr', B13: { f: '=SUM(B11:B12)', v: 100 } }).at('text-number', 'B11')!;
    expect(counted).toMatchObject({ kind: 'suggestion', countedByFormula: true });
    expect(describeRemedy(counted, 'sv')).toMatch(/formler som räknar med cellen får ett annat värde/);
  });

  it('offers nothing for a typed total whose rows show an error value (the formula would show it too)', () => {
    const { findings, map } = remedies({ B11: '#REF!', B13: 1100 });
    expect(findings.some((f) => f.rule === 'hardcoded-total' && f.cell === 'B13')).toBe(true);
    expect([...map.values()]).toEqual([]);
  });

  it('applying every fix of a sheet changes no value anywhere (the sample-like case with nested typed totals)', () => {
    const typed: Record<string, TestCell> = { B4: 2000, C4: 2000, B7: 2510, C7: 2920, B13: 1100, C13: 1100, B15: 1600, C15: 1600 };
    const { snapshot, map } = remedies(typed);
    const fixes = [...map.values()].filter((r) => r.kind === 'fix');
    expect(fixes).toHaveLength(8);
    const after = applyPlanToSnapshot(snapshot, planOf('Budget', fixes)[0]);
    expect(after.values).toEqual(snapshot.values);
    expect(validate(after, defaultConfig).findings.filter((f) => f.rule === 'hardcoded-total')).toEqual([]);
  });
});
