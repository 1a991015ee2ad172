/**
 * Layouts 7–12: three levels of sections (formulas, then typed with S:a/Delsumma/Totalt), the
 * 2022 plan's TOTALT wording, the result convention (formulas; typed in tkr), members by name.
 */
import { item, setA, setD } from './amounts';
import type { YearSpec } from './build';
import type { CorpusCase } from './cases';

const Y = (...specs: [number, YearSpec['word']][]): YearSpec[] => specs.map(([year, word]) => ({ year, word }));
const FOUR = Y([2025, 'Budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']);

const LABELS_TYPED: Record<string, string> = {
  administration: 'S:a administration',
  insatser: 'Totalt insatser',
  'individinriktade insatser': 'Delsumma individinriktade insatser',
  arbetslivsinriktade: 'S:a arbetslivsinriktade',
  hälsoinriktade: 'S:a hälsoinriktade',
  strukturinsatser: 'Delsumma strukturinsatser',
};

export const layouts2: CorpusCase[] = [
  {
    id: 'L07-tre-nivaer-formler',
    title: 'Tre nivåer: arbetslivs- och hälsoinriktade under individinriktade, under insatser; varje nivå med "Summa …" som formel',
    causes: [3],
    sheets: [
      {
        sheet: 'Budget',
        years: FOUR,
        totals: 'formula',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: setD((n) => `Summa ${n}`).income,
        openingLabel: 'Eget kapital',
        opening: 900_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: setD((n) => `Summa ${n}`).costs,
        costTotal: 'Summa kostnader',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2025: 1_150_000, 2026: 1_190_000, 2027: 1_090_000, 2028: 900_000 },
    twin: {
      what: 'Summa hälsoinriktade 2028 skriven över med 540 000 (raderna ger 450 000); Friskvård 2026 −150 000 (Hälsoskola höjd så att summan står kvar)',
      pokes: { Budget: { E22: 540_000, C21: -150_000, C20: 600_000 } },
      faults: [['sum-mismatch', 'E22'], ['negative-amount', 'C21']],
    },
  },
  {
    id: 'L08-tre-nivaer-inskrivna',
    title: 'Tre nivåer med inskrivna summor och orden S:a, Delsumma, Totalt',
    causes: [3],
    sheets: [
      {
        sheet: 'Budget',
        years: FOUR,
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: setD((n) => LABELS_TYPED[n]).income,
        openingLabel: 'Eget kapital',
        opening: 900_000,
        incomeTotal: 'Totalt intäkter och eget kapital',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: setD((n) => LABELS_TYPED[n]).costs,
        costTotal: 'Totalt kostnader',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2025: 1_150_000, 2026: 1_190_000, 2027: 1_090_000, 2028: 900_000 },
    twin: {
      what: 'Totalt kostnader 2028 inskriven som 5 209 000 (raderna ger 5 290 000); IPS 2027 som text "900 000"',
      pokes: { Budget: { E29: 5_209_000, D17: '900 000' } },
      faults: [['sum-mismatch', 'E29'], ['text-number', 'D17']],
    },
  },
  {
    id: 'L09-totalt-kostnader',
    title: '2022 års ordval: "TOTALT: Kostnader: Administration", "Kostnader: projekt", "TOTALT: Kostnader verksamhet", "TOTALT: Kostnader"',
    causes: [4, 3],
    sheets: [
      {
        sheet: 'Budget',
        years: Y([2025, 'Budget'], [2026, 'Budgetplan'], [2027, 'Prognos'], [2028, 'Prognos']),
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'INTÄKTER och eget kapital',
        income: [
          item('Försäkringskassan', [2_200_000, 2_200_000, 2_150_000, 2_150_000]),
          item('Region Gotland', [2_200_000, 2_200_000, 2_150_000, 2_150_000]),
        ],
        openingLabel: 'Eget kapital/sparade medel',
        opening: 1_500_000,
        incomeTotal: 'TOTALT: Intäkter och kapital',
        costHeading: 'KOSTNADER',
        costHeader: true,
        costs: [
          {
            heading: 'Administration',
            total: 'TOTALT: Kostnader: Administration',
            children: [
              item('Förbundschef', [900_000, 920_000, 940_000, 960_000]),
              item('Revisionskostnader', [50_000, 50_000, 50_000, 50_000]),
              item('Styrelsen', [30_000, 30_000, 30_000, 30_000]),
            ],
          },
          {
            heading: 'Verksamhet',
            total: 'TOTALT: Kostnader verksamhet',
            children: [
              {
                heading: 'Utvecklingsinsatser',
                total: 'Kostnader: Utvecklingsinsatser',
                children: [item('Inspiration Finsam', [200_000, 200_000, 150_000, 150_000]), item('Metodutbildningar', [250_000, 250_000, 150_000, 150_000])],
              },
              {
                heading: 'Projekt',
                total: 'Kostnader: projekt',
                children: [item('JobbSam', [2_900_000, 3_000_000, 3_000_000, 3_050_000]), item('JobbSam: Språkstöd', [50_000, 50_000, null, null])],
              },
            ],
          },
        ],
        costTotal: 'TOTALT: Kostnader',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2025: 1_520_000, 2026: 1_420_000, 2027: 1_400_000, 2028: 1_310_000 },
    twin: {
      what: 'TOTALT: Kostnader 2028 inskriven som 4 930 000 (raderna ger 4 390 000); eget kapital 2028 1 500 000 i stället för 1 400 000 (med intäktssumman rättad efter det)',
      pokes: { Budget: { E23: 4_930_000, E4: 1_500_000, E5: 5_800_000 } },
      faults: [['sum-mismatch', 'E23'], ['equity-carry-forward', 'E4']],
    },
  },
  {
    id: 'L10-resultat-formler',
    title: 'Resultatuppställning: Summa intäkter, Summa kostnader, Årets resultat (negativt), Eget kapital vid årets början/slut, allt formler',
    causes: [5],
    sheets: [
      {
        sheet: 'Budget',
        years: Y([2024, 'Utfall'], [2025, 'Budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']),
        totals: 'formula',
        convention: 'result',
        incomeHeading: 'Intäkter',
        income: [...setA(0).members(), setA(0).interest],
        incomeTotal: 'Summa intäkter',
        costHeading: 'Kostnader',
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: setA(0).admin() },
          { heading: 'Insatser', total: 'Summa insatser', children: setA(0).insatser() },
        ],
        costTotal: 'Summa kostnader',
        result: 'Årets resultat',
        openingLabel: 'Eget kapital vid årets början',
        opening: 1_200_000,
        closing: 'Eget kapital vid årets slut',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2024: 1_305_000, 2025: 1_310_000, 2026: 1_215_000, 2027: 990_000, 2028: 735_000 },
    twin: {
      what: 'Summa kostnader 2026 skriven över med 4 330 000 (raderna ger 4 300 000); eget kapital vid årets början 2027 skrivet över med 1 115 000 (2026 slutar på 1 185 000)',
      pokes: { Budget: { D16: 4_330_000, E19: 1_115_000 } },
      faults: [['sum-mismatch', 'D16'], ['equity-carry-forward', 'E19']],
    },
  },
  {
    id: 'L11-resultat-tkr',
    title: 'Resultatuppställning med inskrivna tal i tusental: "Belopp i tkr" ovanför tabellen',
    causes: [5, 7, 1],
    sheets: [
      {
        sheet: 'Budget',
        above: ['Samordningsförbundet Norra Dalarna', 'Budget 2026', 'Belopp i tkr', null],
        years: FOUR,
        totals: 'typed',
        convention: 'result',
        incomeHeading: 'Intäkter',
        income: [...setA(1, 1000).members('Försäkringskassan', 'Region Dalarna'), setA(1, 1000).interest],
        incomeTotal: 'Summa intäkter',
        costHeading: 'Kostnader',
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: setA(1, 1000).admin() },
          { heading: 'Insatser', total: 'Summa insatser', children: setA(1, 1000).insatser() },
        ],
        costTotal: 'Summa kostnader',
        openingLabel: 'Eget kapital vid årets början',
        opening: 1_305,
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    unit: 'tkr',
    equity: { 2025: 1_310, 2026: 1_215, 2027: 990, 2028: 735 },
    // Cap 20 % of 4 100 / 4 200 tkr = 820 / 840 tkr; floor 650 tkr.
    status: { 2025: 'over-cap', 2026: 'over-cap', 2027: 'over-cap', 2028: 'ok' },
    twin: {
      what: 'Eget kapital vid årets början 2028 890 i stället för 990 (och årets slut 635 efter det); Lokaler 2026 som text "100"',
      pokes: { Budget: { E23: 890, E24: 635, C14: '100' } },
      faults: [['equity-carry-forward', 'E23'], ['text-number', 'C14']],
    },
  },
  {
    id: 'L12-vgr-goteborg',
    title: 'Medlemmar vid namn: Staten, Västra Götalandsregionen, Göteborgs Stad (hälften, en fjärdedel, en fjärdedel)',
    causes: [6],
    sheets: [
      {
        sheet: 'Budget',
        years: FOUR,
        totals: 'formula',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [
          {
            total: 'Summa medlemsbidrag',
            children: [
              item('Staten', [4_000_000, 4_000_000, 4_100_000, 4_100_000]),
              item('Västra Götalandsregionen', [2_000_000, 2_000_000, 2_050_000, 2_050_000]),
              item('Göteborgs Stad', [2_000_000, 2_000_000, 2_050_000, 2_050_000]),
            ],
          },
        ],
        openingLabel: 'Ingående eget kapital',
        opening: 1_500_000,
        incomeTotal: 'Summa intäkter och eget kapital',
        costHeading: 'Kostnader',
        costs: [
          item('Personal', [2_500_000, 2_600_000, 2_700_000, 2_800_000]),
          item('Lokaler och administration', [600_000, 600_000, 650_000, 650_000]),
          {
            heading: 'Insatser',
            total: 'Summa insatser',
            children: [item('Arbetsmarknadsinsatser', [4_000_000, 4_200_000, 4_300_000, 4_400_000]), item('Samverkansinsatser', [800_000, 800_000, 800_000, 800_000])],
          },
        ],
        costTotal: 'Summa kostnader',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2025: 1_600_000, 2026: 1_400_000, 2027: 1_150_000, 2028: 700_000 },
    twin: {
      what: 'Staten 2026 3 900 000 och Västra Götalandsregionen 2 100 000 (summan densamma, hälfterna olika); Samverkansinsatser 2027 −800 000',
      pokes: { Budget: { C2: 3_900_000, C3: 2_100_000, D14: -800_000 } },
      faults: [['funding-split', 'C2'], ['negative-amount', 'D14']],
    },
  },
];
