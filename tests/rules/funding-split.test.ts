import { ruleTester } from './ruleTester';
import type { TestCell } from '../helpers/sheet';
import { base, f, NBSP, quarterTable, THIN } from './tables';

/** Försäkringskassan and Arbetsförmedlingen on the state side, Region Gotland 2 500 000 on the other. */
function stateSplit(fk: number, af: number): TestCell[][] {
  const sum = fk + af + 2_500_000;
  return [
    ['Intäkter', 'Budget 2026', 'Prognos 2027'],
    ['Försäkringskassan', fk, fk],
    ['Arbetsförmedlingen', af, af],
    ['Region Gotland', 2_500_000, 2_500_000],
    ['Summa samverkansmedel', f('=SUM(B2:B4)', sum), f('=SUM(C2:C4)', sum)],
    ['Eget kapital', 800_000, 800_000],
    ['TOTALT', f('=SUM(B5:B6)', sum + 800_000), f('=SUM(C5:C6)', sum + 800_000)],
    [],
    ['Kostnader', 'Budget 2026', 'Prognos 2027'],
    ['Verksamhet', sum, sum],
    ['SUMMA KOSTNADER', f('=SUM(B10)', sum), f('=SUM(C10)', sum)],
  ];
}

ruleTester('funding-split', {
  valid: [
    { name: 'the correct base table: Försäkringskassan and Region Gotland equal', rows: base() },
    { name: 'state 1 kr more than the region (the tolerance)', rows: base({ B2: 2_500_001 }) },
    { name: 'state half, region a quarter, municipalities a quarter together', rows: quarterTable() },
    { name: 'the state half split between Försäkringskassan and Arbetsförmedlingen', rows: stateSplit(2_000_000, 500_000) },
    { name: '"Staten" as the state row', rows: base({ A2: 'Staten' }) },
    { name: 'amounts typed as Swedish text keep their value', rows: base({ B2: `2${NBSP}500${NBSP}000 kr`, C3: `2${THIN}500${THIN}000` }) },
    { name: 'a year without contributions is not judged', rows: base({ C2: undefined, C3: undefined }) },
    { name: 'only a state row: nothing to compare', rows: base({ A3: 'Övriga intäkter' }) },
    {
      name: 'the region pays the whole other half where there are no municipality rows',
      rows: base({ A3: 'Region Halland' }),
    },
    { name: 'a wider tolerance', rows: base({ B2: 2_500_300 }), config: { tolerance: 500 } },
    { name: 'state rows near the float limit that add up to Infinity are not judged', rows: stateSplit(1e308, 1e308) },
  ],
  invalid: [
    {
      name: 'the state pays more than the region (both years)',
      rows: base({ B2: 2_600_000, C2: 2_600_000 }),
      findings: [
        { cell: 'B2', year: 2026, expected: 2_550_000, actual: 2_600_000, message: /hälften/ },
        { cell: 'C2', year: 2027, expected: 2_550_000, actual: 2_600_000 },
      ],
    },
    {
      name: 'the region pays more in the prognosis year only',
      rows: base({ C3: 2_700_000 }),
      findings: [{ cell: 'C2', year: 2027, expected: 2_600_000, actual: 2_500_000 }],
    },
    {
      name: '2 kr apart',
      rows: base({ B3: 2_500_002 }),
      findings: [{ cell: 'B2', year: 2026, expected: 2_500_001, actual: 2_500_000 }],
    },
    {
      name: 'Arbetsförmedlingen counts on the state side',
      rows: stateSplit(2_500_000, 500_000),
      findings: [
        { cell: 'B2', year: 2026, expected: 2_750_000, actual: 3_000_000 },
        { cell: 'C2', year: 2027, expected: 2_750_000, actual: 3_000_000 },
      ],
    },
    {
      name: 'halves right but the region pays more than a quarter (separate municipality rows)',
      rows: quarterTable({ region: 1_200_000, k1: 400_000, k2: 400_000 }),
      findings: [
        { cell: 'B3', year: 2026, expected: 1_000_000, actual: 1_200_000, message: /Regionen/ },
        { cell: 'B4', year: 2026, expected: 1_000_000, actual: 800_000, message: /Kommunerna/ },
        { cell: 'C3', year: 2027, expected: 1_000_000, actual: 1_200_000 },
        { cell: 'C4', year: 2027, expected: 1_000_000, actual: 800_000 },
      ],
    },
    {
      name: 'halves wrong with separate rows: only the halves are reported',
      rows: quarterTable({ fk: 2_100_000 }),
      findings: [
        { cell: 'B2', year: 2026, expected: 2_050_000, actual: 2_100_000 },
        { cell: 'C2', year: 2027, expected: 2_050_000, actual: 2_100_000 },
      ],
    },
    {
      name: 'addresses follow topLeft C3',
      rows: base({ B3: 2_400_000 }),
      topLeft: 'C3',
      findings: [{ cell: 'D4', year: 2026, expected: 2_450_000, actual: 2_500_000 }],
    },
  ],
});
