/**
 * @jest-environment node
 *
 * The preview's file host, in node (exceljs's node build; the browser runs the same code on
 * its browser build, end to end in tests/e2e). It writes as the command line does, undoes
 * exactly, refuses what it cannot write, and names what is wrong with a file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { defaultConfig } from '../../src/domain/config';
import type { EditPlan } from '../../src/domain/edits';
import { forecast } from '../../src/domain/forecast/forecast';
import { NoBudgetTableError } from '../../src/domain/parse';
import { buildTables } from '../../src/domain/tables';
import { HostError } from '../../src/host/types';
import { FileHost } from '../../src/preview/file-host';
import { gridModelOf } from '../../src/preview/grid-model';
import { applyPlanToWorkbook } from '../../src/workbook/apply';
import { InputError } from '../../src/workbook/errors';
import { snapshotsOf } from '../../src/workbook/snapshot';

const SAMPLE = readFileSync(path.join(__dirname, '../../examples/budgetplan-2026.xlsx'));

async function bytesOf(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Everything the pane and the grid can see of a workbook: cells, formats, fills, tables. */
function state(wb: ExcelJS.Workbook) {
  return {
    snapshots: snapshotsOf(wb),
    grids: wb.worksheets.map(gridModelOf),
    tables: wb.worksheets.map((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name)),
  };
}

describe('FileHost', () => {
  it('reads the budget sheet of the sample', async () => {
    const host = await FileHost.open(SAMPLE, 'budgetplan-2026.xlsx');
    const read = await host.readBudget(defaultConfig);
    expect(read.snapshot.sheetName).toBe('Budget 2026');
    expect(read.sheetNames).toEqual(['Budget 2026']);
    expect(read.tableNames).toEqual([]);
    expect(read.protectedSheets).toEqual([]);
    expect(read.selection).toBeUndefined();
    await host.selectCell('Budget 2026', '$b$21');
    expect((await host.readBudget(defaultConfig)).selection).toEqual({ sheet: 'Budget 2026', cell: 'B21' });
  });

  it('writes a forecast exactly as the command line does, and undoes it exactly', async () => {
    const host = await FileHost.open(SAMPLE, 'budgetplan-2026.xlsx');
    const before = state(host.workbook);
    const read = await host.readBudget(defaultConfig);
    const { plan } = forecast(read.snapshot, defaultConfig, { horizon: 5, existingSheets: read.sheetNames });
    let changes = 0;
    host.subscribe(() => changes++);
    await host.apply(plan, 'Fyll prognoser');
    expect(changes).toBe(1);
    expect(host.undoLabel()).toBe('Fyll prognoser');

    const cli = new ExcelJS.Workbook();
    await cli.xlsx.load(SAMPLE as unknown as ArrayBuffer);
    applyPlanToWorkbook(cli, plan);
    expect(state(host.workbook)).toEqual(state(cli));
    expect(state(host.workbook)).not.toEqual(before);

    expect(await host.undo()).toEqual({ label: expect.any(String), kept: [] });
    expect(state(host.workbook)).toEqual(before);
    expect(host.canUndo()).toBe(false);
    expect(await host.undo()).toBeNull();
  });

  it('colours only the cells it fills, not every cell that shared their style', async () => {
    // The sample with its prognosis years blank: the cells keep the style they share with 2025-2026.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(SAMPLE as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    for (let r = 2; r <= ws.rowCount; r++) for (const col of ['D', 'E', 'F']) if (typeof ws.getCell(`${col}${r}`).value === 'number') ws.getCell(`${col}${r}`).value = null;
    const host = await FileHost.open(Buffer.from(await wb.xlsx.writeBuffer()), 'tomma.xlsx');
    const read = await host.readBudget(defaultConfig);
    await host.apply(forecast(read.snapshot, defaultConfig, { horizon: 5, existingSheets: read.sheetNames }).plan, 'Fyll prognoser');
    const grid = gridModelOf(host.workbook.getWorksheet('Budget 2026')!);
    const cell = (a: string) => grid.rows.flatMap((r) => r.cells).find((c) => c.address === a)!;
    expect(cell('D2').fill).toBe('#FFF4CE');
    expect(cell('B2').fill).toBeNull();
    expect(cell('C14').fill).toBeNull();
  });

  it('inserts a table on a new sheet; undo removes sheet and table', async () => {
    const host = await FileHost.open(SAMPLE, 'budgetplan-2026.xlsx');
    const read = await host.readBudget(defaultConfig);
    const { plan, tables } = buildTables(read.snapshot, defaultConfig, {
      only: ['equity'],
      placement: { mode: 'new-sheet' },
      workbook: { sheetNames: read.sheetNames, tableNames: read.tableNames, sheets: read.sheets },
    });
    await host.apply(plan, 'Infoga tabeller');
    const after = await host.readBudget(defaultConfig);
    expect(after.sheetNames).toEqual(['Budget 2026', tables[0].sheet]);
    expect(after.tableNames).toEqual([tables[0].name]);
    // As in Excel, the new sheet does not take over; the grid stays where it was.
    expect(host.activeSheet).toBe('Budget 2026');
    await host.undo();
    const undone = await host.readBudget(defaultConfig);
    expect(undone.sheetNames).toEqual(['Budget 2026']);
    expect(undone.tableNames).toEqual([]);
  });

  it('puts the workbook back when a write fails half-way', async () => {
    const host = await FileHost.open(SAMPLE, 'budgetplan-2026.xlsx');
    const before = state(host.workbook);
    const plan: EditPlan = [
      { sheet: 'Budget 2026', create: false, edits: [{ cell: 'H1', value: 'skrivet' }], tables: [{ name: 'Trasig', range: 'inte en adress', style: 'TableStyleMedium2' }], columnWidths: {} },
    ] as EditPlan;
    await expect(host.apply(plan, 'Trasig')).rejects.toMatchObject({ code: 'write-failed', message: /arbetsboken är som förut/ });
    expect(state(host.workbook)).toEqual(before);
    expect(host.canUndo()).toBe(false);
  });

  it('refuses to write on a protected sheet, and writes nothing', async () => {
    const bytes = await bytesOf(async (wb) => {
      const ws = wb.addWorksheet('Budget 2026');
      for (const [r, row] of (await FileHost.open(SAMPLE, 's.xlsx')).workbook.worksheets[0].getSheetValues().entries()) {
        if (Array.isArray(row)) ws.getRow(r).values = row as ExcelJS.CellValue[];
      }
      await ws.protect('', {});
    });
    const host = await FileHost.open(bytes, 'skyddad.xlsx');
    const read = await host.readBudget(defaultConfig);
    expect(read.protectedSheets).toEqual(['Budget 2026']);
    const before = state(host.workbook);
    const { plan } = forecast(read.snapshot, defaultConfig, { horizon: 5, existingSheets: read.sheetNames });
    const error = await host.apply(plan, 'Fyll prognoser').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'protected', message: /Bladet "Budget 2026" är skyddat.*Ta bort bladskyddet/ });
    expect(state(host.workbook)).toEqual(before);
  });

  it('says what a file is when it is not an .xlsx', async () => {
    const open = (bytes: Buffer, name: string) => FileHost.open(bytes, name).then(() => null, (e: unknown) => e);
    const csv = await open(Buffer.from('Intäkter;Budget 2026\nFörsäkringskassan;1 000\n'), 'export.xlsx');
    expect(csv).toBeInstanceOf(InputError);
    expect((csv as Error).message).toMatch(/^export\.xlsx: filen är en textfil \(CSV\) med fel filändelse/);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const officeCrypto = require('officecrypto-tool');
    const encrypted: Buffer = await officeCrypto.encrypt(SAMPLE, { password: 'x' });
    expect(((await open(encrypted, 'hemlig.xlsx')) as Error).message).toMatch(/^hemlig\.xlsx: arbetsboken är lösenordsskyddad \(krypterad\); spara en kopia utan lösenord/);
    expect(((await open(Buffer.alloc(0), 'tom.xlsx')) as Error).message).toBe('tom.xlsx: filen är tom');
  });

  it('opens a workbook without a budget table, and says so when the pane reads it', async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet('Mål').addRows([['Mål 3.1.1', 'Målvärde'], ['Andel deltagare i arbete', '40 %']]);
    });
    const host = await FileHost.open(bytes, 'mal.xlsx');
    await expect(host.readBudget(defaultConfig)).rejects.toBeInstanceOf(NoBudgetTableError);
    await expect(host.selectCell('Finns inte', 'A1')).rejects.toMatchObject({ code: 'sheet-missing' });
  });

  it('keeps the settings for the session', async () => {
    const host = await FileHost.open(SAMPLE, 'budgetplan-2026.xlsx');
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({ ...defaultConfig, equity: { ...defaultConfig.equity, floor: 700_000 } });
    expect(await host.loadSettings()).toMatchObject({ equity: { floor: 700_000 } });
  });
});

describe('FileHost reads what the command line reads', () => {
  it('takes its snapshots from the reader: text in a date-formatted cell is the text, and a change reads anew', async () => {
    const bytes = await bytesOf(async (wb) => {
      await wb.xlsx.load(SAMPLE as unknown as ArrayBuffer);
      const cell = wb.addWorksheet('Utskrift').getCell('A1');
      cell.value = { formula: '"Utskrivet "&TEXT(TODAY(),"ÅÅÅÅ-MM-DD")', result: 'Utskrivet 2026-11-30' } as ExcelJS.CellFormulaValue;
      cell.numFmt = 'yyyy-mm-dd';
    });
    const host = await FileHost.open(bytes, 'utskrift.xlsx');
    const read = await host.readBudget(defaultConfig);
    expect(read.snapshot.sheetName).toBe('Budget 2026');
    const printed = read.sheets.find((s) => s.sheetName === 'Utskrift')!;
    // exceljs makes an invalid date of it; Excel shows the text.
    expect(printed.values[0][0]).toBe('Utskrivet 2026-11-30');
    expect(printed.formulas[0][0]).toBe('="Utskrivet "&TEXT(TODAY(),"ÅÅÅÅ-MM-DD")');
    expect(await host.readBudget(defaultConfig)).toMatchObject({ sheets: read.sheets });

    const plan = buildTables(read.snapshot, defaultConfig, { only: ['equity'], workbook: { sheetNames: read.sheetNames, tableNames: read.tableNames, sheets: read.sheets } }).plan;
    await host.apply(plan, 'Infoga tabeller');
    const after = await host.readBudget(defaultConfig);
    expect(after.sheetNames.length).toBe(read.sheetNames.length + 1);
  });
});
