/** Each forecast method with worked numbers, and which method a row gets by default. */
import { parseConfig, type ConfigInput } from '../../src/domain/config';
import type { BudgetRow } from '../../src/domain/model';
import { parseBudgetSheet } from '../../src/domain/parse';
import { chooseMethod } from '../../src/domain/forecast/choose-method';
import { forecast } from '../../src/domain/forecast/forecast';
import { methods } from '../../src/domain/forecast/methods';
import { normalise } from '../../src/domain/forecast/methods/announced';
import type { MethodContext } from '../../src/domain/forecast/methods/types';
import { sheetOf, type TestCell } from '../helpers/sheet';

const RATE_REF = 'Antaganden!$B$3';
const ROW: BudgetRow = { row: 10, label: 'Lön', block: 'cost', role: 'item', section: 'Administration', amounts: new Map() };

function ctx(over: Partial<MethodContext> & { configInput?: ConfigInput } = {}): MethodContext {
  const { configInput, ...rest } = over;
  const row = rest.row ?? ROW;
  return {
    row,
    key: normalise(row.label),
    year: 2027,
    previous: null,
    known: [],
    config: parseConfig(configInput ?? {}),
    rateRef: RATE_REF,
    ...rest,
  };
}

describe('flat', () => {
  it('carries the year before as a live reference', () => {
    expect(methods.flat.fill(ctx({ previous: { value: 2_100_000, ref: 'C2' } }))).toEqual({
      value: 2_100_000,
      formula: '=C2',
      assumption: 'samma belopp som 2026',
    });
  });
  it('carries the value without a formula when the year before is not a number cell', () => {
    const r = methods.flat.fill(ctx({ previous: { value: 2_100_000, ref: null } }));
    expect(r).toEqual({ value: 2_100_000, assumption: 'samma belopp som 2026' });
  });
  it('gives nothing when the year before is blank', () => {
    expect(methods.flat.fill(ctx({ previous: null }))).toBeNull();
  });
});

describe('indexed', () => {
  it('1 000 000 kr at 3 % is 1 030 000 kr, then 1 060 900 kr, with the rate as a cell reference', () => {
    const cfg = { forecast: { indexRate: 0.03 } };
    const y1 = methods.indexed.fill(ctx({ configInput: cfg, previous: { value: 1_000_000, ref: 'C11' } }))!;
    expect(y1.value).toBe(1_030_000);
    expect(y1.formula).toBe('=ROUND(C11*(1+Antaganden!$B$3),0)');
    expect(y1.assumption).toBe('2026 uppräknat med 3 % per år');
    const y2 = methods.indexed.fill(ctx({ configInput: cfg, year: 2028, previous: { value: y1.value, ref: 'D11' } }))!;
    expect(y2.value).toBe(1_060_900);
    expect(y2.formula).toBe('=ROUND(D11*(1+Antaganden!$B$3),0)');
  });
  it('rounds to whole kronor as Excel ROUND does: 333 333 × 1,03 = 343 332,99 → 343 333', () => {
    const r = methods.indexed.fill(ctx({ configInput: { forecast: { indexRate: 0.03 } }, previous: { value: 333_333, ref: 'C11' } }))!;
    expect(r.value).toBe(343_333);
  });
  it('uses the configured rate: 2,5 % on 400 000 kr is 410 000 kr; −2 % on 1 000 000 kr is 980 000 kr', () => {
    expect(methods.indexed.fill(ctx({ configInput: { forecast: { indexRate: 0.025 } }, previous: { value: 400_000, ref: 'C11' } }))!.value).toBe(410_000);
    const down = methods.indexed.fill(ctx({ configInput: { forecast: { indexRate: -0.02 } }, previous: { value: 1_000_000, ref: 'C11' } }))!;
    expect(down.value).toBe(980_000);
    expect(down.assumption).toBe('2026 uppräknat med −2 % per år'); // sv-SE writes a true minus sign
  });
  it('rounds the binary product as LibreOffice ROUND(…;0) does: 500 at 1,5 % is 507, 60 at 2,5 % is 61', () => {
    // 500 × 1.015 = 507.49999999999994 and 60 × 1.025 = 61.49999999999999 in binary; LibreOffice gives 507 and 61.
    expect(methods.indexed.fill(ctx({ configInput: { forecast: { indexRate: 0.015 } }, previous: { value: 500, ref: 'C6' } }))!.value).toBe(507);
    expect(methods.indexed.fill(ctx({ configInput: { forecast: { indexRate: 0.025 } }, previous: { value: 60, ref: 'C6' } }))!.value).toBe(61);
    expect(methods.indexed.fill(ctx({ configInput: { forecast: { indexRate: 0.03 } }, previous: { value: 5150, ref: 'C6' } }))!.value).toBe(5305);
    expect(Object.is(methods.indexed.fill(ctx({ configInput: { forecast: { indexRate: -0.5 } }, previous: { value: -0.4, ref: 'C6' } }))!.value, 0)).toBe(true);
  });
  it('default rate is 3 %', () => {
    expect(methods.indexed.fill(ctx({ previous: { value: 100_000, ref: 'C11' } }))!.value).toBe(103_000);
  });
  it('gives nothing when the year before is blank', () => {
    expect(methods.indexed.fill(ctx())).toBeNull();
  });
});

describe('announced', () => {
  const row: BudgetRow = { row: 1, label: 'Försäkringskassan', block: 'income', role: 'contribution', payer: 'state', amounts: new Map() };
  const cfg = { forecast: { announced: { Försäkringskassan: { '2027': 2_050_000, '2028': 2_000_000 } } } };
  it('takes the amount announced for each year', () => {
    expect(methods.announced.fill(ctx({ row, configInput: cfg, year: 2027, previous: { value: 2_100_000, ref: 'C2' } }))).toEqual({
      value: 2_050_000,
      assumption: 'beslutat eller aviserat belopp för 2027: 2\u00a0050\u00a0000\u00a0kr',
    });
    expect(methods.announced.fill(ctx({ row, configInput: cfg, year: 2028 }))!.value).toBe(2_000_000);
  });
  it('finds the row whatever its case and spacing', () => {
    const loose = { forecast: { announced: { '  försäkringskassan ': { '2027': 1 } } } };
    expect(methods.announced.fill(ctx({ row, configInput: loose }))!.value).toBe(1);
  });
  it('gives nothing for a year without an announced amount (the forecast then falls back)', () => {
    expect(methods.announced.fill(ctx({ row, configInput: cfg, year: 2029, previous: { value: 2_000_000, ref: 'E2' } }))).toBeNull();
  });
});

describe('insats', () => {
  const row: BudgetRow = { row: 17, label: 'Ung Vux Gotland', block: 'cost', role: 'item', section: 'utvecklingsinsatser', amounts: new Map() };
  const cfg = { forecast: { insatsEndYears: { 'Ung Vux Gotland': 2027 } } };
  it('is carried flat up to and including its end year', () => {
    const r = methods.insats.fill(ctx({ row, configInput: cfg, year: 2027, previous: { value: 850_000, ref: 'C19' } }))!;
    expect(r).toEqual({ value: 850_000, formula: '=C19', assumption: 'beslutad till och med 2027; samma belopp som året före' });
  });
  it('end year 2027: 2028 is 0 kr, and so is 2029', () => {
    for (const year of [2028, 2029]) {
      const r = methods.insats.fill(ctx({ row, configInput: cfg, year, previous: { value: 850_000, ref: 'D19' } }))!;
      expect(r.value).toBe(0);
      expect(r.formula).toBeUndefined();
      expect(r.assumption).toBe('insatsen är beslutad till och med 2027; 0 kr därefter');
    }
  });
  it('without an end year it is carried flat and says so', () => {
    const r = methods.insats.fill(ctx({ row, year: 2029, previous: { value: 850_000, ref: 'E19' } }))!;
    expect(r.value).toBe(850_000);
    expect(r.assumption).toMatch(/inget slutår angivet/);
  });
});

describe('trend', () => {
  it('over 2024..2026 of 100/200/300 gives 400 in 2027 and 600 in 2029', () => {
    const known = [{ year: 2024, value: 100 }, { year: 2025, value: 200 }, { year: 2026, value: 300 }];
    const r = methods.trend.fill(ctx({ known, year: 2027 }))!;
    expect(r.value).toBe(400);
    expect(r.formula).toBeUndefined();
    expect(r.assumption).toBe('linjär trend över 2024–2026: 100\u00a0kr per år');
    expect(methods.trend.fill(ctx({ known, year: 2029 }))!.value).toBe(600);
  });
  it('fits by least squares: 100/300/200 has slope 50 and gives 300 in 2027', () => {
    const known = [{ year: 2024, value: 100 }, { year: 2025, value: 300 }, { year: 2026, value: 200 }];
    expect(methods.trend.fill(ctx({ known }))!.value).toBe(300);
  });
  it('a falling trend: 1 000/800 gives 600 in 2027', () => {
    expect(methods.trend.fill(ctx({ known: [{ year: 2025, value: 1000 }, { year: 2026, value: 800 }] }))!.value).toBe(600);
  });
  it('needs two known years', () => {
    expect(methods.trend.fill(ctx({ known: [{ year: 2026, value: 300 }] }))).toBeNull();
    expect(methods.trend.fill(ctx({ known: [] }))).toBeNull();
  });
});

/** A budget with an administration section, insatser, a mixed section and an excluded income row. */
const ROWS: TestCell[][] = [
  ['Intäkter', 'Budget 2025', 'Budget 2026', 'Prognos 2027'],
  ['Försäkringskassan', 1000, 1000],
  ['Region Gotland', 1000, 1000],
  ['Summa samverkansmedel', 2000, 2000],
  ['Lönebidrag*', 50, 50],
  ['Ränteintäkter', 10, 10],
  ['Eget kapital', 500, 500],
  ['TOTALT', 2510, 2510],
  ['*Inkluderas inte i totalen'],
  [],
  ['Kostnader', 'Budget 2025', 'Budget 2026', 'Prognos 2027'],
  ['Administration'],
  ['Lön', 1000, 1000],
  ['Lokal', 100, 100],
  ['Summa administration', 1100, 1100],
  ['Utvecklingsinsatser'],
  ['Jobbvägen', 500, 500],
  ['Projektledare lön', 300, 300],
  ['TOTALT Utvecklingsinsatser', 800, 800],
  ['Övrigt'],
  ['Revision', 50, 50],
  ['Representation', 20, 20],
  ['Summa övrigt', 70, 70],
  ['Reserv eget kapital', 100, 100],
  ['SUMMA KOSTNADER', 2070, 2070],
];

describe('chooseMethod: the default per kind of row', () => {
  const sheet = parseBudgetSheet(sheetOf(ROWS), parseConfig({}));
  const row = (label: string) => {
    const r = sheet.rows.find((x) => x.label === label);
    if (!r) throw new Error(`no row ${label}`);
    return r;
  };
  const choose = (label: string, config: ConfigInput = {}) => chooseMethod(row(label), normalise(label), parseConfig(config));

  it.each([
    ['Försäkringskassan', 'flat'], // contribution
    ['Region Gotland', 'flat'], // contribution
    ['Ränteintäkter', 'flat'], // other income
    ['Lönebidrag*', 'flat'], // excluded
    ['Lön', 'indexed'], // administration section
    ['Lokal', 'indexed'], // administration section
    ['Jobbvägen', 'insats'], // insatser section
    ['Projektledare lön', 'insats'], // a wage inside an insats is the insats's
    ['Revision', 'indexed'], // an administrative cost outside the administration section
    ['Representation', 'flat'], // anything else
    ['Reserv eget kapital', 'flat'],
  ])('%s → %s', (label, expected) => {
    expect(choose(label)).toBe(expected);
  });

  it('announced amounts make a row announced; an end year makes a row an insats', () => {
    expect(choose('Försäkringskassan', { forecast: { announced: { Försäkringskassan: { '2027': 1 } } } })).toBe('announced');
    expect(choose('Representation', { forecast: { insatsEndYears: { Representation: 2027 } } })).toBe('insats');
  });

  it('a configured method wins over the default, matched without case', () => {
    expect(choose('Lön', { forecast: { methods: { lön: 'trend' } } })).toBe('trend');
    expect(choose('Jobbvägen', { forecast: { methods: { Jobbvägen: 'flat' } } })).toBe('flat');
  });

  it('the forecast reports the chosen method per filled cell', () => {
    const result = forecast(sheetOf(ROWS), parseConfig({ forecast: { horizon: 1 } }));
    const methodOf = (label: string) => result.filled.find((f) => f.row === label)?.method;
    expect(methodOf('Försäkringskassan')).toBe('flat');
    expect(methodOf('Lön')).toBe('indexed');
    expect(methodOf('Jobbvägen')).toBe('insats');
    expect(methodOf('Summa administration')).toBe('sum');
    expect(methodOf('Eget kapital')).toBe('carry-forward');
    expect(result.filled.find((f) => f.row === 'Lön')!.value).toBe(1030);
  });
});

describe('fallbacks in the forecast', () => {
  it('trend with a single known year falls back to flat, and the assumption says why', () => {
    const rows: TestCell[][] = [
      ['Kostnader', 'Budget 2026', 'Prognos 2027'],
      ['Projekt'],
      ['Jobbvägen', 500],
      ['SUMMA KOSTNADER', 500],
    ];
    const r = forecast(sheetOf(rows), parseConfig({ forecast: { horizon: 1, methods: { Jobbvägen: 'trend' } } }));
    const cell = r.filled.find((f) => f.cell === 'C3')!;
    expect(cell).toMatchObject({ method: 'flat', value: 500, formula: '=B3' });
    expect(cell.assumption).toBe('linjär trend saknas för 2027; samma belopp som 2026');
  });

  it('trend over three known years fills 400, 500 (not re-fitted on generated years)', () => {
    const rows: TestCell[][] = [
      ['Kostnader', 'Utfall 2024', 'Budget 2025', 'Budget 2026', 'Prognos 2027'],
      ['Projekt'],
      ['Jobbvägen', 100, 200, 300],
      ['SUMMA KOSTNADER', 100, 200, 300],
    ];
    const r = forecast(sheetOf(rows), parseConfig({ forecast: { horizon: 2, methods: { Jobbvägen: 'trend' } } }));
    expect(r.filled.filter((f) => f.row === 'Jobbvägen').map((f) => [f.cell, f.value, f.method])).toEqual([
      ['E3', 400, 'trend'],
      ['F3', 500, 'trend'],
    ]);
  });

  it('announced amounts for 2027–2028 only: 2029 is carried flat from 2028 and says so', () => {
    const rows: TestCell[][] = [
      ['Intäkter', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029'],
      ['Försäkringskassan', 2_100_000],
      ['Region Gotland', 2_100_000],
      ['TOTALT', 4_200_000],
    ];
    const config = parseConfig({ forecast: { announced: { Försäkringskassan: { '2027': 2_050_000, '2028': 2_000_000 } } } });
    const r = forecast(sheetOf(rows), config);
    const fk = r.filled.filter((f) => f.row === 'Försäkringskassan');
    expect(fk.map((f) => [f.cell, f.value, f.method])).toEqual([
      ['C2', 2_050_000, 'announced'],
      ['D2', 2_000_000, 'announced'],
      ['E2', 2_000_000, 'flat'],
    ]);
    expect(fk[2].formula).toBe('=D2');
    expect(fk[2].assumption).toBe('beslutat belopp saknas för 2029; samma belopp som 2028');
  });

  it('an insats ending in 2027 is 0 from 2028, and the sum follows', () => {
    const rows: TestCell[][] = [
      ['Kostnader', 'Budget 2026', 'Prognos 2027', 'Prognos 2028'],
      ['Utvecklingsinsatser'],
      ['Ung Vux Gotland', 850_000],
      ['Jobbvägen', 100_000],
      ['SUMMA KOSTNADER', 950_000],
    ];
    const r = forecast(sheetOf(rows), parseConfig({ forecast: { horizon: 2, insatsEndYears: { 'Ung Vux Gotland': 2027 } } }));
    const v = (cell: string) => r.filled.find((f) => f.cell === cell)?.value;
    expect([v('C3'), v('D3')]).toEqual([850_000, 0]);
    expect([v('C5'), v('D5')]).toEqual([950_000, 100_000]);
  });
});
