/**
 * Layouts 18–20: municipalities under their own subtotal with "Landstinget …" and budget year
 * 2027; a second table under the budget; the result convention in capitals with
 * Ingående/Utgående eget kapital.
 */
import { item, setA, setB } from './amounts';
import type { YearSpec } from './build';
import type { CorpusCase } from './cases';

const Y = (...specs: [number, YearSpec['word']][]): YearSpec[] => specs.map(([year, word]) => ({ year, word }));

export const layouts4: CorpusCase[] = [
  {
    id: 'L18-kommuner-delsumma',
    title: '"Belopp i kr" över radrubrikerna, Landstinget Dalarna, kommunerna med egen "Summa kommuner" inne i Summa medlemsbidrag, Reserv eget kapital, budgetår 2027',
    causes: [6, 3, 1],
    sheets: [
      {
        sheet: 'Budget',
        years: Y([2025, 'Utfall'], [2026, 'Budget'], [2027, 'Budget'], [2028, 'Prognos'], [2029, 'Prognos']),
        totals: 'formula',
        convention: 'income',
        incomeHeading: 'Belopp i kr',
        incomeSubheading: 'Intäkter',
        income: [
          {
            total: 'Summa medlemsbidrag',
            children: [
              item('Försäkringskassan', [3_000_000, 3_000_000, 3_100_000, 3_100_000, 3_100_000]),
              item('Landstinget Dalarna', [1_500_000, 1_500_000, 1_550_000, 1_550_000, 1_550_000]),
              {
                heading: 'Kommunerna',
                total: 'Summa kommuner',
                children: [
                  item('Falu kommun', [700_000, 700_000, 720_000, 720_000, 720_000]),
                  item('Borlänge kommun', [500_000, 500_000, 520_000, 520_000, 520_000]),
                  item('Ludvika kommun', [300_000, 300_000, 310_000, 310_000, 310_000]),
                ],
              },
            ],
          },
          item('Ränteintäkter', [15_000, 10_000, 10_000, 10_000, 10_000]),
        ],
        openingLabel: 'Eget kapital',
        opening: 2_000_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costs: [
          {
            heading: 'Administration',
            total: 'Summa administration',
            children: [
              item('Förbundschef', [1_100_000, 1_150_000, 1_200_000, 1_250_000, 1_300_000]),
              item('Kansli och ekonomi', [400_000, 420_000, 440_000, 460_000, 480_000]),
            ],
          },
          {
            heading: 'Insatser',
            total: 'Summa insatser',
            children: [
              item('Arbetslivsinsatser', [3_500_000, 3_600_000, 3_600_000, 3_600_000, 3_600_000]),
              item('Unga vuxna', [900_000, 900_000, 900_000, 900_000, 900_000]),
            ],
          },
          item('Reserv eget kapital', [100_000, 100_000, 100_000, 100_000, 100_000]),
        ],
        costTotal: 'Summa kostnader',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2027,
    equity: { 2025: 2_015_000, 2026: 1_855_000, 2027: 1_825_000, 2028: 1_725_000, 2029: 1_555_000 },
    twin: {
      what: 'Summa kommuner 2028 skriven över med 1 650 000 (raderna ger 1 550 000); Försäkringskassan 2027 3 000 000 och Landstinget 1 650 000 (summan densamma, statens hälft för liten)',
      pokes: { Budget: { E9: 1_650_000, D3: 3_000_000, D4: 1_650_000 } },
      faults: [['sum-mismatch', 'E9'], ['funding-split', 'D3']],
    },
  },
  {
    id: 'L19-andra-tabell',
    title: 'En andra tabell under budgeten ("Medlemsbidragens fördelning 2026": Medlem, Andel, Belopp, Summa) som inte är en del av budgeten',
    causes: [1, 6],
    sheets: [
      {
        sheet: 'Budget',
        above: ['Budget 2026', null],
        years: Y([2025, 'Budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']),
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [...setA(1).members(), setA(1).interest],
        openingLabel: 'Eget kapital',
        opening: 1_305_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: setA(1).admin() },
          { heading: 'Insatser', total: 'Summa insatser', children: setA(1).insatser() },
        ],
        costTotal: 'SUMMA KOSTNADER',
        after: [
          ['Medlemsbidragens fördelning 2026'],
          ['Medlem', 'Andel', 'Belopp'],
          ['Försäkringskassan', 0.5, 2_100_000],
          ['Region Gotland', 0.5, 2_100_000],
          ['Summa', 1, 4_200_000],
        ],
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2025: 1_310_000, 2026: 1_215_000, 2027: 990_000, 2028: 735_000 },
    twin: {
      what: 'TOTALT 2028 inskriven som 5 295 000 (raderna ger 5 195 000); Ung framtid 2027 −500 000 (Jobbvägen höjd så att summan står kvar)',
      pokes: { Budget: { E8: 5_295_000, D17: -500_000, D16: 3_800_000 } },
      faults: [['sum-mismatch', 'E8'], ['negative-amount', 'D17']],
    },
  },
  {
    id: 'L20-resultat-ingaende-utgaende',
    title: 'Resultatuppställning i versaler (SUMMA INTÄKTER, ÅRETS RESULTAT) med Ingående/Utgående eget kapital, Plan-år och budgetår 2027; inskrivet',
    causes: [5, 2, 1],
    sheets: [
      {
        sheet: 'Budget 2027',
        above: ['Samordningsförbundet Västra Mälardalen', 'Verksamhetsplan med budget 2027', 'Belopp i kronor', null],
        years: Y([2025, 'Bokslut'], [2026, 'Budget'], [2027, 'Budget'], [2028, 'Plan'], [2029, 'Plan']),
        totals: 'typed',
        convention: 'result',
        incomeHeading: 'INTÄKTER',
        income: [...setB().members, setB().other],
        incomeTotal: 'SUMMA INTÄKTER',
        costHeading: 'KOSTNADER',
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: setB().admin },
          { heading: 'Insatser', total: 'Summa insatser', children: [{ sub: 'Pågående insatser' }, ...setB().insatser] },
        ],
        costTotal: 'SUMMA KOSTNADER',
        result: 'ÅRETS RESULTAT',
        openingLabel: 'Ingående eget kapital',
        opening: 1_600_000,
        closing: 'Utgående eget kapital',
      },
    ],
    sheet: 'Budget 2027',
    budgetYear: 2027,
    equity: { 2025: 1_670_000, 2026: 1_560_000, 2027: 1_360_000, 2028: 1_130_000, 2029: 880_000 },
    twin: {
      what: 'Ingående eget kapital 2029 1 230 000 i stället för 1 130 000 (och utgående 980 000 efter det); Personal 2026 visar #REF!',
      pokes: { 'Budget 2027': { F24: 1_230_000, F25: 980_000, C13: { formula: '#REF!', error: '#REF!' } } },
      faults: [['equity-carry-forward', 'F24'], ['formula-error', 'C13']],
    },
  },
];
