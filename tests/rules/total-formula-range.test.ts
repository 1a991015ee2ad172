import { ruleTester } from './ruleTester';
import { base, excludedRowTable, f, quarterTable, withCells } from './tables';

ruleTester('total-formula-range', {
  valid: [
    { name: 'the correct base table', rows: base() },
    { name: 'a plus chain =B13+B14', rows: base({ B15: f('=B13+B14', 4_900_000) }) },
    { name: 'the Swedish function name =SUMMA(B13:B14)', rows: base({ B15: f('=SUMMA(B13:B14)', 4_900_000) }) },
    { name: 'absolute references =SUM($B$13:$B$14)', rows: base({ B15: f('=SUM($B$13:$B$14)', 4_900_000) }) },
    { name: 'semicolons as in Swedish Excel =SUMMA(B11:B12;B14)', rows: base({ B15: f('=SUMMA(B11:B12;B14)', 4_900_000) }) },
    {
      name: 'the cost total over the items themselves instead of the subtotal',
      rows: base({ B15: f('=SUM(B11:B12,B14)', 4_900_000) }),
    },
    {
      name: 'a component blank in the year, inside the range',
      rows: base({ B12: undefined, B13: f('=SUM(B11:B12)', 4_000_000), B15: f('=SUM(B13:B14)', 4_400_000) }),
    },
    { name: 'a range taking in the section header (no amounts)', rows: base({ B13: f('=SUM(B10:B12)', 4_500_000) }) },
    { name: 'TOTALT skips the excluded row: =SUM(B4,B6:B7)', rows: excludedRowTable() },
    {
      name: 'TOTALT over the contribution rows instead of their subtotal: =SUM(B2:B3,B5:B6)',
      rows: base({ B7: f('=SUM(B2:B3,B5:B6)', 5_810_000) }),
    },
    { name: 'a formula that is not a plain sum is not judged', rows: base({ B15: f('=ROUND(B13,0)', 4_900_000) }) },
    { name: 'a formula over another column is not judged', rows: base({ C15: f('=SUM(B13:B14)', 4_900_000) }) },
    { name: 'a formula over another sheet is not judged', rows: base({ B15: f("=SUM('Blad2'!B1:B2)", 4_900_000) }) },
    { name: 'a typed total is left to hardcoded-total', rows: base({ B15: 4_900_000 }) },
    { name: 'separate region and municipality rows', rows: quarterTable() },
    {
      name: 'formulas in sheet addresses when the table starts at C3',
      rows: base({ B15: f('=SUM(D15:D16)', 4_900_000) }),
      topLeft: 'C3',
    },
  ],
  invalid: [
    {
      name: 'TOTALT leaves out Eget kapital',
      rows: base({ B7: f('=SUM(B4:B5)', 5_010_000) }),
      findings: [
        {
          cell: 'B7',
          year: 2026,
          expected: 'Summa samverkansmedel, Ränteintäkter, Eget kapital',
          actual: '=SUM(B4:B5)',
          message: /utelämnar Eget kapital/,
        },
      ],
    },
    {
      name: 'Summa samverkansmedel leaves out Region Gotland',
      rows: base({ C4: f('=SUM(C2)', 2_500_000) }),
      findings: [{ cell: 'C4', year: 2027, actual: '=SUM(C2)', message: /utelämnar Region Gotland/ }],
    },
    {
      name: 'TOTALT takes in the excluded row Lönebidrag*',
      rows: excludedRowTable({ totalFormula: (c) => `=SUM(${c}4:${c}7)`, totalValue: [6_110_000, 6_220_000] }),
      findings: [
        { cell: 'B8', year: 2026, actual: '=SUM(B4:B7)', message: /tar med Lönebidrag/ },
        { cell: 'C8', year: 2027, actual: '=SUM(C4:C7)', message: /tar med Lönebidrag/ },
      ],
    },
    {
      name: 'the cost total counts the items and their subtotal (double counting)',
      rows: base({ B15: f('=SUM(B11:B14)', 9_400_000) }),
      findings: [{ cell: 'B15', year: 2026, actual: '=SUM(B11:B14)', message: /tar med Lön, Lokal/ }],
    },
    {
      name: 'TOTALT counts the contributions and their subtotal',
      rows: base({ B7: f('=SUM(B2:B6)', 10_810_000) }),
      findings: [{ cell: 'B7', year: 2026, message: /tar med Försäkringskassan, Region Gotland/ }],
    },
    {
      name: 'a section subtotal reaching into the reserve row',
      rows: base({ C13: f('=SUM(C11:C14)', 5_000_000) }),
      findings: [{ cell: 'C13', year: 2027, expected: 'Lön, Lokal', message: /tar med .*Reserv eget kapital/ }],
    },
    {
      name: 'TOTALT\'s range runs into itself (circular)',
      rows: base({ B7: f('=SUM(B4:B8)', 0) }),
      findings: [{ cell: 'B7', year: 2026, message: /tar med TOTALT/ }],
    },
    {
      name: 'a municipality left out of Summa samverkansmedel (quarter table)',
      rows: withCells(quarterTable(), { B6: f('=SUM(B2:B4)', 3_600_000) }),
      findings: [{ cell: 'B6', year: 2026, message: /utelämnar Lunds kommun/ }],
    },
    {
      name: 'a plus chain missing a row',
      rows: base({ B15: f('=B13', 4_500_000) }),
      findings: [{ cell: 'B15', year: 2026, actual: '=B13', message: /utelämnar Reserv eget kapital/ }],
    },
    {
      name: 'addresses follow topLeft C3 (formula in sheet addresses)',
      rows: base({ B15: f('=SUM(D15)', 4_500_000) }),
      topLeft: 'C3',
      findings: [{ cell: 'D17', year: 2026, actual: '=SUM(D15)' }],
    },
  ],
});
