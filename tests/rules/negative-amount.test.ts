import { ruleTester } from './ruleTester';
import { base, excludedRowTable, f, MINUS, withCells } from './tables';

ruleTester('negative-amount', {
  valid: [
    { name: 'the correct base table', rows: base() },
    { name: 'a zero cost', rows: base({ B12: 0 }) },
    { name: 'a dash "- kr" (zero)', rows: base({ B12: '- kr' }) },
    { name: 'negative interest income is other income, not a contribution', rows: base({ B5: -5_000 }) },
    { name: 'negative opening equity is for the floor rule', rows: base({ C6: -100_000 }) },
    { name: 'a negative total is for the sum rule', rows: base({ B13: f('=SUM(B11:B12)', -1) }) },
    { name: 'an excluded row', rows: withCells(excludedRowTable(), { B5: -300_000 }) },
    { name: 'a negative number outside the year columns', rows: withCells(base(), { D11: -4 }) },
  ],
  invalid: [
    {
      name: 'a negative cost item',
      rows: base({ B11: -4_000_000 }),
      findings: [{ cell: 'B11', year: 2026, actual: -4_000_000, message: /Lön 2026 är negativt/ }],
    },
    { name: 'a negative contribution', rows: base({ C2: -1 }), findings: [{ cell: 'C2', year: 2027, actual: -1 }] },
    { name: 'a negative reserve', rows: base({ C14: -400_000 }), findings: [{ cell: 'C14', year: 2027, actual: -400_000 }] },
    {
      name: 'text "−500 000" with U+2212',
      rows: base({ B12: `${MINUS}500 000` }),
      findings: [{ cell: 'B12', year: 2026, actual: -500_000 }],
    },
    {
      name: 'text "–500 000 kr" with an en dash',
      rows: base({ C12: '\u2013500 000 kr' }),
      findings: [{ cell: 'C12', year: 2027, actual: -500_000 }],
    },
    { name: 'a small negative fraction', rows: base({ B12: -0.5 }), findings: [{ cell: 'B12', year: 2026, actual: -0.5 }] },
    {
      name: 'addresses follow topLeft C3',
      rows: base({ B11: -1 }),
      topLeft: 'C3',
      findings: [{ cell: 'D13', year: 2026, actual: -1 }],
    },
  ],
});
