import { ruleTester } from './ruleTester';
import { base, excludedRowTable, f, NBSP, threeYearTable, withCells } from './tables';

ruleTester('equity-carry-forward', {
  valid: [
    { name: 'the correct base table (910 000 carried into 2027)', rows: base() },
    { name: 'opening 2027 1 kr off (the tolerance)', rows: base({ C6: 910_001, C7: f('=SUM(C4:C6)', 5_920_001) }) },
    { name: 'opening 2027 typed as text "910 000 kr" carries the right value', rows: base({ C6: `910${NBSP}000 kr` }) },
    { name: 'opening 2027 blank is not judged (missing-value reports it)', rows: base({ C6: undefined }) },
    { name: 'three years carried correctly', rows: threeYearTable() },
    {
      name: 'a year column not following the one before (2026, 2028) is not compared',
      rows: withCells(base(), { C1: 'Prognos 2028', C9: 'Prognos 2028', C6: 1 }),
    },
    { name: 'the excluded row does not count in the closing equity', rows: excludedRowTable() },
    {
      name: 'a blank TOTALT is taken as the sum of its rows',
      rows: base({ B7: undefined }),
    },
    { name: 'a wider tolerance', rows: base({ C6: 910_400 }), config: { tolerance: 500 } },
    {
      name: 'a closing equity of Infinity the year before (totals near the float limit) is not compared',
      rows: base({ B7: f('=SUM(B4:B6)', 1e308), B15: f('=SUM(B13:B14)', -1e308) }),
    },
  ],
  invalid: [
    {
      name: 'opening 2027 differs from closing 2026',
      rows: base({ C6: 900_000, C7: f('=SUM(C4:C6)', 5_910_000) }),
      findings: [{ cell: 'C6', year: 2027, expected: 910_000, actual: 900_000, message: /Ingående eget kapital 2027/ }],
    },
    {
      name: 'opening 2027 2 kr off',
      rows: base({ C6: 910_002 }),
      findings: [{ cell: 'C6', year: 2027, expected: 910_000, actual: 910_002 }],
    },
    {
      name: 'costs 2026 raised without carrying the new closing equity',
      rows: base({ B11: 4_100_000, B13: f('=SUM(B11:B12)', 4_600_000), B15: f('=SUM(B13:B14)', 5_000_000) }),
      findings: [{ cell: 'C6', year: 2027, expected: 810_000, actual: 910_000 }],
    },
    {
      name: 'a dash as opening equity is zero',
      rows: base({ C6: '- kr' }),
      findings: [{ cell: 'C6', year: 2027, expected: 910_000, actual: 0 }],
    },
    {
      name: 'opening equity as text with U+2212',
      rows: base({ C6: '\u2212910 000' }),
      findings: [{ cell: 'C6', year: 2027, expected: 910_000, actual: -910_000 }],
    },
    {
      name: 'the break in the third year of three (800 000 + 100 000 + 0 = 900 000 carried into 2028)',
      rows: withCells(threeYearTable(), { D5: 950_000 }),
      findings: [{ cell: 'D5', year: 2028, expected: 900_000, actual: 950_000 }],
    },
    {
      name: 'the tolerance 0 catches 0.5 kr',
      rows: base({ C6: 910_000.5 }),
      config: { tolerance: 0 },
      findings: [{ cell: 'C6', year: 2027, expected: 910_000, actual: 910_000.5 }],
    },
    {
      name: 'addresses follow topLeft C3',
      rows: base({ C6: 1_000_000 }),
      topLeft: 'C3',
      findings: [{ cell: 'E8', year: 2027, expected: 910_000, actual: 1_000_000 }],
    },
  ],
});
