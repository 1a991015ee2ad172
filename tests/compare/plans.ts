/**
 * Two years' plans of one association, built for the compare tests: the 2025 plan (Utfall 2024,
 * Budget 2025, Prognos 2026-2028) and the 2026 plan made from it with exactly these changes:
 * - a prognosis year added (2029), the outcome 2024 dropped;
 * - the insats "Ung Vux Gotland" ended: the 2026 plan no longer has the row;
 * - "Jobbvägen A/R" renamed "Jobbvagen A/R" (same amounts);
 * - "Lokalkostnader" moved above "Lön förbundschef" (same section, same amounts);
 * - the state's and the region's contribution for 2027 lowered from 2 100 000 to 2 050 000 kr.
 * Totals are SUM formulas with their values, as a sheet holds them.
 */
import type { TestCell } from '../helpers/sheet';

type Item = [string, ...number[]];
interface Section {
  header: string;
  items: Item[];
  total: string;
}
export interface PlanSpec {
  headers: string[];
  contributions: Item[];
  otherIncome: Item[];
  opening: Item;
  sections: Section[];
  reserve: Item;
}

const COLS = 'BCDEFGHIJ';

/** The rows of a sheet from a spec: every total a SUM formula with its value. */
export function planRows(spec: PlanSpec): TestCell[][] {
  const n = spec.headers.length;
  const rows: TestCell[][] = [];
  const sum = (rowNumbers: number[]) =>
    Array.from({ length: n }, (_, c) => {
      const v = rowNumbers.reduce((s, r) => s + valueOf(rows[r - 1][c + 1]), 0);
      return { f: `=SUM(${rowNumbers.map((r) => `${COLS[c]}${r}`).join(',')})`, v };
    });
  const add = (cells: TestCell[]) => rows.push(cells) && rows.length;
  add(['Intäkter', ...spec.headers]);
  const contributions = spec.contributions.map((i) => add(i));
  const subtotal = add(['Summa samverkansmedel', ...sum(contributions)]);
  const other = spec.otherIncome.map((i) => add(i));
  const opening = add(spec.opening);
  add(['TOTALT', ...sum([subtotal, ...other, opening])]);
  add([]);
  add(['Kostnader', ...spec.headers]);
  const sectionTotals = spec.sections.map((s) => {
    add([s.header]);
    const items = s.items.map((i) => add(i));
    return add([s.total, ...sum(items)]);
  });
  const reserve = add(spec.reserve);
  add(['SUMMA KOSTNADER', ...sum([...sectionTotals, reserve])]);
  return rows;
}

function valueOf(cell: TestCell): number {
  if (typeof cell === 'number') return cell;
  if (cell && typeof cell === 'object' && typeof cell.v === 'number') return cell.v;
  return 0;
}

const four = (a: number, b: number, c: number, d: number) => [a, b, c, d];

export const PLAN_2025: PlanSpec = {
  headers: ['Utfall 2024', 'Budget 2025', 'Prognos 2026', 'Prognos 2027', 'Prognos 2028'],
  contributions: [
    ['Försäkringskassan', 2_000_000, ...four(2_100_000, 2_100_000, 2_100_000, 2_100_000)],
    ['Region Gotland', 2_000_000, ...four(2_100_000, 2_100_000, 2_100_000, 2_100_000)],
  ],
  otherIncome: [['Ränteintäkter', 400, 500, 500, 500, 500]],
  opening: ['Eget kapital', 2_500_000, 2_300_000, 2_000_000, 1_700_000, 1_400_000],
  sections: [
    {
      header: 'Administration',
      items: [
        ['Lön förbundschef', 600_000, 620_000, 640_000, 660_000, 680_000],
        ['Lokalkostnader', 50_000, 52_000, 54_000, 56_000, 58_000],
      ],
      total: 'Summa administration',
    },
    {
      header: 'Utvecklingsinsatser',
      items: [
        ['Jobbvägen A/R', 900_000, 960_000, 960_000, 960_000, 960_000],
        ['Ung Vux Gotland', 800_000, 850_000, 850_000, 850_000, 850_000],
        ['Strukturell samverkan', 300_000, 300_000, 300_000, 300_000, 300_000],
      ],
      total: 'TOTALT Utvecklingsinsatser',
    },
  ],
  reserve: ['Reserv eget kapital', 100_000, 100_000, 100_000, 100_000, 100_000],
};

/** The same plan a year later, with exactly the changes listed at the top of this file. */
export const PLAN_2026: PlanSpec = {
  headers: ['Budget 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029'],
  contributions: [
    ['Försäkringskassan', 2_100_000, 2_100_000, 2_050_000, 2_100_000, 2_100_000],
    ['Region Gotland', 2_100_000, 2_100_000, 2_050_000, 2_100_000, 2_100_000],
  ],
  otherIncome: [['Ränteintäkter', 500, 500, 500, 500, 500]],
  opening: ['Eget kapital', 2_300_000, 2_000_000, 1_700_000, 1_400_000, 1_100_000],
  sections: [
    {
      header: 'Administration',
      items: [
        ['Lokalkostnader', 52_000, 54_000, 56_000, 58_000, 60_000],
        ['Lön förbundschef', 620_000, 640_000, 660_000, 680_000, 700_000],
      ],
      total: 'Summa administration',
    },
    {
      header: 'Utvecklingsinsatser',
      items: [
        ['Jobbvagen A/R', 960_000, 960_000, 960_000, 960_000, 960_000],
        ['Strukturell samverkan', 300_000, 300_000, 300_000, 300_000, 300_000],
      ],
      total: 'TOTALT Utvecklingsinsatser',
    },
  ],
  reserve: ['Reserv eget kapital', 100_000, 100_000, 100_000, 100_000, 100_000],
};
