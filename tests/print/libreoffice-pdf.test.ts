/**
 * The sheets the tool writes print on A4, one page wide: LibreOffice prints the command line's
 * forecast and tables output to PDF, and poppler counts and reads the pages. Each page's footer
 * names its sheet (left) and the page (right), which is how pages are told apart; every page of
 * a sheet the tool wrote shows the table's header row whole (print titles, and one page wide:
 * a table split across pages in width would leave its first or last column off some page).
 * The page counts are the README's ("Printing").
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { disposeProfile } from '../helpers/libreoffice';
import { disposePdfProfile, isA4, printToPdf, readPdf, type PdfPage } from '../helpers/libreoffice-pdf';
import { buildCli, run, SAMPLE, writeSample } from '../forecast/helpers';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-print-'));
  buildCli();
  fs.copyFileSync(SAMPLE, path.join(dir, 'plan.xlsx'));
  writeSample(path.join(dir, 'tom.xlsx'), [2027, 2028, 2029]);
});

afterAll(async () => {
  await disposePdfProfile();
  await disposeProfile();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]): void {
  const r = run(dir, ...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

async function pagesOf(xlsx: string): Promise<PdfPage[]> {
  const pdf = path.join(dir, xlsx.replace(/\.xlsx$/, '.pdf'));
  await printToPdf(path.join(dir, xlsx), pdf);
  return readPdf(pdf);
}

/** The sheet a page belongs to, from its footer: "<sheet>   Sida N av M". */
function sheetOfPage(page: PdfPage): string | null {
  const m = /^(.*?)\s{2,}Sida \d+ av \d+$/.exec(page.lines[page.lines.length - 1] ?? '');
  return m ? m[1] : null;
}

function bySheet(pages: PdfPage[]): Map<string, PdfPage[]> {
  const out = new Map<string, PdfPage[]>();
  for (const p of pages) {
    const name = sheetOfPage(p) ?? '(utan sidfot)';
    out.set(name, [...(out.get(name) ?? []), p]);
  }
  return out;
}

/** The first and last cell of a header row, as the workbook holds them. */
async function headerEnds(xlsx: string, sheet: string, row: number, lastCol: string): Promise<[string, string]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, xlsx));
  const ws = wb.getWorksheet(sheet)!;
  return [String(ws.getCell(`A${row}`).value), String(ws.getCell(`${lastCol}${row}`).value)];
}

/** Every page shows the header row from its first to its last column, on one line. */
function expectWholeHeaderOnEveryPage(pages: PdfPage[], [first, last]: [string, string]): void {
  for (const [i, page] of pages.entries()) {
    const line = page.lines.find((l) => l.startsWith(first) && l.includes(last));
    expect([i, line ?? page.lines.slice(0, 4).join(' | ')]).toEqual([i, expect.stringContaining(last)]);
  }
}

describe('printing what the tool writes (LibreOffice to PDF, A4)', () => {
  it("the sample's forecast output: 1 page, the budget table landscape and one page wide (nothing filled, so no Antaganden)", async () => {
    // The sample's one blank (F18) is left: its typed total F21 adds up without it (issue 12).
    cli('forecast', 'plan.xlsx', '-o', 'prognos.xlsx');
    const pages = await pagesOf('prognos.xlsx');
    expect(pages.length).toBe(1);
    expect(pages.every(isA4)).toBe(true);
    const sheets = bySheet(pages);
    expect([...sheets.keys()]).toEqual(['Budget 2026']);
    const budget = sheets.get('Budget 2026')!;
    expect(budget[0].width).toBeGreaterThan(budget[0].height); // landscape
    expectWholeHeaderOnEveryPage(budget, ['Intäkter', 'Prognos 2029']);
  });

  it('the sample with 2027-2029 blank, forecast: 2 pages, the budget table and Antaganden 1 page each', async () => {
    cli('forecast', 'tom.xlsx', '-o', 'tom-3.xlsx');
    const sheets = bySheet(await pagesOf('tom-3.xlsx'));
    expect([...sheets.keys()]).toEqual(['Budget 2026', 'Antaganden']);
    expect(sheets.get('Budget 2026')!.length).toBe(1);
    expectWholeHeaderOnEveryPage(sheets.get('Budget 2026')!, ['Intäkter', 'Prognos 2029']);
    expect(sheets.get('Antaganden')!.length).toBe(1);
    expectWholeHeaderOnEveryPage(sheets.get('Antaganden')!, ['Cell', 'Belopp']);
  });

  it('a forecast that fills five years: Antaganden runs to more pages, each with its header row', async () => {
    cli('forecast', 'tom.xlsx', '-o', 'tom-prognos.xlsx', '--years', '5');
    const sheets = bySheet(await pagesOf('tom-prognos.xlsx'));
    expect([...sheets.keys()]).toEqual(['Budget 2026', 'Antaganden']);
    expect(sheets.get('Budget 2026')!.length).toBe(1);
    expectWholeHeaderOnEveryPage(sheets.get('Budget 2026')!, ['Intäkter', 'Prognos 2031']);
    const assumptions = sheets.get('Antaganden')!;
    expect(assumptions.length).toBe(2);
    expectWholeHeaderOnEveryPage(assumptions, ['Cell', 'Belopp']);
    // The long labels are not cut: the longest row label is there whole.
    expect(assumptions.map((p) => p.text).join('\n')).toContain('Strukturell samverkan & kompetensutveckling');
  });

  it("the sample's tables output: 6 A4 pages, the budget table and each table one page, landscape where wide, header row whole", async () => {
    const r = run(dir, 'tables', 'plan.xlsx', '-o', 'tabeller.xlsx', '--json');
    expect(r.code).toBe(0);
    const tables = (JSON.parse(r.stdout) as { tables: { sheet: string; range: string }[] }).tables;
    const pages = await pagesOf('tabeller.xlsx');
    const sheets = bySheet(pages);
    // The output is made to be printed: the budget sheet it copies from the input prints one page wide too.
    expect([...sheets.keys()]).toEqual(['Budget 2026', ...tables.map((t) => t.sheet)]);
    expect(pages.length).toBe(6);
    expect(pages.every(isA4)).toBe(true);
    expectWholeHeaderOnEveryPage(sheets.get('Budget 2026')!, ['Intäkter', 'Prognos 2029']);
    expect(tables.length).toBe(5);
    for (const t of tables) {
      const printed = sheets.get(t.sheet)!;
      expect([t.sheet, printed.length, printed.every(isA4)]).toEqual([t.sheet, 1, true]);
      const [from, to] = t.range.split(':');
      expectWholeHeaderOnEveryPage(printed, await headerEnds('tabeller.xlsx', t.sheet, Number(from.slice(1)), to.replace(/\d+$/, '')));
    }
    const equity = sheets.get('Eget kapital')![0];
    expect(equity.width).toBeGreaterThan(equity.height);
  });
});
