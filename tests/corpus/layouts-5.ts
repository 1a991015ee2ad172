/**
 * Layouts 21–22: a table that starts in column B with an empty spacer column, header cells with
 * line breaks and indented labels; an excluded "*" row with its footnote, dashes for zero and
 * amounts in öre; blank rows between sections, merged section headings, "Reviderad budget".
 */
import { item, setA, setB } from './amounts';
import type { YearSpec } from './build';
import type { CorpusCase } from './cases';

const Y = (...specs: [number, YearSpec['word']][]): YearSpec[] => specs.map(([year, word]) => ({ year, word }));
const flat = (x: number) => [x, x, x, x];

export const layouts5: CorpusCase[] = [
  {
    id: 'L21-indrag-och-radbrytning',
    title: 'Tabellen börjar i kolumn B, en tom smal kolumn mellan rubriker och år, rubrikceller med radbrytning ("Budget⏎2026"), radrubriker indragna med blanksteg',
    causes: [1, 2, 9],
    sheets: [
      {
        sheet: 'Budget',
        startCol: 2,
        spacer: true,
        headerBreak: true,
        indent: '   ',
        above: ['Budgetunderlag 2026', null],
        years: Y([2025, 'Utfall'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']),
        totals: 'formula',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [...setA(1).members('Försäkringskassan', 'Region Västerbotten'), setA(1).interest],
        openingLabel: 'Eget kapital',
        opening: 1_305_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: setA(1).admin() },
          { heading: 'Insatser', total: 'Summa insatser', children: setA(1).insatser() },
        ],
        costTotal: 'Summa kostnader',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2025: 1_310_000, 2026: 1_215_000, 2027: 990_000, 2028: 735_000 },
    twin: {
      what: 'Summa insatser 2027 skriven över med 3 350 000 (raderna ger 3 300 000); Lokaler 2026 −100 000 (Förbundschef höjd så att summan står kvar)',
      pokes: { Budget: { F18: 3_350_000, E13: -100_000, E12: 1_200_000 } },
      faults: [['sum-mismatch', 'F18'], ['negative-amount', 'E13']],
    },
  },
  {
    id: 'L22-stjarna-streck-ore',
    title: 'En rad "Lönebidrag*" med fotnoten "*Inkluderas inte i totalen", streck (-) för noll när en insats upphör, belopp i öre',
    causes: [3, 9],
    sheets: [
      {
        sheet: 'Budget',
        years: Y([2025, 'Budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']),
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [
          item('Försäkringskassan', flat(2_000_000)),
          item('Region Gotland', flat(2_000_000)),
          item('Ränteintäkter', [12_345.5, 8_000, 8_000, 8_000]),
          { label: 'Övriga intäkter', amounts: [4_654.5, '-', '-', '-'] },
        ],
        openingLabel: 'Eget kapital',
        opening: 900_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: [item('Förbundschef', [1_000_000, 1_030_000, 1_060_000, 1_090_000]), item('Lokaler', flat(150_000))] },
          {
            heading: 'Insatser',
            total: 'Summa insatser',
            children: [
              item('Jobbvägen', [2_400_000, 2_500_000, 2_800_000, 2_900_000]),
              { label: 'Lönebidrag*', amounts: flat(300_000), excluded: true },
              { label: 'Ung framtid', amounts: [400_000, 400_000, '-', '-'] },
            ],
          },
        ],
        costTotal: 'SUMMA KOSTNADER',
        below: ['*Inkluderas inte i totalen'],
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2025: 967_000, 2026: 895_000, 2027: 893_000, 2028: 761_000 },
    twin: {
      what: 'SUMMA KOSTNADER 2028 inskriven som 4 104 000 (raderna ger 4 140 000); Förbundschef 2027 som text "1 060 000 kr" med hårda mellanslag',
      pokes: { Budget: { E19: 4_104_000, D11: '1\u00a0060\u00a0000 kr' } },
      faults: [['sum-mismatch', 'E19'], ['text-number', 'D11']],
    },
  },
  {
    id: 'L23-tomma-rader-sammanfogat',
    title: 'Tomma rader efter varje delsumma, avsnittsrubriker sammanfogade över hela bredden, "Reviderad budget 2025"; formler',
    causes: [2, 3],
    sheets: [
      {
        sheet: 'Budget',
        years: Y([2024, 'Bokslut'], [2025, 'Reviderad budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']),
        blankAfterSections: true,
        mergeHeadings: true,
        totals: 'formula',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [{ heading: 'Medlemsbidrag', total: 'Summa medlemsbidrag', children: setB().members }, setB().other],
        openingLabel: 'Eget kapital',
        opening: 1_600_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: setB().admin },
          { heading: 'Insatser', total: 'Summa insatser', children: setB().insatser },
        ],
        costTotal: 'Summa kostnader',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2024: 1_670_000, 2025: 1_560_000, 2026: 1_360_000, 2027: 1_130_000, 2028: 880_000 },
    twin: {
      what: 'Summa kostnader 2028 skriven över med 3 460 000 (raderna ger 3 360 000); eget kapital 2027 skrivet över med 1 460 000 (2026 slutar på 1 360 000)',
      pokes: { Budget: { F22: 3_460_000, E8: 1_460_000 } },
      faults: [['sum-mismatch', 'F22'], ['equity-carry-forward', 'E8']],
    },
  },
  {
    id: 'L24-tva-ar',
    title: 'Bara två årskolumner (Budget 2026, Plan 2027), avsnitt i två nivåer med "Delsumma …", allt inskrivet',
    causes: [2, 3],
    sheets: [
      {
        sheet: 'Budget',
        years: Y([2026, 'Budget'], [2027, 'Plan']),
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [item('Staten', [2_400_000, 2_450_000]), item('Region Dalarna', [2_400_000, 2_450_000])],
        openingLabel: 'Ingående eget kapital',
        opening: 1_000_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: [
          {
            heading: 'Samverkan',
            total: 'Delsumma samverkan',
            children: [item('Styrelsen', [160_000, 200_000]), { sub: 'Pågående insatser' }, item('Språkstöd', [900_000, 1_000_000]), item('IPS', [1_200_000, 1_300_000])],
          },
          { heading: 'Insatser', total: 'Summa insatser', children: [item('Ung framtid', [2_600_000, 2_700_000])] },
        ],
        costTotal: 'Totalt kostnader',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2026: 940_000, 2027: 640_000 },
    twin: {
      what: 'Totalt kostnader 2027 inskriven som 5 300 000 (raderna ger 5 200 000); IPS 2026 som text "1 200 000"',
      pokes: { Budget: { C17: 5_300_000, B12: '1 200 000' } },
      faults: [['sum-mismatch', 'C17'], ['text-number', 'B12']],
    },
  },
];
