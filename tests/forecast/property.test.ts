/**
 * Nothing is lost: over generated budget sheets with random content in the prognosis years,
 * every cell that holds something is unchanged after the forecast's edits, and no edit targets it.
 */
import fc from 'fast-check';
import { applyPlanToSnapshot } from '../../src/domain/apply';
import { parseConfig } from '../../src/domain/config';
import { forecast } from '../../src/domain/forecast/forecast';
import { ForecastError } from '../../src/domain/forecast/errors';
import { parseA1, type CellValue, type SheetSnapshot } from '../../src/domain/snapshot';
import { sheetOf, type TestCell } from '../helpers/sheet';

const BUDGET_YEAR = 2026;

/** Row labels as the parser knows them; kind says which kind of content the row has. */
const INCOME: [string, 'leaf' | 'total'][] = [
  ['Försäkringskassan', 'leaf'],
  ['Region Gotland', 'leaf'],
  ['Summa samverkansmedel', 'total'],
  ['Ränteintäkter', 'leaf'],
  ['Eget kapital', 'leaf'],
  ['TOTALT', 'total'],
];
const COST: [string, 'leaf' | 'total' | 'header'][] = [
  ['Administration', 'header'],
  ['Lön', 'leaf'],
  ['Lokal', 'leaf'],
  ['Summa administration', 'total'],
  ['Utvecklingsinsatser', 'header'],
  ['Jobbvägen', 'leaf'],
  ['Ung Vux', 'leaf'],
  ['TOTALT Utvecklingsinsatser', 'total'],
  ['Reserv eget kapital', 'leaf'],
  ['SUMMA KOSTNADER', 'total'],
];

const amount = fc.integer({ min: 0, max: 5_000_000 });

/** Anything a person may have left in a prognosis cell, blank most often. */
const prognosisCell: fc.Arbitrary<TestCell> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00a0') },
  { weight: 2, arbitrary: amount },
  { weight: 1, arbitrary: fc.record({ f: fc.constantFrom('=B2', '=SUM(B2:B3)', '=1+1'), v: fc.option(amount, { nil: null }) as fc.Arbitrary<CellValue> }) },
  { weight: 1, arbitrary: fc.constantFrom('se not', 'beslut i dec', 'N/A') },
  { weight: 1, arbitrary: fc.constantFrom('#REF!', '#VÄRDEFEL!', '#N/A') },
  { weight: 1, arbitrary: fc.constantFrom('1 000 kr', '-', '– kr', '2\u00a0115\u00a0000') },
  { weight: 1, arbitrary: fc.boolean() },
);

/** Known years: mostly numbers, sometimes a formula, text-number, dash or blank. */
const knownCell: fc.Arbitrary<TestCell> = fc.oneof(
  { weight: 6, arbitrary: amount },
  { weight: 1, arbitrary: fc.record({ f: fc.constant('=1000'), v: fc.constant(1000) as fc.Arbitrary<CellValue> }) },
  { weight: 1, arbitrary: fc.constantFrom('1 000 kr', '-', null) },
);

interface Case {
  snapshot: SheetSnapshot;
  horizon: number;
  config: ReturnType<typeof parseConfig>;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    known: fc.integer({ min: 0, max: 2 }), // outcome years before the budget year
    prognosis: fc.integer({ min: 0, max: 3 }), // prognosis columns already there
    horizon: fc.integer({ min: 1, max: 4 }),
    topLeft: fc.constantFrom('A1', 'B3', 'D10'),
    noteRight: fc.option(fc.record({ row: fc.nat(20), offset: fc.integer({ min: 0, max: 4 }), text: fc.constantFrom('not', 'x') }), { nil: undefined }),
    seed: fc.array(fc.tuple(knownCell, knownCell, knownCell, prognosisCell, prognosisCell, prognosisCell), { minLength: 16, maxLength: 16 }),
    indexRate: fc.double({ min: -0.5, max: 1, noNaN: true }),
    methods: fc.dictionary(fc.constantFrom('Lön', 'Lokal', 'Jobbvägen', 'Ränteintäkter', 'Region Gotland'), fc.constantFrom('flat', 'indexed', 'insats', 'trend')),
    announced: fc.option(fc.dictionary(fc.constantFrom('2027', '2028', '2029'), amount, { minKeys: 1 }), { nil: undefined }),
    endYear: fc.option(fc.integer({ min: BUDGET_YEAR, max: BUDGET_YEAR + 4 }), { nil: undefined }),
  })
  // A header row needs two year columns to be read as one; a plan always has them.
  .filter(({ known, prognosis }) => known + prognosis > 0)
  .map(({ known, prognosis, horizon, topLeft, noteRight, seed, indexRate, methods, announced, endYear }) => {
    const years = [
      ...Array.from({ length: known }, (_, i) => `Utfall ${BUDGET_YEAR - known + i}`),
      `Budget ${BUDGET_YEAR}`,
      ...Array.from({ length: prognosis }, (_, i) => `Prognos ${BUDGET_YEAR + 1 + i}`),
    ];
    const line = (label: string, kind: string, i: number): TestCell[] => {
      if (kind === 'header') return [label];
      const [k0, k1, k2, p0, p1, p2] = seed[i];
      const knownCells = [k0, k1, k2].slice(0, known + 1);
      return [label, ...knownCells, ...[p0, p1, p2].slice(0, prognosis)];
    };
    const rows: TestCell[][] = [
      ['Intäkter', ...years],
      ...INCOME.map(([label, kind], i) => line(label, kind, i)),
      [],
      ['Kostnader', ...years],
      ...COST.map(([label, kind], i) => line(label, kind, i + INCOME.length)),
    ];
    if (noteRight) {
      const r = noteRight.row % rows.length;
      const col = 1 + years.length + noteRight.offset;
      while (rows[r].length < col) rows[r].push(null);
      rows[r][col] = noteRight.text;
    }
    const config = parseConfig({
      forecast: {
        horizon,
        indexRate,
        methods,
        announced: announced ? { Försäkringskassan: announced } : {},
        insatsEndYears: endYear !== undefined ? { 'Ung Vux': endYear } : {},
      },
    });
    return { snapshot: sheetOf(rows, { topLeft }), horizon, config };
  });

function holdsSomething(s: SheetSnapshot, r: number, c: number): boolean {
  const v = s.values[r]?.[c] ?? null;
  const f = s.formulas[r]?.[c] ?? null;
  // A cell of spaces only is blank, as the parser reads it (and as the rules do).
  return f !== null || (v !== null && !(typeof v === 'string' && v.trim() === ''));
}

describe('forecast never changes a cell that holds something', () => {
  it('over generated budget sheets', () => {
    let filledRuns = 0;
    let refusedRuns = 0;
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ snapshot, horizon, config }, viaOption) => {
        const before = JSON.parse(JSON.stringify(snapshot)) as SheetSnapshot;
        let result;
        try {
          result = viaOption ? forecast(snapshot, config, { horizon }) : forecast(snapshot, config);
        } catch (e) {
          // A note where a new column must go is refused, nothing written; nothing else may throw.
          expect(e).toBeInstanceOf(ForecastError);
          expect((e as Error).message).toMatch(/är inte tom/);
          refusedRuns++;
          return;
        }
        if (result.filled.length) filledRuns++;
        expect(snapshot).toEqual(before);
        const origin = parseA1(snapshot.topLeft);
        // No edit targets a non-blank cell.
        for (const edit of result.plan[0].edits) {
          const p = parseA1(edit.cell);
          const r = p.row - origin.row;
          const c = p.col - origin.col;
          expect(r).toBeGreaterThanOrEqual(0);
          expect(c).toBeGreaterThanOrEqual(0);
          if (holdsSomething(before, r, c)) throw new Error(`edit ${edit.cell} targets a non-blank cell: ${JSON.stringify(before.values[r][c])}`);
        }
        // Every non-blank input cell is unchanged: value, formula and number format.
        const after = applyPlanToSnapshot(snapshot, result.plan[0]);
        for (let r = 0; r < before.values.length; r++) {
          for (let c = 0; c < before.values[r].length; c++) {
            if (!holdsSomething(before, r, c)) continue;
            expect([r, c, after.values[r][c], after.formulas[r][c], after.numberFormats[r][c]]).toEqual([
              r, c, before.values[r][c], before.formulas[r][c], before.numberFormats[r][c],
            ]);
          }
        }
        // Every filled cell was blank and now holds the reported value.
        for (const f of result.filled) {
          const p = parseA1(f.cell);
          expect(after.values[p.row - origin.row][p.col - origin.col]).toBe(f.value);
          expect(after.formulas[p.row - origin.row][p.col - origin.col]).toBe(f.formula ?? null);
        }
      }),
      { numRuns: 400 },
    );
    // The generator exercises both paths.
    expect(filledRuns).toBeGreaterThan(100);
    expect(refusedRuns).toBeGreaterThan(0);
  });
});
