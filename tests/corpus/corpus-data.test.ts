/**
 * Checks of the corpus itself, not of the engine: the hand-written closing equity agrees with
 * the builder's own arithmetic, every planted fault is a cell the twin really changes, and the
 * 2022 table as typed adds up the way the printed plan does. A typo in an expectation fails
 * here, with the layout's name, rather than as a puzzling engine failure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builderEquity } from './arithmetic';
import { layoutGrid, type Layout } from './build';
import { CASES } from './all';
import { PLAN2022, PLAN2022_TOTAL_ROWS, plan2022 } from './plan2022';

describe.each(CASES.map((c) => [c.id, c] as const))('the corpus case %s', (_id, c) => {
  const layout = c.sheets.find((s): s is Layout => 'sheet' in s && s.sheet === c.sheet)!;

  it('names a budget sheet it builds', () => expect(layout).toBeDefined());

  it('has hand-written equity equal to its own arithmetic', () => {
    expect(builderEquity(layout)).toEqual({ ...c.equity, ...(c.combinedEquity ?? {}) });
  });

  it('is listed in the README with each planted fault', () => {
    const line = readFileSync(path.join(__dirname, 'README.md'), 'utf8').split('\n').find((l) => l.startsWith(`| ${c.id} |`));
    expect(line).toBeDefined();
    for (const [rule, cell] of c.twin.faults) expect(line).toContain(`${rule} @ ${cell}`);
  });

  it('plants each fault in a cell the twin changes', () => {
    const grid = layoutGrid(layout);
    const pokes = c.twin.pokes[c.sheet];
    for (const [, cell] of c.twin.faults) {
      expect(Object.keys(pokes)).toContain(cell);
      expect(grid.cells.has(cell)).toBe(true);
      expect(pokes[cell]).not.toEqual(grid.cells.get(cell));
    }
  });
});

describe('the corpus as a whole', () => {
  it('has at least 15 layouts, covering every cause of issue 12 (1-9)', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    expect([...new Set(CASES.flatMap((c) => c.causes))].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('plants every kind of fault, each in several layouts', () => {
    const planted = CASES.flatMap((c) => c.twin.faults.map(([rule]) => rule));
    for (const rule of ['sum-mismatch', 'equity-carry-forward', 'funding-split', 'text-number', 'formula-error', 'negative-amount']) {
      expect([rule, planted.filter((r) => r === rule).length >= 2]).toEqual([rule, true]);
    }
  });

  it('has both equity conventions, typed and formula totals, and every header word', () => {
    const layouts = CASES.flatMap((c) => c.sheets.filter((s): s is Layout => 'sheet' in s));
    expect(new Set(layouts.map((l) => l.convention))).toEqual(new Set(['income', 'result']));
    expect(new Set(layouts.map((l) => l.totals))).toEqual(new Set(['formula', 'typed']));
    const words = new Set(layouts.flatMap((l) => [...l.years.map((y) => y.word), l.combined?.word ?? '']));
    for (const w of ['Utfall', 'Bokslut', 'Budget', 'Budgetplan', 'Plan', 'Prognos']) expect([w, words.has(w as never)]).toEqual([w, true]);
    // A bare year: the year row of a two-row header.
    expect(layouts.some((l) => l.header && l.header !== 'one-row')).toBe(true);
  });
});

describe('the 2022 table as typed', () => {
  const v = (row: number, col: number) => {
    const x = plan2022.rows[row - 1][col];
    return typeof x === 'number' ? x : 0;
  };
  const sum = (col: number, rows: number[]) => rows.reduce((s, r) => s + v(r, col), 0);
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  // Which rows each printed total covers, as the print shows it.
  const covers: Record<number, number[]> = {
    9: range(5, 8),
    26: range(13, 25),
    36: range(29, 35),
    42: range(38, 41),
    43: [36, 42],
    44: [26, 43],
  };

  it.each([1, 2, 3, 4])('adds up in column %i as printed', (col) => {
    expect(Object.keys(covers).map(Number)).toEqual(PLAN2022_TOTAL_ROWS);
    for (const [total, rows] of Object.entries(covers)) expect([Number(total), sum(col, rows)]).toEqual([Number(total), v(Number(total), col)]);
  });

  it('gives the hand-written equity: income total − TOTALT: Kostnader, and Utrymme + kept equity', () => {
    const kept = [0, 650_000, 600_000, 600_000];
    [2021, 2022, 2023, 2024].forEach((year, i) => {
      expect(v(9, i + 1) - v(44, i + 1)).toBe(PLAN2022.equity[year]);
      expect(v(45, i + 1) + kept[i]).toBe(PLAN2022.equity[year]);
    });
  });
});
