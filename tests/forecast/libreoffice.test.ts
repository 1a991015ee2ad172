/**
 * The formulas the forecast writes are right in a real spreadsheet engine: LibreOffice Calc
 * opens the output, recalculates every formula (the profile forces it, so the values cached by
 * the tool are not trusted) and every filled cell must equal what `forecast --json` reported.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forecastJsonSchema, type ForecastJson } from '../../src/cli/schemas';
import { cellValue, disposeProfile, recalculate, toNumber } from '../helpers/libreoffice';
import { buildCli, run, writeSample } from './helpers';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-forecast-lo-'));
  buildCli();
  writeSample(path.join(dir, 'plan.xlsx'), [2027, 2028, 2029]);
});

afterAll(async () => {
  await disposeProfile();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function forecast(name: string, config?: object, ...extra: string[]): ForecastJson {
  const args = ['forecast', 'plan.xlsx', '-o', name, '--json', ...extra];
  if (config) {
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(config));
    args.push('--config', `${name}.json`);
  }
  const r = run(dir, ...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return forecastJsonSchema.parse(JSON.parse(r.stdout));
}

/** Every filled cell as LibreOffice computed it, next to what the tool reported. */
async function compare(json: ForecastJson): Promise<{ sheets: Record<string, string[][]>; pairs: [string, number, number][] }> {
  const sheets = await recalculate(path.join(dir, json.output));
  const rows = sheets[json.sheet];
  expect(rows).toBeDefined();
  const pairs = json.filled.map((f): [string, number, number] => [f.cell, toNumber(cellValue(rows, f.cell)), f.value]);
  return { sheets, pairs };
}

describe('forecast output recalculated by LibreOffice', () => {
  it('default methods: every filled cell equals the reported value, D7 = 1 532 148', async () => {
    const json = forecast('default.xlsx');
    expect(json.filled.length).toBe(48);
    expect(json.filled.filter((f) => f.formula).length).toBeGreaterThan(40);
    const { sheets, pairs } = await compare(json);
    // Exact: kronor are whole numbers, and the chain of formulas must not drift.
    expect(pairs.map(([cell, lo]) => [cell, lo])).toEqual(pairs.map(([cell, , tool]) => [cell, tool]));
    const rows = sheets['Budget 2026'];
    expect(toNumber(cellValue(rows, 'D7'))).toBe(1_532_148);
    expect(toNumber(cellValue(rows, 'C8')) - toNumber(cellValue(rows, 'C23'))).toBe(1_532_148);
    // The closing equity of 2029 as the tool reported it, from LibreOffice's totals.
    const closing2029 = toNumber(cellValue(rows, 'F8')) - toNumber(cellValue(rows, 'F23'));
    expect(closing2029).toBe(json.equity.find((e) => e.year === 2029)!.closing);
    expect(Object.keys(sheets)).toEqual(['Budget 2026', 'Antaganden']);
  });

  it('indexed rows at 3 %: the formulas read the rate from Antaganden!$B$3', async () => {
    const json = forecast('indexed.xlsx', { forecast: { methods: { 'Uppföljning & utvärdering': 'indexed' }, indexRate: 0.03 } });
    const indexed = json.filled.filter((f) => f.method === 'indexed');
    expect(indexed.map((f) => [f.cell, f.formula, f.value])).toEqual([
      ['D15', '=ROUND(C15*(1+Antaganden!$B$3),0)', 5150],
      ['E15', '=ROUND(D15*(1+Antaganden!$B$3),0)', 5305],
      ['F15', '=ROUND(E15*(1+Antaganden!$B$3),0)', 5464],
    ]);
    const { sheets, pairs } = await compare(json);
    expect(pairs.map(([cell, lo]) => [cell, lo])).toEqual(pairs.map(([cell, , tool]) => [cell, tool]));
    // B3 is formatted as a percentage; LibreOffice exports it as shown ("3%").
    expect(cellValue(sheets.Antaganden, 'B3')).toMatch(/^(0\.03|3%)$/);
    expect(toNumber(cellValue(sheets['Budget 2026'], 'D7'))).toBe(1_532_148);
  });

  it('the rate is live: 10 % typed into Antaganden!B3 makes 2027 5 500 kr in LibreOffice', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'indexed.xlsx'));
    wb.getWorksheet('Antaganden')!.getCell('B3').value = 0.1;
    const changed = path.join(dir, 'indexed-10.xlsx');
    await wb.xlsx.writeFile(changed);
    const sheets = await recalculate(changed);
    const rows = sheets['Budget 2026'];
    expect([cellValue(rows, 'D15'), cellValue(rows, 'E15'), cellValue(rows, 'F15')].map(toNumber)).toEqual([5500, 6050, 6655]);
    // The Antaganden sheet's amounts (column F, by the cell named in column A) follow B3 too.
    const listed = new Map(sheets.Antaganden.filter((r) => /^[A-Z]+\d+$/.test(r[0] ?? '')).map((r) => [r[0], toNumber(r[5])]));
    expect([listed.get('D15'), listed.get('E15'), listed.get('F15')]).toEqual([5500, 6050, 6655]);
    // And every amount listed equals its cell in the budget sheet as LibreOffice computed it.
    for (const [a1, amount] of listed) expect([a1, amount]).toEqual([a1, toNumber(cellValue(rows, a1))]);
    expect(listed.size).toBeGreaterThan(40);
  });

  it('a rate whose products sit at a binary half (500 × 1,015 = 507.49999999999994): the tool rounds as LibreOffice', async () => {
    const json = forecast('rounding.xlsx', { forecast: { methods: { Ränteintäkter: 'indexed', 'Uppföljning & utvärdering': 'indexed' }, indexRate: 0.015 } });
    expect(json.filled.find((f) => f.cell === 'D6')).toMatchObject({ method: 'indexed', value: 507 });
    const { pairs } = await compare(json);
    expect(pairs.map(([cell, lo]) => [cell, lo])).toEqual(pairs.map(([cell, , tool]) => [cell, tool]));
  });

  it('added prognosis columns (--years 5) calculate too', async () => {
    const json = forecast('five.xlsx', undefined, '--years', '5');
    expect(json.addedYears).toEqual([2030, 2031]);
    const { sheets, pairs } = await compare(json);
    expect(pairs.map(([cell, lo]) => [cell, lo])).toEqual(pairs.map(([cell, , tool]) => [cell, tool]));
    expect(cellValue(sheets['Budget 2026'], 'H1')).toBe('Prognos 2031');
    expect(cellValue(sheets['Budget 2026'], 'H12')).toBe('Prognos 2031');
  });
});
