import type { TestCell } from '../helpers/sheet';
import { ruleTester } from './ruleTester';
import { base, f, withCells } from './tables';

/** The base table with the headers of both blocks replaced (income header row 1, cost header row 9). */
function headed(income: TestCell[], cost: TestCell[] = income): TestCell[][] {
  const changes: Record<string, TestCell> = {};
  income.forEach((h, i) => (changes[`${String.fromCharCode(66 + i)}1`] = h));
  cost.forEach((h, i) => (changes[`${String.fromCharCode(66 + i)}9`] = h));
  return base(changes);
}

/** Five columns, as in the 2026 plan: one before the budget year, three prognosis years after. */
function fiveYears(headers: TestCell[]): TestCell[][] {
  const amount = (n: number) => [n, n, n, n, n];
  return [
    ['Intäkter', ...headers],
    ['Försäkringskassan', ...amount(2_500_000)],
    ['Region Gotland', ...amount(2_500_000)],
    ['Eget kapital', ...amount(800_000)],
    ['TOTALT', ...['B', 'C', 'D', 'E', 'F'].map((c) => f(`=SUM(${c}2:${c}4)`, 5_800_000))],
    [],
    ['Kostnader', ...headers],
    ['Verksamhet', ...amount(5_000_000)],
    ['SUMMA KOSTNADER', ...['B', 'C', 'D', 'E', 'F'].map((c) => f(`=SUM(${c}8)`, 5_000_000))],
  ];
}

ruleTester('year-sequence', {
  valid: [
    { name: 'Budget 2026, Prognos 2027', rows: base() },
    { name: 'Budgetplan 2026, Prognos 2027', rows: headed(['Budgetplan 2026', 'Prognos 2027']) },
    { name: 'the 2026 plan: Budget 2025, Budget 2026, Prognos 2027–2029', rows: fiveYears(['Budget 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029']) },
    { name: 'Utfall 2025, Budget 2026, Prognos 2027–2029', rows: fiveYears(['Utfall 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029']) },
    { name: 'Bokslut 2025, Budget 2026, Prognos 2027–2029', rows: fiveYears(['Bokslut 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029']) },
    {
      name: 'bare years in the income header, kinds in the cost header',
      rows: headed(['Intäkter 2026', 'Intäkter 2027'], ['Budget 2026', 'Prognos 2027']),
    },
    { name: 'a header cell with extra spaces', rows: headed(['  Budget  2026 ', 'Prognos\u00a02027']) },
    { name: 'a table that starts at C3', rows: base(), topLeft: 'C3' },
  ],
  invalid: [
    {
      name: 'a year left out: Budget 2026, Prognos 2028',
      rows: headed(['Budget 2026', 'Prognos 2028']),
      findings: [{ cell: 'B1', message: /året efter 2026 är 2028/ }],
    },
    {
      name: 'a gap in the middle: 2027, 2029',
      rows: fiveYears(['Utfall 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2029', 'Prognos 2030']),
      findings: [{ cell: 'B1', message: /året efter 2027 är 2029/ }],
    },
    {
      name: 'a repeated year: Prognos 2027 twice',
      rows: fiveYears(['Utfall 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2027', 'Prognos 2028']),
      findings: [{ cell: 'B1', message: /2027 förekommer flera gånger/ }],
    },
    {
      name: 'years running backwards: Budget 2027, Prognos 2026',
      rows: headed(['Budget 2027', 'Prognos 2026']),
      findings: [{ cell: 'B1', message: /året efter 2027 är 2026/ }],
    },
    {
      name: 'no budget year: Utfall 2025, Prognos 2026',
      rows: headed(['Utfall 2025', 'Prognos 2026']),
      findings: [{ cell: 'B1', message: /ingen budgetkolumn/ }],
    },
    {
      name: 'no budget year: bare years only',
      rows: headed(['2026', '2027']),
      findings: [{ cell: 'B1', message: /ingen budgetkolumn/ }],
    },
    {
      name: 'no budget year: an outcome column after the budget',
      rows: headed(['Budget 2026', 'Utfall 2027']),
      findings: [{ cell: 'B1', message: /ingen budgetkolumn/ }],
    },
    {
      name: 'the cost header names other years than the income header',
      rows: headed(['Budget 2026', 'Prognos 2027'], ['Budget 2027', 'Prognos 2028']),
      findings: [
        { cell: 'B1', message: /"Budget 2026" heter "Budget 2027"/ },
        { cell: 'B1', message: /"Prognos 2027" heter "Prognos 2028"/ },
      ],
    },
    {
      name: 'a gap and no budget year at once',
      rows: headed(['Utfall 2025', 'Prognos 2027']),
      findings: [
        { cell: 'B1', message: /året efter 2025 är 2027/ },
        { cell: 'B1', message: /ingen budgetkolumn/ },
      ],
    },
    {
      name: 'addresses follow topLeft C3',
      rows: headed(['Budget 2026', 'Prognos 2028']),
      topLeft: 'C3',
      findings: [{ cell: 'D3' }],
    },
    {
      name: 'the finding points at the first year column when the labels are not in column A',
      rows: withCells(
        headed(['Budget 2026', 'Prognos 2028']).map((r) => [undefined, ...r]),
        {},
      ),
      findings: [{ cell: 'C1' }],
    },
  ],
});
