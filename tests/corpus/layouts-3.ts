/**
 * Layouts 13–17: municipalities sharing a quarter by a key, "Medlemsavgift …"/"Bidrag …",
 * tkr in the header, several sheets, an account-number column with extra columns.
 */
import { item, setA, setB } from './amounts';
import type { Item, YearSpec } from './build';
import type { CorpusCase } from './cases';

const Y = (...specs: [number, YearSpec['word']][]): YearSpec[] => specs.map(([year, word]) => ({ year, word }));
const FOUR = Y([2025, 'Budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']);
const flat = (x: number) => [x, x, x, x];

/** The budget sheet of L16, and (with other years) its outcome sheet. */
function setASheet(sheet: string, years: YearSpec[], from: number, opening: number) {
  return {
    sheet,
    years,
    totals: 'typed' as const,
    convention: 'income' as const,
    incomeHeading: 'Intäkter',
    income: [...setA(from).members(), setA(from).interest],
    openingLabel: 'Eget kapital',
    opening,
    incomeTotal: 'TOTALT',
    costHeading: 'Kostnader',
    costHeader: true,
    costs: [
      { heading: 'Administration', total: 'Summa administration', children: setA(from).admin() },
      { heading: 'Insatser', total: 'Summa insatser', children: setA(from).insatser() },
    ],
    costTotal: 'SUMMA KOSTNADER',
  };
}

const withComment = (i: Item, comment: string): Item => ({ ...i, comment });

export const layouts3: CorpusCase[] = [
  {
    id: 'L13-kommunal-nyckel',
    title: 'Region Skåne en fjärdedel, fyra kommuner delar en fjärdedel efter en överenskommen nyckel (50/25/15/10 %)',
    causes: [6, 1],
    sheets: [
      {
        sheet: 'Budget 2026',
        above: ['Samordningsförbundet Mellersta Skåne', null],
        years: FOUR,
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [
          {
            total: 'Summa medlemsbidrag',
            children: [
              item('Försäkringskassan', flat(4_000_000)),
              item('Region Skåne', flat(2_000_000)),
              item('Malmö stad', flat(1_000_000)),
              item('Lunds kommun', flat(500_000)),
              item('Eslövs kommun', flat(300_000)),
              item('Höörs kommun', flat(200_000)),
            ],
          },
        ],
        openingLabel: 'Eget kapital',
        opening: 2_400_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: [
          item('Personal', [3_000_000, 3_100_000, 3_200_000, 3_300_000]),
          item('Insatser', [4_500_000, 4_800_000, 5_000_000, 5_000_000]),
          item('Lokaler', flat(400_000)),
        ],
        costTotal: 'Summa kostnader',
      },
    ],
    sheet: 'Budget 2026',
    budgetYear: 2026,
    equity: { 2025: 2_500_000, 2026: 2_200_000, 2027: 1_600_000, 2028: 900_000 },
    twin: {
      what: 'Försäkringskassan 2027 4 100 000 och Höörs kommun 100 000 (summan densamma, statens hälft för stor); Insatser 2028 visar #REF!',
      pokes: { 'Budget 2026': { D4: 4_100_000, D9: 100_000, E16: { formula: 'SUM(#REF!)', error: '#REF!' } } },
      faults: [['funding-split', 'D4'], ['formula-error', 'E16']],
    },
  },
  {
    id: 'L14-medlemsavgift-bidrag',
    title: '"Bidrag Försäkringskassan", "Medlemsavgift Region Uppsala", "Medlemsavgift Uppsala kommun", ett projektbidrag som inte är medlemsbidrag; resultatuppställning',
    causes: [6, 5],
    sheets: [
      {
        sheet: 'Budget',
        years: Y([2025, 'Budget'], [2026, 'Budget'], [2027, 'Plan'], [2028, 'Plan']),
        totals: 'typed',
        convention: 'result',
        incomeHeading: 'Intäkter',
        income: [
          item('Bidrag Försäkringskassan', flat(3_000_000)),
          item('Medlemsavgift Region Uppsala', flat(1_500_000)),
          item('Medlemsavgift Uppsala kommun', flat(1_100_000)),
          item('Medlemsavgift Enköpings kommun', flat(400_000)),
          item('Projektmedel ESF-rådet', [250_000, 250_000, null, null]),
        ],
        incomeTotal: 'Summa intäkter',
        costHeading: 'Kostnader',
        costs: [
          item('Personal', [2_000_000, 2_100_000, 2_200_000, 2_300_000]),
          {
            heading: 'Insatser',
            total: 'Summa insatser',
            children: [item('Arbetslivsinsatser', [3_500_000, 3_800_000, 3_900_000, 3_900_000]), item('ESF-projekt Steget', [250_000, 250_000, null, null])],
          },
        ],
        costTotal: 'Summa kostnader',
        openingLabel: 'Eget kapital vid årets början',
        opening: 800_000,
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2025: 1_300_000, 2026: 1_400_000, 2027: 1_300_000, 2028: 1_100_000 },
    twin: {
      what: 'Bidrag Försäkringskassan 2028 2 900 000 och Enköpings kommun 500 000 (statens hälft för liten); Personal 2027 som text "2 200 000 kr"',
      pokes: { Budget: { E3: 2_900_000, E6: 500_000, D10: '2 200 000 kr' } },
      faults: [['funding-split', 'E3'], ['text-number', 'D10']],
    },
  },
  {
    id: 'L15-tkr-i-rubriken',
    title: '"Budget 2026 (tkr)" i rubrikraden: beloppen är tusental, tak och golv jämförs i samma enhet',
    causes: [7],
    sheets: [
      {
        sheet: 'Budget',
        years: FOUR,
        unitSuffix: ' (tkr)',
        totals: 'formula',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [item('Försäkringskassan', flat(3_500)), item('Region Dalarna', flat(3_500)), item('Ränteintäkter', flat(10))],
        openingLabel: 'Eget kapital',
        opening: 1_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: [item('Personal', [1_500, 1_550, 1_600, 1_650]), item('Lokaler', flat(200))] },
          { heading: 'Insatser', total: 'Summa insatser', children: [item('Insats Arbete', [4_000, 4_100, 4_200, 4_200]), item('Insats Hälsa', [1_250, 1_300, 1_100, 1_100])] },
        ],
        costTotal: 'SUMMA KOSTNADER',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    unit: 'tkr',
    equity: { 2025: 1_060, 2026: 920, 2027: 830, 2028: 690 },
    // Cap 20 % of 7 000 tkr = 1 400 tkr, floor 650 tkr: every year within.
    status: { 2025: 'ok', 2026: 'ok', 2027: 'ok', 2028: 'ok' },
    twin: {
      what: 'Summa administration 2027 skriven över med 1 900 (raderna ger 1 800); Lokaler 2028 −200 (Personal höjd så att summan står kvar)',
      pokes: { Budget: { D12: 1_900, E11: -200, E10: 2_050 } },
      faults: [['sum-mismatch', 'D12'], ['negative-amount', 'E11']],
    },
  },
  {
    id: 'L16-flera-blad',
    title: 'Bladen Instruktioner, Utfall 2025 (bara utfall) och Budget 2026: budgetbladet ska väljas',
    causes: [8],
    sheets: [
      {
        name: 'Instruktioner',
        rows: [
          ['Så fyller du i budgeten 2026'],
          ['1. Utfallet för 2024 och 2025 står i bladet Utfall 2025.'],
          ['2. Fyll i Budget 2026 och prognoserna 2027–2028 i bladet Budget 2026.'],
          ['Senast ändrad', '2025-10-01'],
        ],
      },
      setASheet('Utfall 2025', Y([2024, 'Utfall'], [2025, 'Utfall']), 0, 1_200_000),
      setASheet('Budget 2026', FOUR, 1, 1_305_000),
    ],
    sheet: 'Budget 2026',
    budgetYear: 2026,
    equity: { 2025: 1_310_000, 2026: 1_215_000, 2027: 990_000, 2028: 735_000 },
    twin: {
      what: 'SUMMA KOSTNADER 2028 inskriven som 4 406 000 (raderna ger 4 460 000); Jobbvägen 2027 som text "2 800 000"; i utfallsbladet (som inte ska granskas) SUMMA KOSTNADER 2025 4 000 000',
      pokes: { 'Budget 2026': { E17: 4_406_000, D14: '2 800 000' }, 'Utfall 2025': { C17: 4_000_000 } },
      faults: [['sum-mismatch', 'E17'], ['text-number', 'D14']],
    },
  },
  {
    id: 'L17-konto-och-extra-kolumner',
    title: 'Kontonummer (Konto) till vänster om radrubrikerna, "Förändring %" och "Kommentar" till höger om åren',
    causes: [9],
    sheets: [
      {
        sheet: 'Budget',
        account: true,
        change: { from: 2025, to: 2026 },
        comment: true,
        years: Y([2024, 'Bokslut'], [2025, 'Budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']),
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [withComment(setB(true).members[0], 'Enligt förhandsbesked'), setB(true).members[1], setB(true).other],
        openingLabel: 'Eget kapital',
        opening: 1_600_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: setB(true).admin },
          { heading: 'Insatser', total: 'Summa insatser', children: [withComment(setB(true).insatser[0], 'Avtal t.o.m. 2028'), setB(true).insatser[1]] },
        ],
        costTotal: 'Summa kostnader',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2024: 1_670_000, 2025: 1_560_000, 2026: 1_360_000, 2027: 1_130_000, 2028: 880_000 },
    twin: {
      what: 'TOTALT 2028 inskriven som 4 690 000 (raderna ger 4 240 000); Insats Arbetslivet 2026 som text "2 000 000"',
      pokes: { Budget: { G6: 4_690_000, E14: '2 000 000' } },
      faults: [['sum-mismatch', 'G6'], ['text-number', 'E14']],
    },
  },
];
