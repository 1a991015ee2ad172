import { ruleTester } from './ruleTester';
import { base, excludedRowTable, f, MINUS, NBSP, quarterTable, THIN, withCells } from './tables';

ruleTester('sum-mismatch', {
  valid: [
    { name: 'the correct base table', rows: base() },
    {
      name: 'a subtotal 1 kr off (the tolerance)',
      rows: base({ B4: f('=SUM(B2:B3)', 5_000_001), B7: f('=SUM(B4:B6)', 5_810_001) }),
    },
    { name: 'a total 0.5 kr under (rounding)', rows: base({ B15: f('=SUM(B13:B14)', 4_899_999.5) }) },
    { name: 'a total 1 kr over', rows: base({ C15: f('=SUM(C13:C14)', 5_000_001) }) },
    { name: 'a component typed as Swedish text with NBSP counts with its value', rows: base({ B2: `2${NBSP}500${NBSP}000${NBSP}kr` }) },
    { name: 'a component typed with thin spaces counts with its value', rows: base({ C11: `4${THIN}100${THIN}000 kr` }) },
    { name: 'a decimal comma in text counts', rows: base({ B5: '9 999,50', B7: f('=SUM(B4:B6)', 5_809_999.5) }) },
    {
      name: 'a dash "- kr" is zero',
      rows: base({ B12: '- kr', B13: f('=SUM(B11:B12)', 4_000_000), B15: f('=SUM(B13:B14)', 4_400_000) }),
    },
    { name: 'an en dash "–" is zero', rows: base({ B5: '–', B7: f('=SUM(B4:B6)', 5_800_000) }) },
    { name: 'a blank total is not judged', rows: base({ B15: undefined }) },
    { name: 'a component showing #REFERENS! is left to formula-error', rows: base({ B12: '#REFERENS!' }) },
    { name: 'a component showing #REF! is left to formula-error', rows: base({ C2: '#REF!' }) },
    { name: 'the excluded row (marked *, footnote) is left out of TOTALT', rows: excludedRowTable() },
    { name: 'the excluded row marked with a leading star', rows: excludedRowTable({ label: '*Lönebidrag' }) },
    {
      name: 'a row excluded by the configuration\'s labels, without a footnote',
      rows: excludedRowTable({ footnote: null, label: 'Lönebidrag' }),
      config: { excludedRows: { labels: ['lönebidrag'] } },
    },
    {
      name: 'a configured marker and footnote wording',
      rows: excludedRowTable({ footnote: '¹ Ingår ej i summan', label: 'Lönebidrag¹' }),
      config: { excludedRows: { marker: '¹', footnotePattern: 'ingår ej' } },
    },
    { name: 'separate region and municipality rows', rows: quarterTable() },
    { name: 'a wider tolerance from the configuration', rows: base({ B15: f('=SUM(B13:B14)', 4_900_050) }), config: { tolerance: 100 } },
    { name: 'a table that starts at C3', rows: base(), topLeft: 'C3' },
    {
      name: 'components near the float limit that add up to Infinity are not judged (no non-finite expected)',
      rows: base({ B11: 1e308, B12: 1e308, B13: f('=SUM(B11:B12)', 1e308), B15: f('=SUM(B13:B14)', 1e308) }),
    },
  ],
  invalid: [
    {
      name: 'Summa samverkansmedel 2 kr over',
      rows: base({ B4: f('=SUM(B2:B3)', 5_000_002), B7: f('=SUM(B4:B6)', 5_810_002) }),
      findings: [{ cell: 'B4', year: 2026, expected: 5_000_000, actual: 5_000_002, message: /Summa samverkansmedel 2026/ }],
    },
    {
      name: 'just over the tolerance: 1.5 kr',
      rows: base({ C15: f('=SUM(C13:C14)', 5_000_001.5) }),
      findings: [{ cell: 'C15', year: 2027, expected: 5_000_000, actual: 5_000_001.5 }],
    },
    {
      name: 'a section subtotal typed wrong (the cost total follows the wrong subtotal)',
      rows: base({ B13: 4_600_000, B15: f('=SUM(B13:B14)', 5_000_000) }),
      findings: [{ cell: 'B13', year: 2026, expected: 4_500_000, actual: 4_600_000 }],
    },
    {
      name: 'income TOTALT wrong only in the prognosis year',
      rows: base({ C7: 6_000_000 }),
      findings: [{ cell: 'C7', year: 2027, expected: 5_920_000, actual: 6_000_000 }],
    },
    {
      name: 'a component stored as text "2 500 000 kr" (NBSP) that the sheet\'s SUM skipped',
      rows: base({ B2: `2${NBSP}500${NBSP}000 kr`, B4: f('=SUM(B2:B3)', 2_500_000), B7: f('=SUM(B4:B6)', 3_310_000) }),
      findings: [{ cell: 'B4', year: 2026, expected: 5_000_000, actual: 2_500_000 }],
    },
    {
      name: 'a cost written with U+2212 ("−500 000") counts as negative',
      rows: base({ B12: `${MINUS}500 000` }),
      findings: [{ cell: 'B13', year: 2026, expected: 3_500_000, actual: 4_500_000 }],
    },
    {
      name: 'TOTALT takes in the excluded row (300 000 kr too much)',
      rows: excludedRowTable({ totalFormula: (c) => `=SUM(${c}4:${c}7)`, totalValue: [6_110_000, 6_220_000] }),
      findings: [
        { cell: 'B8', year: 2026, expected: 5_810_000, actual: 6_110_000 },
        { cell: 'C8', year: 2027, expected: 5_920_000, actual: 6_220_000 },
      ],
    },
    {
      name: 'a starred row without the footnote is not excluded, so TOTALT misses it',
      rows: excludedRowTable({ footnote: null }),
      findings: [
        { cell: 'B8', year: 2026, expected: 6_110_000, actual: 5_810_000 },
        { cell: 'C8', year: 2027, expected: 6_220_000, actual: 5_920_000 },
      ],
    },
    {
      name: 'the municipalities\' rows left out of Summa samverkansmedel',
      rows: withCells(quarterTable(), { B6: f('=SUM(B2:B3)', 3_000_000), B8: f('=SUM(B6:B7)', 3_700_000) }),
      findings: [{ cell: 'B6', year: 2026, expected: 4_000_000, actual: 3_000_000 }],
    },
    {
      name: 'the tolerance 0 from the configuration catches half a krona',
      rows: base({ B15: f('=SUM(B13:B14)', 4_900_000.5) }),
      config: { tolerance: 0 },
      findings: [{ cell: 'B15', year: 2026, expected: 4_900_000, actual: 4_900_000.5 }],
    },
    {
      name: 'addresses follow topLeft C3',
      rows: base({ B15: 5_000_000 }),
      topLeft: 'C3',
      findings: [{ cell: 'D17', year: 2026, expected: 4_900_000, actual: 5_000_000 }],
    },
  ],
});
