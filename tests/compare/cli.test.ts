/** `finsam-budget compare` on the two plans of tests/compare/plans.ts, written as .xlsx files. */
import { compareJsonSchema } from '../../src/cli/compare';
import { expectRefused } from '../helpers/cli';
import { buildCli, runCli, tempDir, writeWorkbook } from '../hostile/helpers';
import { PLAN_2025, PLAN_2026, planRows } from './plans';

const tmp = tempDir('compare');
const run = (...args: string[]) => runCli(tmp.dir, args);

beforeAll(async () => {
  buildCli();
  await writeWorkbook(tmp.file('plan-2025.xlsx'), [['Instruktioner', [['Fyll i bladet Budget 2025']]], ['Budget 2025', planRows(PLAN_2025)]]);
  await writeWorkbook(tmp.file('plan-2026.xlsx'), [['Budget 2026', planRows(PLAN_2026)]]);
});
afterAll(() => tmp.remove());

describe('finsam-budget compare LAST.xlsx THIS.xlsx', () => {
  it('--json: exactly the changes made, the renamed row paired, exit 0', () => {
    const r = run('compare', 'plan-2025.xlsx', 'plan-2026.xlsx', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const c = compareJsonSchema.parse(JSON.parse(r.stdout));
    expect([c.oldFile, c.old.sheet, c.newFile, c.new.sheet]).toEqual(['plan-2025.xlsx', 'Budget 2025', 'plan-2026.xlsx', 'Budget 2026']);
    expect(c.years).toEqual({ common: [2025, 2026, 2027, 2028], added: [2029], removed: [2024] });
    expect(c.rows.filter((x) => x.status !== 'unchanged').map((x) => [x.label, x.status])).toEqual([
      ['Ung Vux Gotland', 'removed'],
      ['Försäkringskassan', 'changed'],
      ['Region Gotland', 'changed'],
    ]);
    expect(c.rows.filter((x) => x.oldLabel).map((x) => [x.oldLabel, x.label])).toEqual([['Jobbvägen A/R', 'Jobbvagen A/R']]);
    expect([...c.rows, ...c.totals].filter((x) => x.moved).map((x) => x.label)).toEqual(['Lokalkostnader']);
    expect(c.totals.filter((x) => x.status === 'changed').map((x) => x.label)).toEqual(['TOTALT Utvecklingsinsatser', 'SUMMA KOSTNADER', 'Summa samverkansmedel', 'TOTALT']);
    expect(c.equity.map((e) => [e.year, e.diff])).toEqual([[2025, 850_000], [2026, 850_000], [2028, 850_000], [2027, 750_000]]);
  });

  it('text: the changes in Swedish, largest first, with the cells', () => {
    const r = run('compare', 'plan-2025.xlsx', 'plan-2026.xlsx');
    expect(r.code).toBe(0);
    // Amounts are printed with no-break spaces (U+00A0); the expectations below read them as spaces.
    expect(r.stdout).toContain('2\u00a0100\u00a0000\u00a0kr');
    expect(r.stdout).not.toMatch(/\d \d{3}\b/);
    const text = r.stdout.trimEnd().replace(/\u00a0/g, ' ');
    expect(text).toContain('År i båda: 2025, 2026, 2027, 2028; nya år: 2029; år som inte längre finns: 2024.');
    expect(text).toMatch(/Ändrade rader, störst ändring först \(2\)\n {2}Försäkringskassan \(A2 → A2\)\n {6}2027: 2 100 000 kr → 2 050 000 kr \(−50 000 kr\)/);
    expect(text).toMatch(/Borttagna rader \(1\)\n {2}Ung Vux Gotland \(A16\) {2}2024: 800 000 kr, 2025: 850 000 kr/);
    expect(text).toContain('"Jobbvägen A/R" → "Jobbvagen A/R" (A15 → A15; samma namn utan hänsyn till accenter, skiljetecken och versaler)');
    expect(text).toContain('Flyttade rader (1)\n  Lokalkostnader (A12 → A11)');
    expect(text).toContain('2027: 2 974 500 kr → 3 724 500 kr (+750 000 kr); över taket → över taket');
    expect(text).toMatch(/Sammanfattning: 14 rader parade, 6 ändrade, 0 nya, 1 borttagna, 1 med nytt namn, 1 flyttade\.$/);
  });

  it('refuses one workbook, three, or an unreadable one (exit 2, one line)', () => {
    expectRefused(run('compare', 'plan-2025.xlsx'), /compare jämför två arbetsböcker/);
    expectRefused(run('compare', 'plan-2025.xlsx', 'plan-2026.xlsx', 'x.xlsx'), /okända argument: x\.xlsx/);
    expectRefused(run('compare', 'plan-2025.xlsx', 'saknas.xlsx'), /finns inte/, 'saknas.xlsx');
  });
});
