/**
 * @jest-environment node
 *
 * The page setup the engine asks for, and how the hosts apply it: the file host (command line
 * and the preview's download) in exceljs's pageSetup and footer, the Office.js host in
 * worksheet.pageLayout on the sheets an action adds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { defaultConfig } from '../../src/domain/config';
import { forecast } from '../../src/domain/forecast/forecast';
import { pageSetupFor, PORTRAIT_CHARS, type PageSetup } from '../../src/domain/print';
import { buildTables } from '../../src/domain/tables';
import { queuePageLayout } from '../../src/excel/page-layout';
import { FileHost } from '../../src/preview/file-host';
import { applyPlanToWorkbook } from '../../src/workbook/apply';
import { snapshotOf } from '../../src/workbook/snapshot';
import { writeSample } from '../forecast/helpers';

const SAMPLE = readFileSync(path.join(__dirname, '../../examples/budgetplan-2026.xlsx'));
const FOOTER = '&L&A&RSida &P av &N';

async function sample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(SAMPLE as unknown as ArrayBuffer);
  return wb;
}

describe('the page setup the engine asks for', () => {
  it('A4, one page wide, landscape only when the columns are wider than a portrait page', () => {
    expect(pageSetupFor([40, 20, 20], 1)).toEqual({
      paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, titleRows: { first: 1, last: 1 }, footer: { left: '&A', right: 'Sida &P av &N' },
    });
    expect(pageSetupFor([PORTRAIT_CHARS]).orientation).toBe('portrait');
    expect(pageSetupFor([PORTRAIT_CHARS, 1]).orientation).toBe('landscape');
    expect(pageSetupFor([10]).titleRows).toBeUndefined();
  });

  it('forecast: the budget sheet landscape with its header row (1) on every page; Antaganden with its row 5', async () => {
    const wb = await sample();
    const { plan } = forecast(snapshotOf(wb.worksheets[0]), defaultConfig, { horizon: 5 });
    expect(plan[0].pageSetup).toMatchObject({ orientation: 'landscape', titleRows: { first: 1, last: 1 } });
    expect(plan[1]).toMatchObject({ sheet: 'Antaganden', pageSetup: { titleRows: { first: 5, last: 5 } } });
  });

  it('tables: every sheet gets one; the narrow goals table too, landscape or not by its width', async () => {
    const wb = await sample();
    const snapshot = snapshotOf(wb.worksheets[0]);
    const { plan } = buildTables(snapshot, defaultConfig, { workbook: { sheetNames: ['Budget 2026'], tableNames: [], sheets: [snapshot] } });
    expect(plan.length).toBe(5);
    for (const p of plan) expect(p.pageSetup).toMatchObject({ paperSize: 'A4', fitToWidth: 1, titleRows: { first: 3, last: 3 } });
    const below = buildTables(snapshot, defaultConfig, { only: ['equity'], placement: { mode: 'below' }, workbook: { sheetNames: ['Budget 2026'], tableNames: [], sheets: [snapshot] } });
    // Below the budget table: the budget table's header row repeats, and the wider of the two decides.
    expect(below.plan[0].pageSetup).toMatchObject({ orientation: 'landscape', titleRows: { first: 1, last: 1 } });
  });
});

describe('the file host', () => {
  it("the preview's download carries the page setup of every sheet the action wrote", async () => {
    // The sample with its prognosis years blank: the forecast fills them (on the sample as it is,
    // it leaves F18, whose typed total adds up without it, and writes nothing).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finsam-page-'));
    writeSample(path.join(dir, 'tom.xlsx'), [2027, 2028, 2029]);
    const host = await FileHost.open(readFileSync(path.join(dir, 'tom.xlsx')), 'tom.xlsx');
    rmSync(dir, { recursive: true, force: true });
    const read = await host.readBudget(defaultConfig);
    await host.apply(forecast(read.snapshot, defaultConfig, { horizon: 3, existingSheets: read.sheetNames }).plan, 'Fyll prognoser');
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(Buffer.from(await host.save()) as unknown as ArrayBuffer);
    const budget = saved.getWorksheet('Budget 2026')!;
    expect(budget.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(budget.headerFooter.oddFooter).toBe(FOOTER);
    expect(saved.getWorksheet('Antaganden')!.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '5:5' });
  });

  it("keeps a footer and print titles the person set up; names with an apostrophe get no print titles", async () => {
    const wb = await sample();
    const ws = wb.worksheets[0];
    ws.headerFooter = { oddFooter: '&CFörbundets budget' };
    ws.pageSetup.printTitlesRow = '1:2';
    const setup = pageSetupFor([100], 1);
    applyPlanToWorkbook(wb, [{ sheet: ws.name, create: false, edits: [], tables: [], columnWidths: {}, pageSetup: setup }]);
    expect(ws.headerFooter.oddFooter).toBe('&CFörbundets budget');
    expect(ws.pageSetup).toMatchObject({ printTitlesRow: '1:2', paperSize: 9, orientation: 'landscape' });
    applyPlanToWorkbook(wb, [{ sheet: "Förbund's plan", create: true, edits: [], tables: [], columnWidths: {}, pageSetup: setup }]);
    const odd = wb.getWorksheet("Förbund's plan")!;
    expect(odd.pageSetup.printTitlesRow).toBeUndefined();
    expect(odd.headerFooter.oddFooter).toBe(FOOTER);
  });
});

describe('the Office.js host', () => {
  function fakeSheet() {
    const calls: string[] = [];
    const footer = { leftFooter: '', rightFooter: '' };
    const layout = {
      paperSize: 'Letter', orientation: 'Portrait', zoom: {} as object,
      headersFooters: { defaultForAllPages: footer },
      setPrintTitleRows: (rows: string) => calls.push(rows),
    };
    return { ws: { pageLayout: layout } as unknown as Excel.Worksheet, layout, footer, calls };
  }
  const setup: PageSetup = pageSetupFor([120], 3);

  it('sets A4, the orientation, one page wide, the print titles and the footer (ExcelApi 1.9)', () => {
    const { ws, layout, footer, calls } = fakeSheet();
    queuePageLayout(ws, setup, () => true);
    expect(layout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0, scale: null } });
    expect(calls).toEqual(['$3:$3']);
    expect(footer).toEqual({ leftFooter: '&A', rightFooter: 'Sida &P av &N' });
  });

  it('does nothing where ExcelApi 1.9 or pageLayout is missing', () => {
    const { ws, layout, calls } = fakeSheet();
    queuePageLayout(ws, setup, () => false);
    expect([layout.paperSize, calls]).toEqual(['Letter', []]);
    expect(() => queuePageLayout({} as Excel.Worksheet, setup, () => true)).not.toThrow();
    queuePageLayout(ws, undefined, () => true);
    expect(layout.paperSize).toBe('Letter');
  });
});
