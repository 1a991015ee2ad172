import { ruleTester } from './ruleTester';
import { base, threeYearTable, withCells } from './tables';

ruleTester('missing-value', {
  valid: [
    { name: 'the correct base table', rows: base() },
    { name: 'a prognosis 0', rows: base({ C12: 0 }) },
    { name: 'a prognosis dash "- kr"', rows: base({ C12: '- kr' }) },
    { name: 'a row blank in the budget year and the prognosis year', rows: base({ B5: undefined, C5: undefined }) },
    { name: 'a row only in the prognosis year', rows: base({ B5: undefined }) },
    { name: 'an error value in the budget year is not an amount', rows: base({ B12: '#VÄRDEFEL!', C12: undefined }) },
    {
      name: 'a blank outcome year before the budget year',
      rows: withCells(
        threeYearTable({ firstYear: 2025, words: ['Utfall', 'Budget', 'Prognos'] }),
        { B2: undefined, B9: undefined },
      ),
    },
    {
      name: 'no budget year: nothing to compare (year-sequence reports it)',
      rows: withCells(base({ C12: undefined }), { B1: 'Prognos 2026', B9: 'Prognos 2026' }),
    },
  ],
  invalid: [
    {
      name: 'a cost blank in the prognosis year',
      rows: base({ C12: undefined }),
      findings: [{ cell: 'C12', year: 2027, message: /Lokal har belopp 2026 men saknar belopp 2027/ }],
    },
    { name: 'an empty string', rows: base({ C5: '' }), findings: [{ cell: 'C5', year: 2027 }] },
    { name: 'a string of no-break spaces', rows: base({ C5: '\u00a0\u00a0' }), findings: [{ cell: 'C5', year: 2027 }] },
    { name: 'a blank total', rows: base({ C15: undefined }), findings: [{ cell: 'C15', year: 2027 }] },
    {
      name: 'a budget amount typed as text still counts as an amount',
      rows: base({ B12: '500 000 kr', C12: undefined }),
      findings: [{ cell: 'C12', year: 2027 }],
    },
    {
      name: 'blank in two prognosis years',
      rows: withCells(threeYearTable(), { C9: undefined, D9: undefined }),
      findings: [
        { cell: 'C9', year: 2027 },
        { cell: 'D9', year: 2028 },
      ],
    },
    {
      name: 'an outcome column before the budget year is not a prognosis',
      rows: withCells(
        threeYearTable({ firstYear: 2025, words: ['Utfall', 'Budget', 'Prognos'] }),
        { B9: undefined, D9: undefined },
      ),
      findings: [{ cell: 'D9', year: 2027 }],
    },
    {
      name: 'addresses follow topLeft C3',
      rows: base({ C11: undefined }),
      topLeft: 'C3',
      findings: [{ cell: 'E13', year: 2027 }],
    },
  ],
});
