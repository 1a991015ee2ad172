import { chooseBudgetSheet } from '../../src/domain/choose';
import { defaultConfig } from '../../src/domain/config';
import { sheetOf, type TestCell } from '../helpers/sheet';

const table = (headers: string[]): TestCell[][] => [
  ['Intäkter', ...headers],
  ['Försäkringskassan', 1_000_000, 1_000_000],
  ['Region Gotland', 1_000_000, 1_000_000],
  ['Summa intäkter', 2_000_000, 2_000_000],
  ['Kostnader'],
  ['Personal', 1_900_000, 1_900_000],
  ['Summa kostnader', 1_900_000, 1_900_000],
];

describe('which sheet is the budget', () => {
  it('Instruktioner, Utfall 2025 (actuals only) and Budget 2026: the budget sheet', () => {
    const sheets = [
      sheetOf([['Instruktioner'], ['Fyll i budgeten för 2026 och planen för 2027–2028.']], { name: 'Instruktioner' }),
      sheetOf(table(['Utfall 2024', 'Utfall 2025']), { name: 'Utfall 2025' }),
      sheetOf(table(['Budget 2026', 'Plan 2027']), { name: 'Budget 2026' }),
    ];
    const chosen = chooseBudgetSheet(sheets, defaultConfig);
    expect(chosen.snapshot.sheetName).toBe('Budget 2026');
    expect(chosen.sheet.budgetYear).toBe(2026);
  });

  it('a sheet with years but no totals is not the budget', () => {
    const figures = sheetOf([['Nyckeltal', 'Budget 2026', 'Plan 2027'], ['Deltagare', 120, 130], ['Insatser', 4, 5]], { name: 'Nyckeltal' });
    const budget = sheetOf(table(['Budget 2026', 'Plan 2027']), { name: 'Budget' });
    expect(chooseBudgetSheet([figures, budget], defaultConfig).snapshot.sheetName).toBe('Budget');
  });
});
