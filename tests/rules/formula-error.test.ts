import { ruleTester } from './ruleTester';
import { base, f, withCells } from './tables';

const english = ['#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#N/A', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
const swedish = ['#REFERENS!', '#VÄRDEFEL!', '#DIVISION/0!', '#NAMN?', '#SAKNAS!', '#SKÄRNING!', '#BERÄKNA!'];

ruleTester('formula-error', {
  valid: [
    { name: 'the correct base table', rows: base() },
    { name: 'a text with a hash that is no error value', rows: base({ B5: '#1 i listan' }) },
    { name: '"#REF" without the exclamation mark', rows: base({ B5: '#REF' }) },
    { name: 'a label that mentions an error', rows: withCells(base(), { D5: 'rättat #REF i fjol' }) },
  ],
  invalid: [
    ...[...english, ...swedish].map((error) => ({
      name: `${error} in an item`,
      rows: base({ B12: error }),
      findings: [{ cell: 'B12', year: 2026, actual: error, message: new RegExp(`Lokal 2026 visar felvärdet ${error.replace(/[?/]/g, '\\$&')}`) }],
    })),
    {
      name: 'lower case "#referens!" as some hosts return it',
      rows: base({ C11: '#referens!' }),
      findings: [{ cell: 'C11', year: 2027, actual: '#referens!' }],
    },
    {
      name: 'a total formula showing #VÄRDEFEL!',
      rows: base({ C15: f('=SUM(C13:C14)', '#VÄRDEFEL!') }),
      findings: [{ cell: 'C15', year: 2027, actual: '#VÄRDEFEL!' }],
    },
    {
      name: 'an error value outside the year columns (no year)',
      rows: withCells(base(), { D3: '#DIV/0!' }),
      findings: [{ cell: 'D3', actual: '#DIV/0!' }],
    },
    {
      name: 'an error value below the table',
      rows: withCells(base(), { B18: '#N/A' }),
      findings: [{ cell: 'B18', actual: '#N/A' }],
    },
    {
      name: 'several error values',
      rows: base({ B2: '#REF!', C12: '#SAKNAS!' }),
      findings: [
        { cell: 'B2', year: 2026 },
        { cell: 'C12', year: 2027 },
      ],
    },
    {
      name: 'addresses follow topLeft C3',
      rows: base({ C11: '#NAMN?' }),
      topLeft: 'C3',
      findings: [{ cell: 'E13', year: 2027, actual: '#NAMN?' }],
    },
  ],
});
