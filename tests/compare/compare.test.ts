/** comparePlans on two years' plans built with known changes: it finds exactly those. */
import { labelKey } from '../../src/domain/compare-match';
import { comparePlans, comparisonSchema, type Comparison, type PlanForCompare } from '../../src/domain/compare';
import { defaultConfig } from '../../src/domain/config';
import { computeEquity } from '../../src/domain/equity';
import { parseBudgetSheet } from '../../src/domain/parse';
import { sheetOf, type TestCell } from '../helpers/sheet';
import { PLAN_2025, PLAN_2026, planRows, type PlanSpec } from './plans';

function plan(rows: TestCell[][], name: string): PlanForCompare {
  const snapshot = sheetOf(rows, { name });
  const sheet = parseBudgetSheet(snapshot, defaultConfig);
  return { snapshot, sheet, equity: computeEquity(sheet, defaultConfig) };
}
const specPlan = (spec: PlanSpec, name: string) => plan(planRows(spec), name);

describe('the 2025 plan against the 2026 plan', () => {
  const result: Comparison = comparisonSchema.parse(comparePlans(specPlan(PLAN_2025, 'Budget 2025'), specPlan(PLAN_2026, 'Budget 2026')));
  const row = (label: string) => [...result.rows, ...result.totals].find((r) => r.label === label)!;
  const changed = (list: Comparison['rows']) => list.filter((r) => r.status !== 'unchanged').map((r) => r.label);

  it('pairs the years by year: 2025-2028 in both, 2029 added, 2024 gone', () => {
    expect(result.years).toEqual({ common: [2025, 2026, 2027, 2028], added: [2029], removed: [2024] });
    expect([result.old.budgetYear, result.new.budgetYear]).toEqual([2025, 2026]);
  });

  it('finds exactly the rows that changed: the insats removed, the two 2027 contributions, nothing new', () => {
    expect(changed(result.rows)).toEqual(['Ung Vux Gotland', 'Försäkringskassan', 'Region Gotland']);
    expect(row('Ung Vux Gotland')).toMatchObject({ status: 'removed', oldCell: 'A16', change: 850_000 });
    for (const label of ['Försäkringskassan', 'Region Gotland']) {
      expect(row(label).years).toEqual([
        { year: 2025, old: 2_100_000, new: 2_100_000, diff: 0 },
        { year: 2026, old: 2_100_000, new: 2_100_000, diff: 0 },
        { year: 2027, old: 2_100_000, new: 2_050_000, diff: -50_000 },
        { year: 2028, old: 2_100_000, new: 2_100_000, diff: 0 },
      ]);
    }
    expect(result.summary).toEqual({ paired: 14, changed: 6, renamed: 1, moved: 1, new: 0, removed: 1 });
  });

  it('matches the renamed row by its label, not as removed plus added', () => {
    expect(row('Jobbvagen A/R')).toMatchObject({ oldLabel: 'Jobbvägen A/R', match: 'label', status: 'unchanged', moved: false });
    expect(result.rows.some((r) => r.status === 'new')).toBe(false);
    expect(labelKey('Jobbvägen A/R')).toBe(labelKey('Jobbvagen A/R'));
  });

  it('marks the moved row, and only it, as moved', () => {
    expect([...result.rows, ...result.totals].filter((r) => r.moved).map((r) => [r.label, r.oldCell, r.newCell])).toEqual([['Lokalkostnader', 'A12', 'A11']]);
    expect(row('Lokalkostnader').status).toBe('unchanged');
  });

  it('lists the totals that moved, largest first, and the ones that did not', () => {
    expect(changed(result.totals)).toEqual(['TOTALT Utvecklingsinsatser', 'SUMMA KOSTNADER', 'Summa samverkansmedel', 'TOTALT']);
    expect(row('SUMMA KOSTNADER').years.map((y) => y.diff)).toEqual([-850_000, -850_000, -850_000, -850_000]);
    expect(row('TOTALT').years.map((y) => y.diff)).toEqual([0, 0, -100_000, 0]);
    expect(row('Summa administration').status).toBe('unchanged');
  });

  it('lists the closing equity that moved, largest change first', () => {
    expect(result.equity.map((e) => [e.year, e.diff])).toEqual([[2025, 850_000], [2026, 850_000], [2028, 850_000], [2027, 750_000]]);
  });

  it('sorts changed rows by the size of the change, unchanged ones last', () => {
    const sizes = result.rows.map((r) => (r.status === 'unchanged' ? -1 : r.change));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

describe('pairing rows whose label changed more', () => {
  const base = planRows(PLAN_2025);
  const renamed = (from: string, to: string, amounts?: number[]) =>
    base.map((r) => (r[0] === from ? [to, ...(amounts ?? r.slice(1))] : r));

  it('a similar label ("Strukturell samverkan" → "Strukturella samverkan") pairs as similar-label', () => {
    const r = comparePlans(plan(base, 'A'), plan(renamed('Strukturell samverkan', 'Strukturella samverkan'), 'B'));
    expect(r.rows.find((x) => x.label === 'Strukturella samverkan')).toMatchObject({ match: 'similar-label', oldLabel: 'Strukturell samverkan', status: 'unchanged' });
  });

  it('a new name in the same section with the same amounts pairs by structure', () => {
    const r = comparePlans(plan(base, 'A'), plan(renamed('Strukturell samverkan', 'Samordning med kommunen'), 'B'));
    expect(r.rows.find((x) => x.label === 'Samordning med kommunen')).toMatchObject({ match: 'structure', oldLabel: 'Strukturell samverkan' });
    expect(r.summary).toMatchObject({ new: 0, removed: 0 });
  });

  it('a new insats in place of a closed one, with other amounts, is new plus removed, not a rename', () => {
    const r = comparePlans(plan(base, 'A'), plan(renamed('Ung Vux Gotland', 'Unga till arbete', [0, 0, 400_000, 400_000, 400_000]), 'B'));
    expect(r.rows.filter((x) => x.status === 'new' || x.status === 'removed').map((x) => [x.label, x.status])).toEqual([
      ['Ung Vux Gotland', 'removed'],
      ['Unga till arbete', 'new'],
    ]);
  });
});
