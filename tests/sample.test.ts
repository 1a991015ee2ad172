import path from 'node:path';
import { chooseBudgetSheet } from '../src/domain/choose';
import { defaultConfig } from '../src/domain/config';
import { validate } from '../src/domain/validate';
import { loadWorkbookFile } from '../src/workbook/load';
import { snapshotsOf } from '../src/workbook/snapshot';

const SAMPLE = path.join(__dirname, '..', 'examples', 'budgetplan-2026.xlsx');

describe('the 2026 plan as printed', () => {
  let result: ReturnType<typeof validate>;
  beforeAll(async () => {
    const { snapshot } = chooseBudgetSheet(snapshotsOf(await loadWorkbookFile(SAMPLE)), defaultConfig);
    result = validate(snapshot, defaultConfig);
  });
  const find = (rule: string, cell: string) => result.findings.find((f) => f.rule === rule && f.cell === cell);

  it('finds the budget year and the year columns', () => {
    expect(result.sheet.budgetYear).toBe(2026);
    expect(result.sheet.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
  });

  it('flags TOTALT Utvecklingsinsatser 2025: the items add up to 3 361 638 kr, the sheet says 3 162 166 kr', () => {
    expect(find('sum-mismatch', 'B21')).toMatchObject({ year: 2025, expected: 3361638, actual: 3162166 });
    for (const cell of ['C21', 'D21', 'E21', 'F21']) expect(find('sum-mismatch', cell)).toBeUndefined();
  });

  it('flags SUMMA KOSTNADER in every year column', () => {
    for (const cell of ['B23', 'C23', 'D23', 'E23', 'F23']) expect(find('sum-mismatch', cell)).toBeDefined();
  });

  it('finds the income TOTALT and Summa Samverkansmedel right in every column', () => {
    const wrong = result.findings.filter((f) => f.rule === 'sum-mismatch' && /^[B-F](4|8)$/.test(f.cell));
    expect(wrong).toEqual([]);
  });

  it('finds the equity carried into 2027, 2028 and 2029 right', () => {
    const carried = result.findings.filter((f) => f.rule === 'equity-carry-forward').map((f) => f.year);
    expect(carried).not.toContain(2027);
    expect(carried).not.toContain(2028);
    expect(carried).not.toContain(2029);
  });

  it('puts closing equity over the cap in 2026, 2027 and 2028 and not in 2029', () => {
    const over = result.findings.filter((f) => f.rule === 'equity-over-cap').map((f) => f.year);
    expect(over).toEqual([2026, 2027, 2028]);
    expect(result.equity.find((e) => e.year === 2029)).toMatchObject({ closing: 713002, cap: 800000, status: 'ok' });
  });

  it('leaves Lönebidrag out of the income total (its footnote says so) and keeps Nya insatser in', () => {
    expect(result.sheet.byRow.get(4)?.role).toBe('excluded');
    expect(result.sheet.byRow.get(19)?.role).toBe('item');
  });
});
