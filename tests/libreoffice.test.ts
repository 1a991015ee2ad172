/**
 * The LibreOffice harness (tests/helpers/libreoffice.ts) really recalculates: workbooks written
 * here carry deliberately wrong cached results, and LibreOffice must replace them.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  cellValue,
  convertsWithoutError,
  disposeProfile,
  libreOfficeVersion,
  parseCsv,
  recalculate,
  toNumber,
} from './helpers/libreoffice';

const KR = '#,##0 "kr"';
const KR_SECTIONS = '#,##0 "kr";-#,##0 "kr";"- kr"';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-lo-test-'));
});
afterAll(async () => {
  await disposeProfile();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function write(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

it('runs LibreOffice 7.2 or later (needed to export every sheet to CSV)', async () => {
  const [major, minor] = await libreOfficeVersion();
  expect(major * 100 + minor).toBeGreaterThanOrEqual(702);
});

describe('recalculate', () => {
  it('replaces a wrong cached result: A3 = A1*A2 cached as 999 reads 6', async () => {
    const file = await write('wrong-cache.xlsx', (wb) => {
      const ws = wb.addWorksheet('Blad1');
      ws.getCell('A1').value = 2;
      ws.getCell('A2').value = 3;
      ws.getCell('A3').value = { formula: 'A1*A2', result: 999 };
    });
    // The file really carries 999 (so the 6 below comes from LibreOffice, not from the file).
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet('Blad1')!.getCell('A3').result).toBe(999);

    const started = Date.now();
    const sheets = await recalculate(file);
    const seconds = (Date.now() - started) / 1000;
    expect(Object.keys(sheets)).toEqual(['Blad1']);
    expect(sheets.Blad1).toEqual([['2'], ['3'], ['6']]);
    expect(toNumber(cellValue(sheets.Blad1, 'A3'))).toBe(6);
    expect(seconds).toBeLessThan(60);
  });

  it('exports every sheet, in workbook order, with cross-sheet formulas recalculated', async () => {
    const file = await write('two-sheets.xlsx', (wb) => {
      const budget = wb.addWorksheet('Budget 2026');
      budget.addRow(['Post', 'Belopp']);
      budget.addRow(['Försäkringskassan', 2100000]);
      budget.addRow(['Region Gotland', 2100000]);
      budget.addRow(['Summa', { formula: 'SUM(B2:B3)', result: 1 }]);
      const prognos = wb.addWorksheet('Prognos');
      prognos.getCell('A1').value = 'Text, med "citat" och åäö';
      prognos.getCell('B1').value = { formula: "'Budget 2026'!B4*2", result: 0 };
    });
    const sheets = await recalculate(file);
    expect(Object.keys(sheets)).toEqual(['Budget 2026', 'Prognos']);
    expect(sheets['Budget 2026']).toEqual([
      ['Post', 'Belopp'],
      ['Försäkringskassan', '2100000'],
      ['Region Gotland', '2100000'],
      ['Summa', '4200000'],
    ]);
    expect(sheets.Prognos).toEqual([['Text, med "citat" och åäö', '8400000']]);
  });

  it('gives raw, parsable numbers for cells formatted as kronor', async () => {
    const file = await write('kronor.xlsx', (wb) => {
      const ws = wb.addWorksheet('Kronor');
      ws.getCell('A1').value = 1234567.5;
      ws.getCell('A1').numFmt = KR;
      ws.getCell('A2').value = -2714095;
      ws.getCell('A2').numFmt = KR_SECTIONS;
      ws.getCell('A3').value = 0;
      ws.getCell('A3').numFmt = KR_SECTIONS; // shown as "- kr"
      ws.getCell('A4').value = { formula: 'A1+A2', result: 0 };
      ws.getCell('A4').numFmt = KR_SECTIONS;
      ws.getCell('A5').value = { formula: '1/3', result: 0 };
    });
    const rows = (await recalculate(file)).Kronor;
    expect(rows.map((r) => r[0])).toEqual(['1234567.5', '-2714095', '0', '-1479527.5', '0.333333333333333']);
    expect(toNumber(cellValue(rows, 'A1'))).toBe(1234567.5);
    expect(toNumber(cellValue(rows, 'A4'))).toBe(-1479527.5);
    expect(toNumber(cellValue(rows, 'A5'))).toBeCloseTo(1 / 3, 14);
  });

  it('fails clearly on a timeout', async () => {
    const file = await write('timeout.xlsx', (wb) => {
      wb.addWorksheet('Blad1').getCell('A1').value = 1;
    });
    await expect(recalculate(file, { timeoutMs: 1 })).rejects.toThrow(/did not finish converting .*timeout\.xlsx within 0\.001 s/);
  });

  it('rejects a workbook LibreOffice cannot open', async () => {
    const file = path.join(dir, 'garbage.xlsx');
    fs.writeFileSync(file, 'this is not a zip file\n');
    await expect(recalculate(file)).rejects.toThrow(/could not convert/);
  });
});

describe('convertsWithoutError', () => {
  it('is true for a workbook written by exceljs', async () => {
    const file = await write('fine.xlsx', (wb) => {
      wb.addWorksheet('Blad1').getCell('A1').value = { formula: 'SUM(1,2)', result: 3 };
    });
    expect(await convertsWithoutError(file)).toBe(true);
  });

  it('is false for a file that is not a workbook', async () => {
    const file = path.join(dir, 'not-a-workbook.xlsx');
    fs.writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3, 4, 5, 6, 7]));
    expect(await convertsWithoutError(file)).toBe(false);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, newlines inside quotes and CRLF rows', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n"two\nlines",,3\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['two\nlines', '', '3'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });
});
