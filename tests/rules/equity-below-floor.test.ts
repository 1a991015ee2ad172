import { ruleTester } from './ruleTester';
import { base, equityTable, f, twoYearTable } from './tables';

ruleTester('equity-below-floor', {
  valid: [
    { name: 'the correct base table (910 000 and 920 000 over 650 000)', rows: base() },
    { name: 'exactly at the floor', rows: twoYearTable(650_000, 650_000) },
    { name: '1 kr under the floor (the tolerance)', rows: twoYearTable(649_999, 700_000) },
    {
      name: 'an outcome year under the floor is history, not plan',
      rows: equityTable(
        [
          { contributions: 5_000_000, costs: 5_500_000 },
          { contributions: 5_000_000, costs: 4_400_000 },
          { contributions: 5_000_000, costs: 5_000_000 },
        ],
        800_000,
        { firstYear: 2025, words: ['Utfall', 'Budget', 'Prognos'] },
      ),
    },
    { name: 'a configured floor of 0', rows: twoYearTable(10_000, 0), config: { equity: { floor: 0 } } },
    { name: 'a configured lower floor, 300 000', rows: twoYearTable(400_000, 300_000), config: { equity: { floor: 300_000 } } },
    {
      name: 'a closing equity of −Infinity (totals near the float limit) is not reported with a non-finite number',
      rows: base({ B7: f('=SUM(B4:B6)', -1e308), B15: f('=SUM(B13:B14)', 1e308) }),
    },
  ],
  invalid: [
    {
      name: '2 kr under the floor in the budget year',
      rows: twoYearTable(649_998, 700_000),
      findings: [{ cell: 'B10', year: 2026, expected: 650_000, actual: 649_998, messageId: 'below', message: /lägre än förbundets lägstanivå/ }],
    },
    {
      name: 'under in the prognosis year only',
      rows: twoYearTable(700_000, 500_000),
      findings: [{ cell: 'C10', year: 2027, expected: 650_000, actual: 500_000 }],
    },
    {
      name: 'negative closing equity',
      rows: twoYearTable(-100_000, -200_000),
      findings: [
        { cell: 'B10', year: 2026, actual: -100_000 },
        { cell: 'C10', year: 2027, actual: -200_000 },
      ],
    },
    {
      name: 'a configured floor of 1 000 000',
      rows: base(),
      config: { equity: { floor: 1_000_000 } },
      findings: [
        { cell: 'B15', year: 2026, expected: 1_000_000, actual: 910_000 },
        { cell: 'C15', year: 2027, expected: 1_000_000, actual: 920_000 },
      ],
    },
    {
      name: 'the configured tolerance widens the margin but not past it',
      rows: twoYearTable(640_000, 649_500),
      config: { tolerance: 1000 },
      findings: [{ cell: 'B10', year: 2026, expected: 650_000, actual: 640_000 }],
    },
    {
      name: 'addresses follow topLeft C3',
      rows: twoYearTable(500_000, 700_000),
      topLeft: 'C3',
      findings: [{ cell: 'D12', year: 2026 }],
    },
  ],
});
