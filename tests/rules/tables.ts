import type { TestCell } from '../helpers/sheet';

/** A formula cell with its shown value. */
export const f = (formula: string, value: number | string): TestCell => ({ f: formula, v: value });

/** No-break space, narrow no-break (thin) space and the minus sign, as Word and Excel paste them. */
export const NBSP = '\u00a0';
export const THIN = '\u202f';
export const MINUS = '\u2212';

/**
 * The correct base table, in the layout of validBudgetRows() (tests/helpers/sheet.ts) but in
 * realistic kronor. (validBudgetRows' small amounts, 2000 kr in a row, read as a year header
 * row: see the report on the parser.) Every total a formula, state and region equal, equity
 * carried, closing equity between the floor (650 000) and the cap (20 % of 5 MSEK = 1 MSEK):
 *
 *   1 Intäkter              | Budget 2026 | Prognos 2027
 *   2 Försäkringskassan     | 2 500 000   | 2 500 000
 *   3 Region Gotland        | 2 500 000   | 2 500 000
 *   4 Summa samverkansmedel | =SUM(B2:B3) 5 000 000
 *   5 Ränteintäkter         | 10 000
 *   6 Eget kapital          | 800 000     | 910 000
 *   7 TOTALT                | =SUM(B4:B6) 5 810 000 | 5 920 000
 *   9 Kostnader             | Budget 2026 | Prognos 2027
 *  10 Administration
 *  11 Lön                   | 4 000 000   | 4 100 000
 *  12 Lokal                 | 500 000
 *  13 Summa administration  | =SUM(B11:B12) 4 500 000 | 4 600 000
 *  14 Reserv eget kapital   | 400 000
 *  15 SUMMA KOSTNADER       | =SUM(B13:B14) 4 900 000 | 5 000 000
 *
 * Closing equity: 910 000 (2026), 920 000 (2027).
 */
export function budgetRows(): TestCell[][] {
  return [
    ['Intäkter', 'Budget 2026', 'Prognos 2027'],
    ['Försäkringskassan', 2_500_000, 2_500_000],
    ['Region Gotland', 2_500_000, 2_500_000],
    ['Summa samverkansmedel', f('=SUM(B2:B3)', 5_000_000), f('=SUM(C2:C3)', 5_000_000)],
    ['Ränteintäkter', 10_000, 10_000],
    ['Eget kapital', 800_000, 910_000],
    ['TOTALT', f('=SUM(B4:B6)', 5_810_000), f('=SUM(C4:C6)', 5_920_000)],
    [],
    ['Kostnader', 'Budget 2026', 'Prognos 2027'],
    ['Administration'],
    ['Lön', 4_000_000, 4_100_000],
    ['Lokal', 500_000, 500_000],
    ['Summa administration', f('=SUM(B11:B12)', 4_500_000), f('=SUM(C11:C12)', 4_600_000)],
    ['Reserv eget kapital', 400_000, 400_000],
    ['SUMMA KOSTNADER', f('=SUM(B13:B14)', 4_900_000), f('=SUM(C13:C14)', 5_000_000)],
  ];
}

/** A copy of budgetRows() with cells replaced by A1 address. */
export function base(changes: Record<string, TestCell> = {}): TestCell[][] {
  return withCells(budgetRows(), changes);
}

/** Replaces cells given by A1 address (the table starts at A1). */
export function withCells(rows: TestCell[][], changes: Record<string, TestCell>): TestCell[][] {
  const out = rows.map((r) => [...r]);
  for (const [address, value] of Object.entries(changes)) {
    const m = /^([A-Z])(\d+)$/.exec(address);
    if (!m) throw new Error(`bad address ${address}`);
    const row = Number(m[2]) - 1;
    const col = m[1].charCodeAt(0) - 65;
    while (out.length <= row) out.push([]);
    while (out[row].length < col) out[row].push(undefined);
    out[row][col] = value;
  }
  return out;
}

/** Inserts rows before the given 1-based row (no formula is adjusted: write the ones you need). */
export function insertRows(rows: TestCell[][], before: number, added: TestCell[][]): TestCell[][] {
  return [...rows.slice(0, before - 1), ...added, ...rows.slice(before - 1)];
}

/**
 * The base table with an excluded row: Lönebidrag* (300 000 kr a year) under the contributions
 * and the footnote "*Inkluderas inte i totalen" under the income block, as in the 2026 plan.
 * TOTALT leaves Lönebidrag out: =SUM(B4,B6:B7). Cost rows move down by two (SUMMA KOSTNADER in row 17).
 */
export function excludedRowTable(
  options: { footnote?: string | null; label?: string; totalFormula?: (c: string) => string; totalValue?: [number, number] } = {},
): TestCell[][] {
  const footnote = options.footnote === undefined ? '*Inkluderas inte i totalen' : options.footnote;
  const formula = options.totalFormula ?? ((c: string) => `=SUM(${c}4,${c}6:${c}7)`);
  const [t26, t27] = options.totalValue ?? [5_810_000, 5_920_000];
  return [
    ['Intäkter', 'Budget 2026', 'Prognos 2027'],
    ['Försäkringskassan', 2_500_000, 2_500_000],
    ['Region Gotland', 2_500_000, 2_500_000],
    ['Summa samverkansmedel', f('=SUM(B2:B3)', 5_000_000), f('=SUM(C2:C3)', 5_000_000)],
    [options.label ?? 'Lönebidrag*', 300_000, 300_000],
    ['Ränteintäkter', 10_000, 10_000],
    ['Eget kapital', 800_000, 910_000],
    ['TOTALT', f(formula('B'), t26), f(formula('C'), t27)],
    [footnote ?? undefined],
    [],
    ['Kostnader', 'Budget 2026', 'Prognos 2027'],
    ['Administration'],
    ['Lön', 4_000_000, 4_100_000],
    ['Lokal', 500_000, 500_000],
    ['Summa administration', f('=SUM(B13:B14)', 4_500_000), f('=SUM(C13:C14)', 4_600_000)],
    ['Reserv eget kapital', 400_000, 400_000],
    ['SUMMA KOSTNADER', f('=SUM(B15:B16)', 4_900_000), f('=SUM(C15:C16)', 5_000_000)],
  ];
}

/**
 * Separate state, region and municipality rows (not Gotland): the state half, the region a
 * quarter, the municipalities (two rows) a quarter. Contributions 4 MSEK a year by default.
 *
 *   2 Försäkringskassan, 3 Region Skåne, 4 Malmö kommun, 5 Lunds kommun,
 *   6 Summa samverkansmedel, 7 Eget kapital, 8 TOTALT, 10 Kostnader, 11 Lön, 12 SUMMA KOSTNADER
 */
export function quarterTable(amounts: { fk?: number; region?: number; k1?: number; k2?: number } = {}): TestCell[][] {
  const fk = amounts.fk ?? 2_000_000;
  const region = amounts.region ?? 1_000_000;
  const k1 = amounts.k1 ?? 600_000;
  const k2 = amounts.k2 ?? 400_000;
  const sum = fk + region + k1 + k2;
  return [
    ['Intäkter', 'Budget 2026', 'Prognos 2027'],
    ['Försäkringskassan', fk, fk],
    ['Region Skåne', region, region],
    ['Malmö kommun', k1, k1],
    ['Lunds kommun', k2, k2],
    ['Summa samverkansmedel', f('=SUM(B2:B5)', sum), f('=SUM(C2:C5)', sum)],
    ['Eget kapital', 700_000, 700_000],
    ['TOTALT', f('=SUM(B6:B7)', sum + 700_000), f('=SUM(C6:C7)', sum + 700_000)],
    [],
    ['Kostnader', 'Budget 2026', 'Prognos 2027'],
    ['Lön', sum, sum],
    ['SUMMA KOSTNADER', f('=SUM(B11)', sum), f('=SUM(C11)', sum)],
  ];
}

/**
 * A table whose equity the caller sets: contributions split equally between state and region,
 * the opening equity of the first year, costs per year; every total correct, equity carried.
 * Headers: Budget <firstYear>, Prognos <firstYear + 1> ... unless `words` says otherwise;
 * SUMMA KOSTNADER is row 10
 * (where equity findings point).
 *
 *   2 Försäkringskassan, 3 Region Gotland, 4 Summa samverkansmedel, 5 Eget kapital, 6 TOTALT,
 *   8 Kostnader, 9 Verksamhet, 10 SUMMA KOSTNADER
 */
export function equityTable(
  years: { contributions: number; costs: number }[],
  opening: number,
  options: { firstYear?: number; words?: string[] } = {},
): TestCell[][] {
  const firstYear = options.firstYear ?? 2026;
  const words = options.words ?? years.map((_, i) => (i === 0 ? 'Budget' : 'Prognos'));
  const cols = years.map((_, i) => String.fromCharCode(66 + i));
  const header = (word: string) => [word, ...years.map((_, i) => `${words[i]} ${firstYear + i}`)];
  const openings: number[] = [];
  let eq = opening;
  for (const y of years) {
    openings.push(eq);
    eq = eq + y.contributions - y.costs;
  }
  return [
    header('Intäkter'),
    ['Försäkringskassan', ...years.map((y) => y.contributions / 2)],
    ['Region Gotland', ...years.map((y) => y.contributions / 2)],
    ['Summa samverkansmedel', ...years.map((y, i) => f(`=SUM(${cols[i]}2:${cols[i]}3)`, y.contributions))],
    ['Eget kapital', ...openings],
    ['TOTALT', ...years.map((y, i) => f(`=SUM(${cols[i]}4:${cols[i]}5)`, y.contributions + openings[i]))],
    [],
    header('Kostnader'),
    ['Verksamhet', ...years.map((y) => y.costs)],
    ['SUMMA KOSTNADER', ...years.map((y, i) => f(`=SUM(${cols[i]}9)`, y.costs))],
  ];
}

/** Three years of 5 MSEK contributions: closing equity 900 000, then 900 000, then 850 000 from 800 000. */
export function threeYearTable(options: { firstYear?: number; words?: string[] } = {}): TestCell[][] {
  return equityTable(
    [
      { contributions: 5_000_000, costs: 4_900_000 },
      { contributions: 5_000_000, costs: 5_000_000 },
      { contributions: 5_000_000, costs: 5_050_000 },
    ],
    800_000,
    options,
  );
}

/** Two years from an opening of 800 000: the budget year closes at `first`, the prognosis year at `second`. */
export function twoYearTable(first: number, second: number, contributions = 5_000_000): TestCell[][] {
  return equityTable(
    [
      { contributions, costs: contributions + 800_000 - first },
      { contributions, costs: contributions + first - second },
    ],
    800_000,
  );
}
