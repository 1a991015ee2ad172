import { ruleTester } from './ruleTester';
import { base, excludedRowTable, f, NBSP, quarterTable, withCells } from './tables';

ruleTester('hardcoded-total', {
  valid: [
    { name: 'the correct base table (every total a formula)', rows: base() },
    { name: 'a formula that is not a plain sum', rows: base({ B15: f('=ROUND(SUM(B13:B14),0)', 4_900_000) }) },
    { name: 'a blank total', rows: base({ C15: undefined }) },
    { name: 'a total showing an error value', rows: base({ B15: f('=SUM(B13:B14)', '#REFERENS!') }) },
    { name: 'typed items and typed opening equity are not totals', rows: base({ B6: 800_000, B11: 4_000_000 }) },
    { name: 'the excluded-row table', rows: excludedRowTable() },
    { name: 'separate region and municipality rows', rows: quarterTable() },
  ],
  invalid: [
    {
      name: 'SUMMA KOSTNADER typed as a number',
      rows: base({ B15: 4_900_000 }),
      findings: [{ cell: 'B15', year: 2026, expected: '=SUM(B13:B14)', actual: 4_900_000, message: /SUMMA KOSTNADER 2026/ }],
    },
    {
      name: 'a typed subtotal in the prognosis year',
      rows: base({ C13: 4_600_000 }),
      findings: [{ cell: 'C13', year: 2027, expected: '=SUM(C11:C12)', actual: 4_600_000 }],
    },
    {
      name: 'a typed total that is also wrong',
      rows: base({ B4: 4_000_000 }),
      findings: [{ cell: 'B4', year: 2026, expected: '=SUM(B2:B3)', actual: 4_000_000 }],
    },
    {
      name: 'a total typed as Swedish text ("4 900 000 kr")',
      rows: base({ B15: `4${NBSP}900${NBSP}000 kr` }),
      findings: [{ cell: 'B15', year: 2026, expected: '=SUM(B13:B14)', actual: 4_900_000 }],
    },
    {
      name: 'a typed TOTALT whose suggested formula skips the excluded row',
      rows: withCells(excludedRowTable(), { B8: 5_810_000 }),
      findings: [{ cell: 'B8', year: 2026, expected: '=SUM(B4,B6:B7)', actual: 5_810_000 }],
    },
    {
      name: 'a typed Summa samverkansmedel over four member rows',
      rows: withCells(quarterTable(), { C6: 4_000_000 }),
      findings: [{ cell: 'C6', year: 2027, expected: '=SUM(C2:C5)', actual: 4_000_000 }],
    },
    {
      name: 'every total typed in both years',
      rows: base({ B4: 5_000_000, C4: 5_000_000, B7: 5_810_000, C7: 5_920_000, B13: 4_500_000, C13: 4_600_000, B15: 4_900_000, C15: 5_000_000 }),
      findings: ['B4', 'C4', 'B7', 'C7', 'B13', 'C13', 'B15', 'C15'].map((cell) => ({ cell })),
    },
    {
      name: 'the suggested formula is in sheet addresses when the table starts at C3',
      rows: base({ B15: 4_900_000 }),
      topLeft: 'C3',
      findings: [{ cell: 'D17', year: 2026, expected: '=SUM(D15:D16)', actual: 4_900_000 }],
    },
  ],
});
