import { defaultConfig } from '../../src/domain/config';
import { applyPlanToSnapshot } from '../../src/domain/apply';
import { forecast } from '../../src/domain/forecast/forecast';
import { recalcTotals } from '../../src/domain/forecast/consistency';
import { parseBudgetSheet } from '../../src/domain/parse';
import { validate } from '../../src/domain/validate';
import { sheetOf, type TestCell } from '../helpers/sheet';

const errors = (s: ReturnType<typeof sheetOf>) =>
  validate(s, defaultConfig).findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${f.cell}`);

function after(rows: TestCell[][]) {
  const s = sheetOf(rows);
  const result = forecast(s, defaultConfig, { horizon: 2 });
  const out = applyPlanToSnapshot(s, result.plan[0]);
  return { result, out: recalcTotals(out, parseBudgetSheet(out, defaultConfig)) };
}

describe('forecast leaves the sheet consistent', () => {
  // A typed item total over a blank prognosis cell: filling the blank would break the total.
  const rows = (): TestCell[][] => [
    ['Intäkter', 'Budget 2026', 'Prognos 2027', 'Prognos 2028'],
    ['Försäkringskassan', 2_000_000, 2_000_000, 2_000_000],
    ['Region Gotland', 2_000_000, 2_000_000, 2_000_000],
    ['Eget kapital', 700_000, 900_000, 1_100_000],
    ['TOTALT', 4_700_000, 4_900_000, 5_100_000],
    ['Kostnader', 'Budget 2026', 'Prognos 2027', 'Prognos 2028'],
    ['Insatser'],
    ['Jobbsteget', 500_000, 500_000, null],
    ['Personal', 3_300_000, 3_300_000, 3_300_000],
    ['Summa insatser', 3_800_000, 3_800_000, 3_300_000],
    ['SUMMA KOSTNADER', 3_800_000, 3_800_000, 3_300_000],
  ];

  it('a blank under a typed total that adds up today is left, with the reason; the typed total is not touched', () => {
    const { result, out } = after(rows());
    expect(result.filled.map((f) => f.cell)).toEqual([]);
    expect(result.leftOut).toEqual([{ year: 2028, cell: 'D8', reason: expect.stringMatching(/D10 \(Summa insatser\) är inskriven/) }]);
    expect(errors(out)).toEqual([]);
  });

  it('a zero fill breaks nothing and is written', () => {
    const r = rows();
    r[7] = ['Jobbsteget', 500_000, 0, null];
    r[9] = ['Summa insatser', 3_800_000, 3_300_000, 3_300_000];
    r[10] = ['SUMMA KOSTNADER', 3_800_000, 3_300_000, 3_300_000];
    expect(after(r).result.filled.map((f) => [f.cell, f.value])).toEqual([['D8', 0]]);
  });

  it('blank totals over the fill are filled as formulas, so the year adds up', () => {
    const r = rows();
    r[9] = ['Summa insatser', 3_800_000, 3_800_000, null];
    r[10] = ['SUMMA KOSTNADER', 3_800_000, 3_800_000, null];
    const { result, out } = after(r);
    expect(result.filled.map((f) => [f.cell, f.formula])).toEqual([['D8', '=C8'], ['D10', '=SUM(D8:D9)'], ['D11', '=SUM(D10)']]);
    expect(errors(out)).toEqual([]);
  });

  it('a year whose fill would bring a new error is left out, with the reason', () => {
    const r = rows();
    // Jobbsteget between two rows; Summa insatser 2028 a user formula that skips it (=D8+D10 over Personal and Lokal).
    r.splice(7, 2, ['Personal', 3_000_000, 3_000_000, 3_000_000], ['Jobbsteget', 500_000, 500_000, null], ['Lokal', 300_000, 300_000, 300_000]);
    r[10] = ['Summa insatser', 3_800_000, 3_800_000, { f: '=D8+D10', v: 3_300_000 }];
    r[11] = ['SUMMA KOSTNADER', 3_800_000, 3_800_000, { f: '=SUM(D11)', v: 3_300_000 }];
    expect(errors(sheetOf(r))).toEqual([]);
    const { result } = after(r);
    expect(result.leftOut).toEqual([{ year: 2028, reason: expect.stringMatching(/D11/) }]);
    expect(result.filled.filter((f) => f.year === 2028)).toEqual([]);
  });
});
