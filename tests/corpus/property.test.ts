/**
 * Property tests of issue 12 (fast-check): a random well-formed budget (./random-budget:
 * random sections and nesting, header shapes and words, units, titles, account and extra
 * columns, members by name, both equity conventions, formulas or typed totals) reads with no
 * error finding; one changed number in a random total is an error at that cell and nowhere else.
 * Each budget is written as .xlsx and run as `finsam-budget validate --json`.
 */
import fc from 'fast-check';
import { layoutGrid } from './build';
import { cleanValues, dependentsOf, isDerived, type Grid } from './grid';
import { isKnownGap, KNOWN_GAPS } from './known-gaps';
import { effective, randomBudget, type Options } from './random-budget';
import { builderEquity } from './arithmetic';
import { closings, errorsOf, removeWorkbooks, reportOf, runValidate } from './run';

afterAll(removeWorkbooks);

const registered = new Set<string>();
/** A test, or (listed in KNOWN_GAPS) a test that must still fail. */
const check = (name: string, fn: () => Promise<void>) => {
  registered.add(name);
  (isKnownGap(name) ? it.failing : it)(name, fn, 120_000);
};

const options = (narrow: boolean): fc.Arbitrary<Options> =>
  fc.record({
    convention: fc.constantFrom('income' as const, 'result' as const),
    totals: fc.constantFrom('formula' as const, 'typed' as const),
    header: fc.constantFrom('one-row' as const, 'kind-above' as const, 'year-above' as const),
    unit: fc.constantFrom('kr' as const, 'tkr-header' as const, 'tkr-note' as const),
    account: fc.boolean(),
    extra: fc.boolean(),
    title: fc.boolean(),
    seed: fc.integer(),
    narrow: fc.constant(narrow),
  });

/**
 * A fixed seed, so CI runs the same budgets every time (a property test that fails one run in
 * five would make a flaky build); CORPUS_SEED and CORPUS_RUNS=500 explore further, to hunt
 * counterexamples on an engine in progress.
 */
const RUNS = Number(process.env.CORPUS_RUNS) || 40;
const SEED = Number(process.env.CORPUS_SEED) || 20261130;
const errorCells = (errors: { rule: string; cell: string }[]) => errors.map((f) => `${f.rule}@${f.cell}`).sort();

/** A budget's grid where everything that follows from `key` is a formula, as in Excel when someone types over one total. */
function followingAsFormulas(grid: Grid, key: string): Grid {
  for (const k of dependentsOf(grid, key)) {
    const c = grid.cells.get(k);
    if (isDerived(c)) grid.cells.set(k, { ...c, mode: 'formula' });
  }
  return grid;
}

function wellFormed(narrow: boolean) {
  return async () => {
    await fc.assert(
      fc.asyncProperty(options(narrow), async (o) => {
        const layout = randomBudget(o);
        const r = reportOf(await runValidate('property-clean', [layoutGrid(layout)]));
        expect({ budgetYear: r.budgetYear, errors: errorCells(errorsOf(r)) }).toEqual({ budgetYear: 2026, errors: [] });
        // Every year's closing equity as the budget's own arithmetic gives it.
        const equity = builderEquity(layout);
        expect(closings(r, equity, effective(o).unit === 'kr' ? undefined : 'tkr')).toEqual(equity);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  };
}

type Change = { which: number; size: number; sign: number };
const typed2 = (seed: number): Options => ({ convention: 'income', totals: 'typed', header: 'one-row', unit: 'kr', account: false, extra: false, title: false, seed, narrow: false });
/**
 * Counterexamples found on the issue-12 engine in progress (CORPUS_RUNS=300, seeds 1-3): always
 * tried first. Two year columns, typed totals, one subtotal wrong in one year: the engine could
 * not tell which rows it covers (unclear-structure), and then read its parent as covering the
 * items too, raising sum errors on the parent in both years.
 */
const COUNTEREXAMPLES: [Options, Change][] = [
  [typed2(-17), { which: 237186338, size: 10, sign: 1 }],
  [typed2(-1092720097), { which: 24, size: 10, sign: 1 }],
  [typed2(2147466747), { which: 1017537730, size: 10, sign: 1 }],
  [typed2(-392191154), { which: 2113929194, size: 10, sign: 1 }],
];

function oneChangedTotal(narrow: boolean) {
  return async () => {
    const change = fc.record({ which: fc.nat(), size: fc.integer({ min: 10, max: 500 }), sign: fc.constantFrom(1, -1) });
    await fc.assert(
      fc.asyncProperty(options(narrow), change, async (o, { which, size, sign }) => {
        const layout = randomBudget(o);
        const base = layoutGrid(layout);
        const target = base.totals[which % base.totals.length];
        const grid = followingAsFormulas(base, target);
        // At least 10 tkr or 10 000 kr: far above any tolerance in either unit.
        const delta = sign * size * (effective(o).unit === 'kr' ? 1000 : 1);
        const value = (cleanValues(grid).get(target) ?? 0) + delta;
        const r = reportOf(await runValidate('property-twin', [grid], { Budget: { [target]: value } }));
        expect(errorCells(errorsOf(r))).toEqual([`sum-mismatch@${target}`]);
      }),
      { numRuns: RUNS, seed: SEED, examples: narrow ? [] : COUNTEREXAMPLES },
    );
  };
}

describe('random budgets of every layout the corpus knows', () => {
  check('property: a random well-formed budget has no error finding and its own equity', wellFormed(false));
  check('property: one changed total is an error at that cell and nowhere else', oneChangedTotal(false));
});

describe('random budgets in the layout read before issue 12 (one header row, sections one deep, kr)', () => {
  check('property (narrow): a random well-formed budget has no error finding and its own equity', wellFormed(true));
  check('property (narrow): one changed total is an error at that cell and nowhere else', oneChangedTotal(true));
});

it('KNOWN_GAPS names only property tests that exist', () => {
  expect(Object.keys(KNOWN_GAPS).filter((name) => name.startsWith('property') && !registered.has(name))).toEqual([]);
});
