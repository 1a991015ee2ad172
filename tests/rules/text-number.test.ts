import { ruleTester } from './ruleTester';
import { base, excludedRowTable, MINUS, NBSP, THIN, withCells } from './tables';

ruleTester('text-number', {
  valid: [
    { name: 'the correct base table (numbers only)', rows: base() },
    { name: 'a dash "-" is an explicit zero, not text', rows: base({ B5: '-' }) },
    { name: 'a dash "- kr" is an explicit zero', rows: base({ C5: '- kr' }) },
    { name: 'an en dash "–" is an explicit zero', rows: base({ C12: '–' }) },
    { name: 'a blank string is a blank', rows: base({ C5: '   ' }) },
    { name: 'an error value is not a text number', rows: base({ B12: '#VÄRDEFEL!' }) },
    { name: 'plain words in an amount cell are not a number', rows: base({ B5: 'se not 3' }) },
    { name: 'English thousands "1,234.50" is not a Swedish amount', rows: base({ B5: '1,234.50' }) },
    { name: 'text outside the year columns (a comment column)', rows: withCells(base(), { D11: '4 000 000 kr' }) },
  ],
  invalid: [
    {
      name: '"2 115 000 kr" with no-break spaces (U+00A0)',
      rows: base({ B2: `2${NBSP}115${NBSP}000${NBSP}kr` }),
      findings: [{ cell: 'B2', year: 2026, expected: 2_115_000, actual: `2${NBSP}115${NBSP}000${NBSP}kr`, message: /är text/ }],
    },
    {
      name: '"2 115 000 kr" with thin spaces (U+202F)',
      rows: base({ C11: `2${THIN}115${THIN}000 kr` }),
      findings: [{ cell: 'C11', year: 2027, expected: 2_115_000 }],
    },
    {
      name: '"−1 234" with the minus sign U+2212',
      rows: base({ B12: `${MINUS}1 234` }),
      findings: [{ cell: 'B12', year: 2026, expected: -1234, actual: `${MINUS}1 234` }],
    },
    {
      name: '"–500" with an en dash as the sign',
      rows: base({ B12: '\u2013500' }),
      findings: [{ cell: 'B12', year: 2026, expected: -500 }],
    },
    { name: 'plain digits as text "10000"', rows: base({ B5: '10000' }), findings: [{ cell: 'B5', year: 2026, expected: 10_000 }] },
    {
      name: 'a decimal comma "10 000,50 kr"',
      rows: base({ C5: '10 000,50 kr' }),
      findings: [{ cell: 'C5', year: 2027, expected: 10_000.5 }],
    },
    { name: '"500 000 SEK"', rows: base({ B14: '500 000 SEK' }), findings: [{ cell: 'B14', year: 2026, expected: 500_000 }] },
    { name: '"500 000:-"', rows: base({ C14: '500 000:-' }), findings: [{ cell: 'C14', year: 2027, expected: 500_000 }] },
    { name: 'a total typed as text', rows: base({ B15: '4 900 000' }), findings: [{ cell: 'B15', year: 2026, expected: 4_900_000 }] },
    {
      name: 'the opening equity as text',
      rows: base({ C6: ' 910 000 kr ' }),
      findings: [{ cell: 'C6', year: 2027, expected: 910_000, actual: ' 910 000 kr ' }],
    },
    {
      name: 'an excluded row is still reported',
      rows: withCells(excludedRowTable(), { C5: '300 000 kr' }),
      findings: [{ cell: 'C5', year: 2027, expected: 300_000 }],
    },
    {
      name: 'several cells',
      rows: base({ B2: '2 500 000', C3: '2 500 000', B11: '4 000 000' }),
      findings: [{ cell: 'B2' }, { cell: 'C3' }, { cell: 'B11' }],
    },
    {
      name: 'addresses follow topLeft C3',
      rows: base({ B2: '2 500 000' }),
      topLeft: 'C3',
      findings: [{ cell: 'D4', year: 2026, expected: 2_500_000 }],
    },
  ],
});
