import { defaultConfig } from '../src/domain/config';
import type { EditPlan } from '../src/domain/edits';
import { forecast } from '../src/domain/forecast/forecast';
import { ExcelHost } from '../src/excel/excel-host';
import { HostError } from '../src/host/types';
import { FakeExcel, type FakeExcelOptions } from './helpers/fake-excel';
import { validBudgetRows } from './helpers/sheet';

/** Undo that never destroys the user's work, cell-edit mode and feature detection, on the fake. */
function setup(options: FakeExcelOptions = { apiSets: { ExcelApi: '1.12' } }) {
  const excel = new FakeExcel([{ name: 'Budget', rows: validBudgetRows() }], undefined, options);
  const host = new ExcelHost({ run: excel.run, displayLanguage: 'sv-SE', isSetSupported: excel.isSetSupported });
  return { excel, host };
}

async function fill(host: ExcelHost) {
  const read = await host.readBudget(defaultConfig);
  const result = forecast(read.snapshot, defaultConfig, { existingSheets: read.sheetNames });
  await host.apply(result.plan, 'Fyll prognoser');
  return result;
}

describe('undo keeps what the user changed since', () => {
  it('keeps a value the user typed over a filled cell, names it, and restores the rest', async () => {
    const { excel, host } = setup();
    const before = excel.state.sheet('Budget')!;
    const result = await fill(host);
    const target = result.filled[0].cell; // a cell the forecast filled
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(target)!;
    const r = Number(row) - 1;
    const c = col.charCodeAt(0) - 65;
    Object.assign(before.cell(r, c), { value: 123456, formula: null });
    const other = result.filled[1].cell;
    const outcome = await host.undo();
    expect(outcome!.kept).toEqual([`${target} har ändrats efter Fyll prognoser och lämnades som den är.`]);
    expect(before.peek(r, c)?.value).toBe(123456);
    // Other filled cells are back to blank.
    const o = /^([A-Z]+)(\d+)$/.exec(other)!;
    const cell = before.peek(Number(o[2]) - 1, o[1].charCodeAt(0) - 65);
    expect(cell?.value ?? null).toBeNull();
    expect(cell?.formula ?? null).toBeNull();
  });

  it('keeps a sheet the action added once the user has written into it; deletes it otherwise', async () => {
    const { excel, host } = setup();
    await fill(host);
    const added = excel.state.sheet('Antaganden')!;
    added.cell(30, 0).value = 'Mina egna anteckningar';
    const outcome = await host.undo();
    expect(excel.state.sheet('Antaganden')).toBeDefined();
    expect(outcome!.kept).toContain('Bladet "Antaganden" har ändrats efter Fyll prognoser och lämnades kvar; ta bort det själv om det inte behövs.');

    const again = setup();
    await fill(again.host);
    expect((await again.host.undo())!.kept).toEqual([]);
    expect(again.excel.state.sheet('Antaganden')).toBeUndefined();
  });

  it('puts a white fill back as white, not as no fill (getCellProperties reads the pattern)', async () => {
    const { excel, host } = setup();
    const sheet = excel.state.sheet('Budget')!;
    sheet.cell(1, 1).fill = '#FFFFFF';
    await host.readBudget(defaultConfig);
    const plan: EditPlan = [{ sheet: 'Budget', create: false, tables: [], columnWidths: {}, edits: [
      { cell: 'B2', fill: '#FFF4CE', reason: 't' },
      { cell: 'B3', fill: '#FFF4CE', reason: 't' },
    ] }];
    await host.apply(plan, 'Test');
    expect(sheet.peek(1, 1)?.fill).toBe('#FFF4CE');
    await host.undo();
    expect(sheet.peek(1, 1)?.fill).toBe('#FFFFFF');
    expect(sheet.peek(2, 1)?.fill).toBeNull();
  });
});

describe('cell-edit mode', () => {
  it('waits for the user to leave the cell where ExcelApi 1.11 is there (delayForCellEdit)', async () => {
    const { excel, host } = setup({ apiSets: { ExcelApi: '1.11' } });
    excel.cellEditMode = true;
    await fill(host);
    expect(excel.runs.every((r) => r.delayForCellEdit)).toBe(true);
    expect(excel.state.sheet('Antaganden')).toBeDefined();
  });

  it('says in Swedish to press Enter where it is not, and writes nothing', async () => {
    const { excel, host } = setup({ apiSets: { ExcelApi: '1.10' } });
    const read = await host.readBudget(defaultConfig);
    const plan = forecast(read.snapshot, defaultConfig, { existingSheets: read.sheetNames }).plan;
    const before = excel.state.dump();
    excel.cellEditMode = true;
    const error = await host.apply(plan, 'Fyll prognoser').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe('Avsluta redigeringen av cellen (Enter) och försök igen.');
    expect(excel.runs.some((r) => r.delayForCellEdit)).toBe(false);
    expect(excel.state.dump()).toEqual(before);
    expect(host.canUndo()).toBe(false);
  });
});

describe('feature detection', () => {
  it('adds notes only where the Notes API object exists, whatever the requirement set says', async () => {
    const claims = setup({ apiSets: { ExcelApi: '1.18' }, notes: false });
    await fill(claims.host);
    expect(claims.excel.state.sheet('Budget')!.notes.size).toBe(0);
    const has = setup({ apiSets: { ExcelApi: '1.18' }, notes: true });
    await fill(has.host);
    expect(has.excel.state.sheet('Budget')!.notes.size).toBeGreaterThan(0);
    await has.host.undo();
    expect(has.excel.state.sheet('Budget')!.notes.size).toBe(0);
  });

  it('the fake answers isSetSupported from its requirement sets, not always yes', () => {
    const { excel } = setup({ apiSets: { ExcelApi: '1.9' } });
    expect(excel.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(excel.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(excel.isSetSupported('ExcelApi', '1.11')).toBe(false);
    expect(excel.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  it('groups an action for Excel’s own undo where ExcelApi 1.20 is there, and writes ungrouped when Excel says UndoNotSupported', async () => {
    const { excel, host } = setup({ apiSets: { ExcelApi: '1.20' } });
    const read = await host.readBudget(defaultConfig);
    const plan = forecast(read.snapshot, defaultConfig, { existingSheets: read.sheetNames }).plan;
    const before = excel.state.dump();
    excel.runs = [];
    excel.failSync(2, 2, 'UndoNotSupported');
    await host.apply(plan, 'Fyll prognoser');
    expect(excel.runs.map((r) => !!r.mergeUndoGroup)).toEqual([true, false, false]); // grouped try, rollback, ungrouped write
    expect(excel.state.sheet('Antaganden')).toBeDefined();
    await host.undo();
    expect(excel.state.dump()).toEqual(before);
  });

  it('says which actions Excel’s own Ctrl+Z can undo on this host', () => {
    expect(setup({ apiSets: { ExcelApi: '1.20' } }).host.nativeUndoNote).toMatch(/ångrar också Ctrl\+Z/);
    expect(setup({ apiSets: { ExcelApi: '1.12' } }).host.nativeUndoNote).toMatch(/når Ctrl\+Z inte/);
  });
});

describe('request size on the fake', () => {
  it('a write over the size cap fails in the fake as in Excel on the web; the host keeps under it', async () => {
    const { excel, host } = setup();
    excel.maxBytesWrittenPerSync = 2_000;
    const read = await host.readBudget(defaultConfig);
    const plan = forecast(read.snapshot, defaultConfig, { existingSheets: read.sheetNames }).plan;
    const big = new ExcelHost({ run: excel.run, displayLanguage: 'sv-SE', isSetSupported: excel.isSetSupported, maxRequestBytes: 100_000 });
    // Excel on the web refuses the whole request: nothing lands (and the rollback has nothing to undo).
    const before = excel.state.dump();
    await expect(big.apply(plan, 'Fyll prognoser')).rejects.toBeInstanceOf(HostError);
    expect(excel.state.dump()).toEqual(before);
    const small = new ExcelHost({ run: excel.run, displayLanguage: 'sv-SE', isSetSupported: excel.isSetSupported, maxRequestBytes: 1_500 });
    excel.bytesWritten = [];
    await small.apply(plan, 'Fyll prognoser');
    expect(excel.bytesWritten.length).toBeGreaterThan(3);
    expect(excel.bytesWritten.every((n) => n <= 2_000)).toBe(true);
    expect(excel.state.sheet('Antaganden')).toBeDefined();
  });
});

describe('reading', () => {
  it("reads text typed as '=x as text, not as a formula (Excel drops the apostrophe in formulas)", async () => {
    const { excel, host } = setup();
    Object.assign(excel.state.sheet('Budget')!.cell(30, 0), { value: '=Se not 3', formula: null });
    const read = await host.readBudget(defaultConfig);
    expect(read.snapshot.values[30][0]).toBe('=Se not 3');
    expect(read.snapshot.formulas[30][0]).toBeNull();
  });
});

describe('tables Excel refuses', () => {
  const tablePlan = (range: string, name = 'EgetKapital'): EditPlan => [{ sheet: 'Budget', create: false, columnWidths: {}, tables: [{ name, range, style: 'TableStyleMedium2' }],
    edits: [{ cell: range.split(':')[0], value: 'År', reason: 't' }] }];

  it('over merged cells: refused before anything is written (ExcelApi 1.13), naming the cells', async () => {
    const { excel, host } = setup({ apiSets: { ExcelApi: '1.13' } });
    excel.state.sheet('Budget')!.merged.push({ top: 40, left: 0, bottom: 40, right: 2 });
    const before = excel.state.dump();
    const syncs = excel.syncs;
    const error = (await host.apply(tablePlan('A40:B42'), 'Infoga tabeller').catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('table-blocked');
    expect(error.message).toMatch(/sammanfogade celler \(A41:C41\)/);
    expect(excel.syncs - syncs).toBe(1);
    expect(excel.state.dump()).toEqual(before);
  });

  it('over merged cells without ExcelApi 1.13: the write fails, is rolled back, and the message says why', async () => {
    const { excel, host } = setup({ apiSets: { ExcelApi: '1.12' } });
    excel.state.sheet('Budget')!.merged.push({ top: 40, left: 0, bottom: 40, right: 2 });
    const before = excel.state.dump();
    const error = (await host.apply(tablePlan('A40:B42'), 'Infoga tabeller').catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('write-failed');
    expect(error.message).toMatch(/Tabellen "EgetKapital" kunde inte skapas/);
    expect(excel.state.dump()).toEqual(before);
  });

  it('a name a defined name already has: refused before anything is written', async () => {
    const { excel, host } = setup();
    excel.state.names.add('Mal');
    const before = excel.state.dump();
    const error = (await host.apply(tablePlan('H2:H3', 'Mal'), 'Infoga tabeller').catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('table-blocked');
    expect(error.message).toMatch(/Namnet "Mal" används redan/);
    expect(excel.state.dump()).toEqual(before);
  });
});
