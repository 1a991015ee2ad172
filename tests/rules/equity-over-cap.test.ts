import { ruleTester } from './ruleTester';
import { base, equityTable, f, twoYearTable } from './tables';

// Default tiers: 20 % of contributions up to 7 MSEK, 15 % of the part 7–12 MSEK, 10 % above.
// 5 MSEK → 1 000 000; 10 MSEK → 1 400 000 + 450 000 = 1 850 000; 20 MSEK → 1 400 000 + 750 000 + 800 000 = 2 950 000.

ruleTester('equity-over-cap', {
  valid: [
    { name: 'the correct base table (910 000 and 920 000 under 1 000 000)', rows: base() },
    { name: 'exactly at the cap: 5 MSEK, 1 000 000', rows: twoYearTable(1_000_000, 1_000_000, 5_000_000) },
    { name: '1 kr over the cap (the tolerance)', rows: twoYearTable(1_000_001, 900_000, 5_000_000) },
    { name: 'exactly 7 MSEK, 1 400 000', rows: twoYearTable(1_400_000, 1_400_000, 7_000_000) },
    { name: 'second tier is marginal: 10 MSEK, 1 850 000 (a flat 15 % would be 1 500 000)', rows: twoYearTable(1_850_000, 1_800_000, 10_000_000) },
    { name: 'third tier is marginal: 20 MSEK, 2 950 000 (a flat 10 % would be 2 000 000)', rows: twoYearTable(2_950_000, 2_500_000, 20_000_000) },
    { name: 'exactly 12 MSEK: 1 400 000 + 750 000 = 2 150 000', rows: twoYearTable(2_150_000, 2_150_000, 12_000_000) },
    {
      name: 'an outcome year over the cap is history, not plan',
      rows: equityTable(
        [
          { contributions: 5_000_000, costs: 3_000_000 },
          { contributions: 5_000_000, costs: 6_800_000 },
          { contributions: 5_000_000, costs: 5_000_000 },
        ],
        800_000,
        { firstYear: 2025, words: ['Utfall', 'Budget', 'Prognos'] },
      ),
    },
    {
      name: 'a configured flat 25 % tier',
      rows: twoYearTable(1_200_000, 1_250_000, 5_000_000),
      config: { equity: { capTiers: [{ upTo: null, rate: 0.25 }] } },
    },
    {
      name: 'a closing equity of Infinity (totals near the float limit) is not reported with a non-finite number',
      rows: base({ B7: f('=SUM(B4:B6)', 1e308), B15: f('=SUM(B13:B14)', -1e308) }),
    },
  ],
  invalid: [
    {
      name: '2 kr over the cap in the budget year',
      rows: twoYearTable(1_000_002, 900_000, 5_000_000),
      findings: [{ cell: 'B10', year: 2026, expected: 1_000_000, actual: 1_000_002, messageId: 'over', message: /högre än taket för medlemsbidrag på 5\s000\s000\skr/ }],
    },
    {
      name: 'over the cap in the prognosis year only',
      rows: twoYearTable(900_000, 1_100_000, 5_000_000),
      findings: [{ cell: 'C10', year: 2027, expected: 1_000_000, actual: 1_100_000 }],
    },
    {
      name: 'over in both years',
      rows: twoYearTable(1_500_000, 1_600_000, 5_000_000),
      findings: [
        { cell: 'B10', year: 2026, actual: 1_500_000 },
        { cell: 'C10', year: 2027, actual: 1_600_000 },
      ],
    },
    {
      name: 'second tier: 10 MSEK, 1 850 002 over 1 850 000',
      rows: twoYearTable(1_850_002, 1_800_000, 10_000_000),
      findings: [{ cell: 'B10', year: 2026, expected: 1_850_000, actual: 1_850_002 }],
    },
    {
      name: 'second tier: 8 MSEK, cap 1 400 000 + 150 000',
      rows: twoYearTable(1_600_000, 1_500_000, 8_000_000),
      findings: [{ cell: 'B10', year: 2026, expected: 1_550_000, actual: 1_600_000 }],
    },
    {
      name: 'third tier: 20 MSEK, 3 000 000 over 2 950 000',
      rows: twoYearTable(3_000_000, 2_900_000, 20_000_000),
      findings: [{ cell: 'B10', year: 2026, expected: 2_950_000, actual: 3_000_000 }],
    },
    {
      name: 'a configured single 10 % tier',
      rows: twoYearTable(600_000, 400_000, 5_000_000),
      config: { equity: { capTiers: [{ upTo: null, rate: 0.1 }] } },
      findings: [{ cell: 'B10', year: 2026, expected: 500_000, actual: 600_000 }],
    },
    {
      name: 'the third year of three, at 6 MSEK (cap 1 200 000)',
      rows: equityTable(
        [
          { contributions: 6_000_000, costs: 5_800_000 },
          { contributions: 6_000_000, costs: 6_000_000 },
          { contributions: 6_000_000, costs: 5_700_000 },
        ],
        800_000,
      ),
      findings: [{ cell: 'D10', year: 2028, expected: 1_200_000, actual: 1_300_000 }],
    },
    {
      name: 'addresses follow topLeft C3',
      rows: twoYearTable(900_000, 1_100_000, 5_000_000),
      topLeft: 'C3',
      findings: [{ cell: 'E12', year: 2027, expected: 1_000_000 }],
    },
  ],
});
