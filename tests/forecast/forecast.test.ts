/** The forecast engine on small sheets: what it fills, what it leaves, what it refuses. */
import { ConfigError, parseConfig } from '../../src/domain/config';
import { applyPlanToSnapshot } from '../../src/domain/apply';
import { KRONOR_FORMAT } from '../../src/domain/format';
import { forecast, GENERATED_FILL } from '../../src/domain/forecast/forecast';
import { ForecastError } from '../../src/domain/forecast/errors';
import { parseA1, type SheetSnapshot } from '../../src/domain/snapshot';
import { validate } from '../../src/domain/validate';
import { sheetOf, type TestCell } from '../helpers/sheet';

const KR = '#,##0 "kr";-#,##0 "kr";"- kr"';

/**
 * Budget 2026 and one prognosis column (2027) where some cells are the user's: a value (C3),
 * an error (C5), a text (C12) and a formula (C14). Everything else in 2027 is blank.
 */
function rows(): TestCell[][] {
  return [
    ['Intäkter', 'Budget 2026', 'Prognos 2027'],
    ['Försäkringskassan', 1000, null],
    ['Region Gotland', 1000, 1200],
    ['Summa samverkansmedel', { f: '=SUM(B2:B3)', v: 2000 }, null],
    ['Ränteintäkter', 10, '#REF!'],
    ['Eget kapital', 500, null],
    ['TOTALT', { f: '=SUM(B4:B6)', v: 2510 }, null],
    [],
    ['Kostnader', 'Budget 2026', 'Prognos 2027'],
    ['Administration'],
    ['Lön', 1000, null],
    ['Lokal', 100, 'se not'],
    ['Summa administration', { f: '=SUM(B11:B12)', v: 1100 }, null],
    ['Reserv eget kapital', 500, { f: '=B14', v: 500 }],
    ['SUMMA KOSTNADER', { f: '=SUM(B13:B14)', v: 1600 }, null],
  ];
}

/** The sheet: the budget column's amounts in kronor format except Lön (B11: General), headers '@'. */
function snapshot(): SheetSnapshot {
  const s = sheetOf(rows());
  for (let r = 1; r < s.values.length; r++) if (r !== 10 && typeof s.values[r][1] === 'number') s.numberFormats[r][1] = KR;
  s.numberFormats[0][1] = '@';
  s.numberFormats[8][1] = '@';
  return s;
}

const config = parseConfig({});
const at = (s: SheetSnapshot, a1: string) => {
  const p = parseA1(a1);
  return { value: s.values[p.row]?.[p.col] ?? null, formula: s.formulas[p.row]?.[p.col] ?? null, format: s.numberFormats[p.row]?.[p.col] };
};

describe('forecast on a sheet with some prognosis cells the user filled', () => {
  const input = snapshot();
  const before = JSON.stringify(input);
  const result = forecast(input, config, { horizon: 1 });
  const edits = result.plan[0].edits;
  const byCell = new Map(result.filled.map((f) => [f.cell, f]));

  it('does not modify the snapshot it was given', () => {
    expect(JSON.stringify(input)).toBe(before);
  });

  it('fills exactly the blank cells of 2027 with the expected values and formulas', () => {
    expect(result.filled.map((f) => [f.cell, f.formula, f.value])).toEqual(
      expect.arrayContaining([
        ['C2', '=B2', 1000],
        ['C4', '=SUM(C2:C3)', 2200],
        ['C6', '=B7-B15', 910],
        ['C7', '=SUM(C4:C6)', 3110],
        ['C11', '=ROUND(B11*(1+Antaganden!$B$3),0)', 1030],
        ['C13', '=SUM(C11:C12)', 1030],
        ['C15', '=SUM(C13:C14)', 1530],
      ]),
    );
    expect(result.filled.map((f) => f.cell).sort()).toEqual(['C11', 'C13', 'C15', 'C2', 'C4', 'C6', 'C7']);
  });

  it('never writes a cell holding a value, an error, a text or a formula', () => {
    const targets = new Set(edits.map((e) => e.cell));
    for (const cell of ['C3', 'C5', 'C12', 'C14', 'A1', 'B2', 'C1', 'C9', 'A10']) expect(targets.has(cell)).toBe(false);
    const after = applyPlanToSnapshot(input, result.plan[0]);
    expect(at(after, 'C3').value).toBe(1200);
    expect(at(after, 'C5').value).toBe('#REF!');
    expect(at(after, 'C12').value).toBe('se not');
    expect(at(after, 'C14')).toMatchObject({ value: 500, formula: '=B14' });
  });

  it('opening equity is a formula: the year before, income total minus cost total', () => {
    expect(byCell.get('C6')).toMatchObject({ method: 'carry-forward', formula: '=B7-B15', value: 2510 - 1600 });
  });

  it('marks every generated cell with the fill and a note naming method and assumption', () => {
    for (const f of result.filled) {
      const e = edits.find((x) => x.cell === f.cell)!;
      expect(e.fill).toBe(GENERATED_FILL);
      expect(e.note).toContain('Ifylld av Finsam Budget');
      expect(e.note).toContain(f.assumption);
    }
    expect(edits.find((e) => e.cell === 'C11')!.note).toMatch(/indexuppräkning.*3 %/);
  });

  it("gives filled cells the budget column's number format, kronor where it is General", () => {
    expect(edits.find((e) => e.cell === 'C2')!.numberFormat).toBe(KR);
    expect(edits.find((e) => e.cell === 'C13')!.numberFormat).toBe(KR);
    expect(KRONOR_FORMAT).not.toBe('General');
    expect(edits.find((e) => e.cell === 'C11')!.numberFormat).toBe(KRONOR_FORMAT);
  });

  it('adds an assumptions sheet whose B3 is the index rate the formulas refer to', () => {
    const sheet = result.plan[1];
    expect(sheet).toMatchObject({ sheet: 'Antaganden', create: true });
    expect(sheet.edits.find((e) => e.cell === 'B3')!.value).toBe(0.03);
    const listed = sheet.edits.filter((e) => /^A\d+$/.test(e.cell) && Number(e.cell.slice(1)) >= 6).map((e) => e.value);
    for (const f of result.filled) expect(listed).toContain(f.cell);
  });

  it('validating the result raises no sum-mismatch, carry-forward or missing-value in 2027', () => {
    const after = applyPlanToSnapshot(input, result.plan[0]);
    const findings = validate(after, config).findings.filter(
      (f) => f.year === 2027 && ['sum-mismatch', 'total-formula-range', 'equity-carry-forward', 'missing-value'].includes(f.rule),
    );
    expect(findings).toEqual([]);
  });
});

describe('new prognosis columns up to budget year + horizon', () => {
  const input = snapshot();
  const result = forecast(input, config, { horizon: 3 });
  const edits = result.plan[0].edits;

  it('adds 2028 and 2029 to the right of 2027, headed "Prognos YYYY" in every header row', () => {
    expect(result.targetYears).toEqual([2027, 2028, 2029]);
    expect(result.addedYears).toEqual([2028, 2029]);
    for (const [col, year] of [['D', 2028], ['E', 2029]] as const) {
      for (const row of [1, 9]) {
        const e = edits.find((x) => x.cell === `${col}${row}`);
        expect(e).toMatchObject({ value: `Prognos ${year}`, numberFormat: '@' });
      }
    }
  });

  it("new cells take the budget column's number format (kronor where the budget cell is General)", () => {
    expect(edits.find((e) => e.cell === 'D2')!.numberFormat).toBe(KR);
    expect(edits.find((e) => e.cell === 'E15')!.numberFormat).toBe(KR);
    expect(edits.find((e) => e.cell === 'D11')!.numberFormat).toBe(KRONOR_FORMAT);
  });

  it('totals and opening equity in the new years are formulas over the same column', () => {
    const f = (cell: string) => result.filled.find((x) => x.cell === cell);
    expect(f('D4')).toMatchObject({ formula: '=SUM(D2:D3)' });
    expect(f('D6')).toMatchObject({ formula: '=C7-C15', value: 3110 - 1530 });
    expect(f('E6')).toMatchObject({ formula: '=D7-D15' });
    expect(f('D7')).toMatchObject({ formula: '=SUM(D4:D6)' });
    expect(f('E13')).toMatchObject({ formula: '=SUM(E11:E12)' });
    expect(f('E15')).toMatchObject({ formula: '=SUM(E13:E14)' });
    // C5 (#REF!) is not a number: 2028 cannot refer to it, and a blank year before gives nothing.
    expect(f('D5')).toBeUndefined();
    // Lokal 2027 is text: 2028 is not invented from it.
    expect(f('D12')).toBeUndefined();
    // Lön is indexed from the generated 2027 cell.
    expect(f('D11')).toMatchObject({ formula: '=ROUND(C11*(1+Antaganden!$B$3),0)', value: 1061 });
  });

  it('the equity chain holds in every added year', () => {
    const after = applyPlanToSnapshot(input, result.plan[0]);
    const carry = validate(after, config).findings.filter((f) => f.rule === 'equity-carry-forward');
    expect(carry).toEqual([]);
  });
});

describe('refusals: nothing returned', () => {
  it('a note where a new column must go is refused with a ForecastError naming the cell', () => {
    const s = sheetOf([...rows().slice(0, 11), ['Lokal', 100, 'se not', null, 'anteckning'], ...rows().slice(12)]);
    let result: unknown;
    try {
      result = forecast(s, config, { horizon: 3 });
    } catch (e) {
      expect(e).toBeInstanceOf(ForecastError);
      expect((e as Error).message).toMatch(/Prognos 2029.*E12.*anteckning/);
    }
    expect(result).toBeUndefined();
    expect(() => forecast(s, config, { horizon: 2 })).not.toThrow();
  });

  it('a formula (even one without a cached value) where a new column must go is refused', () => {
    const r = rows();
    r[6] = [...r[6], { f: '=B7*2', v: null }];
    expect(() => forecast(sheetOf(r), config, { horizon: 2 })).toThrow(ForecastError);
  });

  it('a formula whose cached value is missing is the user\'s: it is not filled', () => {
    const r = rows();
    r[1] = ['Försäkringskassan', 1000, { f: '=B2', v: null }];
    const result = forecast(sheetOf(r), config, { horizon: 1 });
    expect(result.plan[0].edits.map((e) => e.cell)).not.toContain('C2');
  });

  it('horizon −1 in the configuration is refused, naming the field', () => {
    expect(() => parseConfig({ forecast: { horizon: -1 } })).toThrow(ConfigError);
    expect(() => parseConfig({ forecast: { horizon: -1 } })).toThrow(/fältet "forecast\.horizon": ska vara minst 1/);
  });

  it('horizon −1, 0, 11 or 1.5 as an option is refused', () => {
    for (const horizon of [-1, 0, 11, 1.5]) {
      expect(() => forecast(snapshot(), config, { horizon })).toThrow(ForecastError);
      expect(() => forecast(snapshot(), config, { horizon })).toThrow(/antalet prognosår/);
    }
  });

  it('an insats end year before the budget year is refused, naming the field and the years', () => {
    const c = parseConfig({ forecast: { insatsEndYears: { Lön: 2025 } } });
    expect(() => forecast(snapshot(), c)).toThrow(ForecastError);
    expect(() => forecast(snapshot(), c)).toThrow(/fältet "forecast\.insatsEndYears\.Lön": slutåret 2025 ligger före budgetåret 2026/);
  });

  it('a rate of 500 % (indexRate 5) is refused with a message that shows how to write 3 %', () => {
    expect(() => parseConfig({ forecast: { indexRate: 5 } })).toThrow(ConfigError);
    expect(() => parseConfig({ forecast: { indexRate: 5 } })).toThrow(/fältet "forecast\.indexRate": .*0\.03 för 3 %/);
    expect(() => parseConfig({ forecast: { indexRate: -0.6 } })).toThrow(/forecast\.indexRate/);
    expect(parseConfig({ forecast: { indexRate: 1 } }).forecast.indexRate).toBe(1);
  });

  it('other bad configuration: a non-number rate, an unknown method, a bad year key, an unknown row', () => {
    expect(() => parseConfig({ forecast: { indexRate: '3%' } })).toThrow(/forecast\.indexRate": ska vara ett tal/);
    expect(() => parseConfig({ forecast: { methods: { Lön: 'guess' } } })).toThrow(/forecast\.methods\.Lön": ska vara ett av/);
    expect(() => parseConfig({ forecast: { announced: { Försäkringskassan: { '27': 1 } } } })).toThrow(/fältet "forecast\.announced\.Försäkringskassan\.27": årtal skrivs med fyra siffror/);
    expect(() => parseConfig({ forecast: { horizons: 3 } })).toThrow(/forecast\.horizons": okänt fält/);
    expect(() => forecast(snapshot(), parseConfig({ forecast: { methods: { Lönn: 'flat' } } }))).toThrow(/ingen rad .* heter "Lönn"/);
    expect(() => forecast(snapshot(), parseConfig({ forecast: { methods: { Lön: 'announced' } } }))).toThrow(/kräver belopp/);
  });

  it('a sheet without a budget year is refused', () => {
    const s = sheetOf([
      ['Intäkter', 'Utfall 2024', 'Utfall 2025'],
      ['Försäkringskassan', 1000, 1000],
      ['TOTALT', 1000, 1000],
    ]);
    expect(() => forecast(s, config)).toThrow(ForecastError);
  });
});

describe('a fully filled plan is left alone', () => {
  it('when every prognosis cell holds something, nothing is filled and no sheet is added', () => {
    const s = sheetOf([
      ['Intäkter', 'Budget 2026', 'Prognos 2027'],
      ['Försäkringskassan', 1000, 900],
      ['TOTALT', 1000, 900],
    ]);
    const r = forecast(s, config, { horizon: 1 });
    expect(r.filled).toEqual([]);
    expect(r.plan).toHaveLength(1);
    expect(r.plan[0].edits).toEqual([]);
  });
});
