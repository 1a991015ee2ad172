/**
 * The corpus as the issue counts it: sheets and budget years read right, planted faults found,
 * false errors raised, equity years right. Collected while corpus.test.ts runs and printed
 * with CORPUS_SCORE=1 (to compare engines; the tests themselves assert each case).
 */
import type { CorpusCase } from './cases';
import { errorsOf, type Outcome } from './run';

interface Tally {
  workbooks: number;
  cleanWorkbooks: number;
  refused: number;
  sheetsRight: number;
  faults: number;
  faultsFound: number;
  falseErrors: number;
  equityYears: number;
  equityRight: number;
}

const tally: Tally = { workbooks: 0, cleanWorkbooks: 0, refused: 0, sheetsRight: 0, faults: 0, faultsFound: 0, falseErrors: 0, equityYears: 0, equityRight: 0 };

const near = (got: number, want: number, unit?: 'tkr') => (unit === 'tkr' ? Math.abs(got - want * 1000) <= 1 || Math.abs(got - want) <= 0.001 : Math.abs(got - want) <= 1);

/** One clean workbook: sheet, year, equity, and its errors (all false but `expectedErrors`). */
export function recordClean(expect: { sheet: string; budgetYear: number; equity: Record<number, number>; unit?: 'tkr' }, clean: Outcome, expectedErrors: string[] = []): void {
  tally.workbooks++;
  tally.cleanWorkbooks++;
  tally.equityYears += Object.keys(expect.equity).length;
  if (!clean.ok) {
    tally.refused++;
    return;
  }
  const r = clean.report;
  if (r.sheet === expect.sheet && r.budgetYear === expect.budgetYear) tally.sheetsRight++;
  tally.falseErrors += errorsOf(r).filter((f) => !expectedErrors.includes(`${f.rule}@${f.cell}`)).length;
  for (const [year, want] of Object.entries(expect.equity)) {
    const got = r.equity.find((e) => e.year === Number(year));
    if (got && near(got.closing, want, expect.unit)) tally.equityRight++;
  }
}

export function recordScore(c: CorpusCase, clean: Outcome, twin: Outcome): void {
  recordClean(c, clean);
  tally.workbooks++;
  tally.faults += c.twin.faults.length;
  if (!twin.ok) {
    tally.refused++;
    return;
  }
  const planted = c.twin.faults.map(([rule, cell]) => `${c.sheet}!${rule}@${cell}`);
  const errors = errorsOf(twin.report).map((f) => `${f.sheet}!${f.rule}@${f.cell}`);
  tally.faultsFound += planted.filter((p) => errors.includes(p)).length;
  tally.falseErrors += errors.filter((e) => !planted.includes(e)).length;
}

export function printScore(): void {
  if (!process.env.CORPUS_SCORE) return;
  const t = tally;
  process.stdout.write(
    `corpus: ${t.workbooks} workbooks (${t.refused} refused), sheet and budget year right ${t.sheetsRight} of ${t.cleanWorkbooks}, ` +
      `planted faults found ${t.faultsFound} of ${t.faults}, false errors ${t.falseErrors}, equity years right ${t.equityRight} of ${t.equityYears}\n`,
  );
}
