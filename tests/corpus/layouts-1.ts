/**
 * Layouts 1–6: what is above the table, header words and shapes, a combined column,
 * sub-headings. Cells and figures in the expectations are written out by hand from the
 * layout (tests/corpus/README.md shows how to print a layout's cells).
 */
import { setA, setB } from './amounts';
import type { YearSpec } from './build';
import type { CorpusCase } from './cases';

const Y = (...specs: [number, YearSpec['word']][]): YearSpec[] => specs.map(([year, word]) => ({ year, word }));

export const layouts1: CorpusCase[] = [
  {
    id: 'L01-titel-ovanfor',
    title: 'Förbundets namn, titel "Budgetplan 2026", "Belopp i kr", ett datum och en tom rad ovanför tabellen',
    causes: [1, 2],
    sheets: [
      {
        sheet: 'Budget',
        above: ['Samordningsförbundet Gotland', 'Budgetplan 2026', 'Belopp i kr', new Date(Date.UTC(2025, 9, 15)), null],
        years: Y([2024, 'Utfall'], [2025, 'Budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']),
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [{ total: 'Summa samverkansmedel', children: setA(0).members() }, setA(0).interest],
        openingLabel: 'Eget kapital',
        opening: 1_200_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: setA(0).admin() },
          { heading: 'Insatser', total: 'Summa insatser', children: setA(0).insatser() },
        ],
        costTotal: 'SUMMA KOSTNADER',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2024: 1_305_000, 2025: 1_310_000, 2026: 1_215_000, 2027: 990_000, 2028: 735_000 },
    twin: {
      what: 'SUMMA KOSTNADER 2028 inskriven som 4 406 000 (raderna ger 4 460 000); Lokaler 2026 som text "100 000 kr"',
      pokes: { Budget: { F23: 4_406_000, D17: '100 000 kr' } },
      faults: [['sum-mismatch', 'F23'], ['text-number', 'D17']],
    },
  },
  {
    id: 'L02-plan-kolumner',
    title: 'Bokslut 2024, Budget 2025, Budget 2026, Plan 2027, Plan 2028; summor och ingående eget kapital som formler',
    causes: [2],
    sheets: [
      {
        sheet: 'Budgetplan',
        years: Y([2024, 'Bokslut'], [2025, 'Budget'], [2026, 'Budget'], [2027, 'Plan'], [2028, 'Plan']),
        totals: 'formula',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [...setB().members, setB().other],
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
    sheet: 'Budgetplan',
    budgetYear: 2026,
    equity: { 2024: 1_670_000, 2025: 1_560_000, 2026: 1_360_000, 2027: 1_130_000, 2028: 880_000 },
    twin: {
      what: 'Summa insatser 2027 skriven över med talet 2 350 000 (raderna ger 2 300 000); ingående eget kapital 2026 skrivet över med 1 650 000 (2025 slutar på 1 560 000)',
      pokes: { Budgetplan: { E16: 2_350_000, D5: 1_650_000 } },
      faults: [['sum-mismatch', 'E16'], ['equity-carry-forward', 'D5']],
    },
  },
  {
    id: 'L03-ord-ovanfor-ar',
    title: 'Två rubrikrader: Utfall/Budget/Plan ovanför årtalen, "Plan" sammanfogad över 2027–2028; titel ovanför',
    causes: [1, 2],
    sheets: [
      {
        sheet: 'Budget 2026',
        above: ['Verksamhets- och budgetplan 2026–2028', null],
        header: 'kind-above',
        years: Y([2025, 'Utfall'], [2026, 'Budget'], [2027, 'Plan'], [2028, 'Plan']),
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [...setA(1).members('Försäkringskassan', 'Region Jönköpings län'), setA(1).interest],
        openingLabel: 'Ingående eget kapital',
        opening: 1_305_000,
        incomeTotal: 'Summa intäkter och eget kapital',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: [
          { heading: 'Administration', total: 'Summa administration', children: setA(1).admin() },
          { heading: 'Insatser', total: 'Summa insatser', children: setA(1).insatser() },
        ],
        costTotal: 'Summa kostnader',
      },
    ],
    sheet: 'Budget 2026',
    budgetYear: 2026,
    equity: { 2025: 1_310_000, 2026: 1_215_000, 2027: 990_000, 2028: 735_000 },
    twin: {
      what: 'Summa kostnader 2028 inskriven som 4 640 000 (raderna ger 4 460 000); ingående eget kapital 2028 1 090 000 i stället för 990 000 (med intäktssumman rättad efter det)',
      pokes: { 'Budget 2026': { E21: 4_640_000, E8: 1_090_000, E9: 5_295_000 } },
      faults: [['sum-mismatch', 'E21'], ['equity-carry-forward', 'E8']],
    },
  },
  {
    id: 'L04-ar-ovanfor-ord',
    title: 'Två rubrikrader: årtal överst, Bokslut/Budget/Prognos under, "Budget" och "Prognos" sammanfogade över två kolumner',
    causes: [2],
    sheets: [
      {
        sheet: 'Budget',
        header: 'year-above',
        years: Y([2024, 'Bokslut'], [2025, 'Budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']),
        totals: 'formula',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [...setB().members, setB().other],
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
      what: 'Summa administration 2026 skriven över med 1 100 000 (raderna ger 1 010 000); Insats Unga vuxna 2025 −250 000 (Insats Arbetslivet höjd så att summan står kvar)',
      pokes: { Budget: { D13: 1_100_000, C16: -250_000, C15: 2_400_000 } },
      faults: [['sum-mismatch', 'D13'], ['negative-amount', 'C16']],
    },
  },
  {
    id: 'L05-kombinerad-kolumn',
    title: 'Budget 2021, Budgetplan 2022 och en kombinerad kolumn "Prognos 2023/2024" med texten "2 100 000/2 100 000"',
    causes: [2, 4],
    sheets: [
      {
        sheet: 'Budgetplan 2022',
        years: Y([2021, 'Budget'], [2022, 'Budgetplan']),
        combined: { word: 'Prognos', years: [2023, 2024] },
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'INTÄKTER och eget kapital',
        income: [...setA(1).members(), setA(1).interest],
        openingLabel: 'Eget kapital/sparade medel',
        opening: 1_305_000,
        incomeTotal: 'TOTALT: Intäkter och kapital',
        costHeading: 'KOSTNADER',
        costHeader: true,
        costs: [
          { heading: 'Administration', total: 'TOTALT: Kostnader: Administration', children: setA(1).admin() },
          { heading: 'Insatser', total: 'Kostnader: Insatser', children: setA(1).insatser() },
        ],
        costTotal: 'TOTALT: Kostnader',
      },
    ],
    sheet: 'Budgetplan 2022',
    budgetYear: 2022,
    equity: { 2021: 1_310_000, 2022: 1_215_000 },
    combinedEquity: { 2023: 990_000, 2024: 735_000 },
    combinedColumn: 'D',
    twin: {
      what: 'Lokaler 2022 som text "100 000"; Förbundschef 2021 visar #REF! (en borttagen referens)',
      pokes: { 'Budgetplan 2022': { C11: '100 000', B10: { formula: '#REF!', error: '#REF!' } } },
      faults: [['text-number', 'C11'], ['formula-error', 'B10']],
    },
  },
  {
    id: 'L06-underrubriker',
    title: 'Underrubriker inne i avsnitten: "Inköpta tjänster", "Individinriktade insatser", "Om insatsen förlängs"',
    causes: [1, 3],
    sheets: [
      {
        sheet: 'Budget',
        above: ['Samordningsförbundet Östra Södermanland', 'Budget 2026 med plan för 2027–2028', null],
        years: Y([2025, 'Budget'], [2026, 'Budget'], [2027, 'Prognos'], [2028, 'Prognos']),
        totals: 'typed',
        convention: 'income',
        incomeHeading: 'Intäkter',
        income: [...setA(1).members('Försäkringskassan', 'Region Sörmland'), setA(1).interest],
        openingLabel: 'Eget kapital',
        opening: 1_305_000,
        incomeTotal: 'TOTALT',
        costHeading: 'Kostnader',
        costHeader: true,
        costs: [
          {
            heading: 'Administration',
            total: 'Summa administration',
            children: [setA(1).admin()[0], { sub: 'Inköpta tjänster' }, setA(1).admin(['', 'Ekonomitjänster'])[1]],
          },
          {
            heading: 'Insatser',
            total: 'Summa insatser',
            children: [{ sub: 'Individinriktade insatser' }, setA(1).insatser()[0], { sub: 'Om insatsen förlängs' }, setA(1).insatser()[1]],
          },
        ],
        costTotal: 'SUMMA KOSTNADER',
      },
    ],
    sheet: 'Budget',
    budgetYear: 2026,
    equity: { 2025: 1_310_000, 2026: 1_215_000, 2027: 990_000, 2028: 735_000 },
    twin: {
      what: 'SUMMA KOSTNADER 2028 inskriven som 4 470 000 (raderna ger 4 460 000); Ung framtid 2026 som text "500 000 kr"',
      pokes: { Budget: { E23: 4_470_000, C21: '500 000 kr' } },
      faults: [['sum-mismatch', 'E23'], ['text-number', 'C21']],
    },
  },
];

