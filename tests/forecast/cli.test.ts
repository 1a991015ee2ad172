/**
 * The forecast and equity commands end to end, on the sample plan with its three prognosis
 * columns emptied: what is written, what is left alone, and what is refused.
 */
import { equityRows, expectRefused, wideLines } from '../helpers/cli';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { equityReportJsonSchema, forecastJsonSchema, validateJsonSchema, type ForecastJson } from '../../src/cli/schemas';
import { GENERATED_FILL } from '../../src/domain/forecast/forecast';
import { buildCli, run, SAMPLE, sha256, writeSample, type RunResult } from './helpers';

let dir: string;
let sampleHash: string;
const PLAN = 'plan.xlsx';
const FILLED_YEARS = [2027, 2028, 2029];

const file = (name: string) => path.join(dir, name);
const cli = (...args: string[]) => run(dir, ...args);

async function sheetOf(xlsx: string, name = 'Budget 2026'): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${xlsx}`);
  return ws;
}

function forecastJson(r: RunResult): ForecastJson {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return forecastJsonSchema.parse(JSON.parse(r.stdout));
}

beforeAll(() => {
  sampleHash = sha256(SAMPLE);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-forecast-cli-'));
  buildCli();
  writeSample(file(PLAN), FILLED_YEARS);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('forecast on the sample with 2027–2029 emptied', () => {
  let inputHash: string;
  let json: ForecastJson;

  beforeAll(() => {
    inputHash = sha256(file(PLAN));
    json = forecastJson(cli('forecast', PLAN, '-o', 'out.xlsx', '--json'));
  });

  it('the input file is byte-identical afterwards', () => {
    expect(sha256(file(PLAN))).toBe(inputHash);
  });

  it('--json parses with the schema and names the output', () => {
    expect(json.output).toBe('out.xlsx');
    expect(fs.existsSync(file('out.xlsx'))).toBe(true);
    expect(json.sheet).toBe('Budget 2026');
    expect(json.budgetYear).toBe(2026);
    expect(json.addedYears).toEqual([]);
    expect(new Set(json.filled.map((f) => f.year))).toEqual(new Set(FILLED_YEARS));
  });

  it('fills the opening equity of 2027 (D7) with 1 532 148 kr = 6 914 595 − 5 382 447, as =C8-C23', () => {
    const d7 = json.filled.find((f) => f.cell === 'D7');
    expect(d7).toMatchObject({ year: 2027, method: 'carry-forward', formula: '=C8-C23', value: 1_532_148 });
    expect(json.equity.find((e) => e.year === 2027)).toMatchObject({ opening: 1_532_148 });
  });

  it('the equity in the JSON is the equity of the filled sheet, year after year', () => {
    const byYear = new Map(json.equity.map((e) => [e.year, e]));
    for (const year of [2028, 2029]) expect(byYear.get(year)!.opening).toBe(byYear.get(year - 1)!.closing);
    const e7 = json.filled.find((f) => f.cell === 'E7')!;
    expect(e7.formula).toBe('=D8-D23');
    expect(byYear.get(2028)!.opening).toBe(e7.value);
  });

  it('the output holds the formulas, the fill and a note on every generated cell', async () => {
    const ws = await sheetOf(file('out.xlsx'));
    expect(ws.getCell('D7').value).toEqual({ formula: 'C8-C23', result: 1_532_148 });
    for (const f of json.filled) {
      const cell = ws.getCell(f.cell);
      if (f.formula) expect(cell.formula).toBe(f.formula.slice(1));
      else expect(cell.value).toBe(f.value);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${GENERATED_FILL.slice(1)}` } });
      const note = cell.note as string | { texts: { text: string }[] };
      const text = typeof note === 'string' ? note : note.texts.map((t) => t.text).join('');
      expect(text).toContain('Ifylld av Finsam Budget');
      expect(text).toContain(f.assumption);
      expect(cell.numFmt).toBe(ws.getCell(`C${cell.row}`).numFmt);
    }
  });

  it('every cell of the input is in the output unchanged', async () => {
    const input = await sheetOf(file(PLAN));
    const output = await sheetOf(file('out.xlsx'));
    let compared = 0;
    input.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        expect([cell.address, output.getCell(cell.address).value]).toEqual([cell.address, cell.value]);
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(50);
  });

  it('an "Antaganden" sheet lists the assumptions, with the index rate in B3', async () => {
    const ws = await sheetOf(file('out.xlsx'), 'Antaganden');
    expect(ws.getCell('B3').value).toBe(0.03);
    const cells = new Set<string>();
    ws.eachRow((row) => cells.add(String(row.getCell(1).value)));
    for (const f of json.filled) expect(cells.has(f.cell)).toBe(true);
  });

  it('validating the output raises no sum-mismatch, equity-carry-forward or missing-value in 2027–2029', () => {
    const r = cli('validate', 'out.xlsx', '--json');
    expect(r.stderr).toBe('');
    const v = validateJsonSchema.parse(JSON.parse(r.stdout));
    const bad = v.findings.filter(
      (f) => FILLED_YEARS.includes(f.year ?? 0) && ['sum-mismatch', 'equity-carry-forward', 'missing-value', 'total-formula-range'].includes(f.rule),
    );
    expect(bad).toEqual([]);
    // The years the person typed keep their own findings: the check is not blind.
    expect(v.findings.some((f) => f.rule === 'sum-mismatch' && f.year === 2026)).toBe(true);
    expect(v.equity.find((e) => e.year === 2027)).toMatchObject({ opening: 1_532_148 });
  });

  it('a second forecast of the output adds 2030 and leaves the generated cells alone, zeros included', async () => {
    const before = sha256(file('out.xlsx'));
    const again = forecastJson(cli('forecast', 'out.xlsx', '-o', 'out2.xlsx', '--years', '4', '--json'));
    expect(sha256(file('out.xlsx'))).toBe(before);
    expect(again.addedYears).toEqual([2030]);
    expect(new Set(again.filled.map((f) => f.year))).toEqual(new Set([2030]));
    const ws = await sheetOf(file('out2.xlsx'));
    expect(ws.getCell('G1').value).toBe('Prognos 2030');
    expect(ws.getCell('G12').value).toBe('Prognos 2030');
    // Jobbvagen A/R is 0 in 2026: its generated =C17 shows 0 and must read as a formula, not a blank.
    expect(ws.getCell('D17').formula).toBe('C17');
    expect(ws.getCell('G7').formula).toBe('F8-F23');
    // The workbook had "Antaganden": the new assumptions go to a sheet of their own.
    expect(ws.workbook.getWorksheet('Antaganden (2)')).toBeDefined();
    expect(again.filled.find((f) => f.method === 'indexed')).toBeUndefined();
  });
});

describe('where the output goes', () => {
  it('by default NAME-prognos.xlsx next to the input, then NAME-prognos-2.xlsx; neither overwritten', () => {
    fs.mkdirSync(file('sub'));
    fs.copyFileSync(file(PLAN), file('sub/budget.xlsx'));
    const hash = sha256(file('sub/budget.xlsx'));
    const first = cli('forecast', path.join('sub', 'budget.xlsx'));
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain(`Skrev ${path.join('sub', 'budget-prognos.xlsx')}; indatafilen är orörd.`);
    expect(first.stdout).toMatch(/48 celler ifyllda/);
    const firstHash = sha256(file('sub/budget-prognos.xlsx'));
    const second = forecastJson(cli('forecast', path.join('sub', 'budget.xlsx'), '--json'));
    expect(second.output).toBe(path.join('sub', 'budget-prognos-2.xlsx'));
    expect(fs.existsSync(file('sub/budget-prognos-2.xlsx'))).toBe(true);
    expect(sha256(file('sub/budget-prognos.xlsx'))).toBe(firstHash);
    expect(sha256(file('sub/budget.xlsx'))).toBe(hash);
  });

  it('-o equal to the input is refused with exit 2, however it is spelt', () => {
    const hash = sha256(file(PLAN));
    expectRefused(cli('forecast', PLAN, '-o', PLAN), /samma som indatafilen/);
    expectRefused(cli('forecast', PLAN, '-o', `./${PLAN}`), /samma som indatafilen/);
    expectRefused(cli('forecast', PLAN, '-o', file(PLAN)), /samma som indatafilen/);
    expect(sha256(file(PLAN))).toBe(hash);
  });

  it('-o into a folder that does not exist is refused with exit 2', () => {
    expectRefused(cli('forecast', PLAN, '-o', path.join('nowhere', 'out.xlsx')), /nowhere/);
  });
});

describe('unusable input: exit 2, one Swedish line, nothing written', () => {
  let listing: string[];
  beforeEach(() => {
    listing = fs.readdirSync(dir).sort();
  });
  afterEach(() => {
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  it.each([['0'], ['x'], ['11'], ['2.5']])('--years %s', (years) => {
    expectRefused(cli('forecast', PLAN, '--years', years), /--years/);
  });

  it('--years -1 and --years=-1', () => {
    expectRefused(cli('forecast', PLAN, '--years', '-1'), /flaggan "--years" saknar värde eller har ett värde som börjar med "-"/);
    expectRefused(cli('forecast', PLAN, '--years=-1'), /--years ska vara ett heltal 1–10.*"-1"/);
  });

  it.each([
    ['a rate of 500 %', { forecast: { indexRate: 5 } }, /fältet "forecast\.indexRate"/],
    ['negative years', { forecast: { horizon: -1 } }, /fältet "forecast\.horizon": ska vara minst 1/],
    ['an end year before the budget year', { forecast: { insatsEndYears: { 'Ung Vux Gotland': 2025 } } }, /forecast\.insatsEndYears\.Ung Vux Gotland.*2025.*före budgetåret 2026/],
    ['a row the sheet does not have', { forecast: { methods: { Lönekostnader: 'indexed' } } }, /ingen rad.*"Lönekostnader"/],
    ['an unknown field', { forecast: { rate: 0.03 } }, /fältet "forecast\.rate": okänt fält/],
  ])('a config file with %s', (_what, config, reason) => {
    fs.writeFileSync(path.join(os.tmpdir(), `finsam-bad-${process.pid}.json`), JSON.stringify(config));
    try {
      expectRefused(cli('forecast', PLAN, '--config', path.join(os.tmpdir(), `finsam-bad-${process.pid}.json`)), reason);
    } finally {
      fs.rmSync(path.join(os.tmpdir(), `finsam-bad-${process.pid}.json`), { force: true });
    }
  });

  it('a config file that is not JSON, or is not there', () => {
    const bad = path.join(os.tmpdir(), `finsam-notjson-${process.pid}.json`);
    fs.writeFileSync(bad, '{ forecast: ');
    try {
      expectRefused(cli('forecast', PLAN, '--config', bad), /inte giltig JSON/);
    } finally {
      fs.rmSync(bad, { force: true });
    }
    expectRefused(cli('forecast', PLAN, '--config', 'missing.json'), /missing\.json: konfigurationsfilen finns inte/);
  });

  it('a note where a new prognosis column must go', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file(PLAN));
    wb.getWorksheet('Budget 2026')!.getCell('G15').value = 'fråga styrelsen';
    const noted = path.join(os.tmpdir(), `finsam-noted-${process.pid}.xlsx`);
    await wb.xlsx.writeFile(noted);
    try {
      expectRefused(run(os.tmpdir(), 'forecast', noted, '-o', path.join(dir, 'never.xlsx'), '--years', '4'), /G15.*fråga styrelsen.*inget skrevs/);
    } finally {
      fs.rmSync(noted, { force: true });
    }
  });

  it('a file that is not there', () => {
    expectRefused(cli('forecast', 'nope.xlsx'), /nope\.xlsx: filen finns inte/);
    expectRefused(cli('equity', 'nope.xlsx'), /nope\.xlsx: filen finns inte/);
  });
});

describe('equity', () => {
  it('text: the development per year as a table, and the breaches', () => {
    const r = run(dir, 'equity', SAMPLE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const table = equityRows(r.stdout);
    expect([...table.keys()]).toEqual([2025, 2026, 2027, 2028, 2029]);
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    expect(table.get(2027)).toEqual({
      Ingående: nb('1 532 148'), Medlemsbidrag: nb('4 100 000'), 'Övr. intäkter': '500', Kostnader: nb('4 613 325'),
      Utgående: nb('1 019 323'), Tak: nb('820 000'), Golv: nb('650 000'), Status: 'ÖVER TAK',
    });
    expect(table.get(2029)).toMatchObject({ Ingående: nb('884 402'), Utgående: nb('713 002'), Tak: nb('800 000'), Status: 'ok' });
    expect(wideLines(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/3 år med eget kapital över taket \(C23:E23\)/);
    expect(r.stdout).toMatch(/D23 +Eget kapital vid utgången av 2027 blir högre än taket/);
    expect(r.stdout).toMatch(/Tak\s820\s000\skr · Eget kapital\s1\s019\s323\skr/);
    expect(r.stdout).toMatch(/Golv: 650\s000\skr/);
    // The chain's break: 2025 closes on 1 999 868 kr, 2026 opens with 2 714 095 kr (issue 12).
    expect(r.stdout).toMatch(/Kedjan bryts/);
    expect(r.stdout).toMatch(/C7 +Ingående eget kapital 2026 ska vara utgående eget kapital 2025/);
  });

  it('--json parses with the schema; breaches are only cap and floor', () => {
    const r = run(dir, 'equity', SAMPLE, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = equityReportJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.budgetYear).toBe(2026);
    expect(json.equity.map((e) => e.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(json.equity.find((e) => e.year === 2027)).toMatchObject({ opening: 1_532_148, closing: 1_019_323, cap: 820_000, floor: 650_000 });
    expect(json.breaches.map((b) => [b.rule, b.year])).toEqual([
      ['equity-over-cap', 2026],
      ['equity-over-cap', 2027],
      ['equity-over-cap', 2028],
    ]);
    expect(json.chainBreaks.map((b) => [b.cell, b.year, b.expected, b.actual])).toEqual([['C7', 2026, 1_999_868, 2_714_095]]);
  });

  it('on the forecast output: the floor breaches of the flat years', () => {
    forecastJson(cli('forecast', PLAN, '-o', 'for-equity.xlsx', '--json'));
    const r = cli('equity', 'for-equity.xlsx', '--json');
    const json = equityReportJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.equity.find((e) => e.year === 2027)!.opening).toBe(1_532_148);
    expect(json.breaches.filter((b) => b.rule === 'equity-below-floor').map((b) => b.year)).toEqual([2028, 2029]);
    const text = cli('equity', 'for-equity.xlsx').stdout;
    expect(equityRows(text).get(2029)!.Status).toBe('UNDER GOLV');
  });

  it('a config with a higher floor is used: 2029 (713 002 kr) is under 750 000 kr', () => {
    const cfg = path.join(os.tmpdir(), `finsam-floor-${process.pid}.json`);
    fs.writeFileSync(cfg, JSON.stringify({ equity: { floor: 750_000 } }));
    try {
      const json = equityReportJsonSchema.parse(JSON.parse(run(dir, 'equity', SAMPLE, '--json', '--config', cfg).stdout));
      expect(json.breaches.filter((b) => b.rule === 'equity-below-floor').map((b) => b.year)).toEqual([2029]);
    } finally {
      fs.rmSync(cfg, { force: true });
    }
  });
});

describe('the sample itself', () => {
  it('a forecast straight on examples/budgetplan-2026.xlsx writes elsewhere and leaves its one blank (F18), saying why', () => {
    const r = forecastJson(run(dir, 'forecast', SAMPLE, '-o', file('sample-out.xlsx'), '--json'));
    // F18 = E18 would make the typed TOTALT Utvecklingsinsatser 2029 (F21, 2 305 000 kr, right today) wrong (issue 12).
    expect(r.filled).toEqual([]);
    expect(r.leftOut).toEqual([{ year: 2029, cell: 'F18', reason: expect.stringMatching(/F21 \(TOTALT Utvecklingsinsatser\) är inskriven/) }]);
  });

  it('examples/budgetplan-2026.xlsx is byte-identical after the whole file', () => {
    expect(sha256(SAMPLE)).toBe(sampleHash);
    expect(fs.readdirSync(path.dirname(SAMPLE))).toEqual(['budgetplan-2026.xlsx']);
  });
});
