/**
 * What a layout's closing equity is by the builder's own arithmetic (not the engine's): the
 * check on the hand-written figures (corpus-data.test.ts) and the expected figures of random
 * budgets (property.test.ts).
 */
import { layoutGrid, type Layout } from './build';
import { a1, cleanValues, parseAddress, type Grid } from './grid';

function rowOf(grid: Grid, label: string): number {
  for (const [key, c] of grid.cells) if (c === label) return parseAddress(key).row;
  throw new Error(`no row "${label}" in ${grid.name}`);
}

/** Closing equity per year as the builder computes it: income total − cost total, or the closing row. */
export function builderEquity(l: Layout): Record<number, number> {
  const grid = layoutGrid(l);
  const clean = cleanValues(grid);
  const firstYearCol = (l.startCol ?? 1) + (l.account ? 1 : 0) + (l.spacer ? 2 : 1);
  const out: Record<number, number> = {};
  const years = [...l.years.map((y) => y.year), ...(l.combined?.years ?? [])];
  years.forEach((year, j) => {
    const at = (row: number) => {
      const key = j < l.years.length ? a1(row, firstYearCol + j) : `${a1(row, firstYearCol + l.years.length)}#${j - l.years.length}`;
      return clean.get(key) ?? 0;
    };
    out[year] = l.convention === 'income' ? at(rowOf(grid, l.incomeTotal)) - at(rowOf(grid, l.costTotal)) : at(rowOf(grid, l.closing ?? 'Eget kapital vid årets slut'));
  });
  return out;
}
