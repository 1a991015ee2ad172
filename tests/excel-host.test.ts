import { OfficeMockObject } from 'office-addin-mock';
import { defaultConfig } from '../src/domain/config';
import type { EditPlan } from '../src/domain/edits';
import { fixFor } from '../src/domain/fixes';
import { forecast } from '../src/domain/forecast/forecast';
import { validate } from '../src/domain/validate';
import { ExcelHost, SETTINGS_KEY } from '../src/excel/excel-host';
import { HostError } from '../src/host/types';
import { FakeExcel, type FakeExcelOptions } from './helpers/fake-excel';
import { sheetOf, validBudgetRows, type TestCell } from './helpers/sheet';

// office-addin-mock needs only OfficeApp from office-addin-manifest, whose dependencies are ES
// modules jest (CommonJS here) cannot load; the enum is all it uses.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

/** A budget sheet whose 2026 administration total is typed, and a cost stored as text. */
function budgetRows(): TestCell[][] {
  const rows = validBudgetRows();
  rows[10] = ['Lön', '1 000 kr', 1000];
  rows[12] = ['Summa administration', 1100, { f: '=SUM(C11:C12)', v: 1100 }];
  return rows;
}

function setup(
  sheets: { name: string; rows?: TestCell[][]; protected?: boolean }[] = [{ name: 'Budget', rows: budgetRows() }],
  options: { active?: string; maxCells?: number } & FakeExcelOptions = { notes: true, apiSets: { ExcelApi: '1.18' } },
) {
  const excel = new FakeExcel(sheets, options.active, options);
  const host = new ExcelHost({ run: excel.run, maxCellsPerRequest: options.maxCells, displayLanguage: 'sv-SE', isSetSupported: excel.isSetSupported });
  return { excel, host };
}

/** Syncs an action costs: the count before and after. */
async function counted<T>(excel: FakeExcel, action: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = excel.syncs;
  const result = await action();
  return { result, syncs: excel.syncs - before };
}

describe('reading the budget', () => {
  it('reads values, formulas and formats of the active budget sheet in one sync', async () => {
    const { excel, host } = setup();
    excel.state.sheets[0].cell(1, 1).numberFormat = '#,##0 "kr"';
    const { result, syncs } = await counted(excel, () => host.readBudget(defaultConfig));
    expect(syncs).toBe(1);
    const expected = sheetOf(budgetRows());
    expect(result.snapshot.sheetName).toBe('Budget');
    expect(result.snapshot.topLeft).toBe('A1');
    expect(result.snapshot.formulas).toEqual(expected.formulas);
    expect(result.snapshot.values[10][1]).toBe('1 000 kr');
    expect(result.snapshot.numberFormats[1][1]).toBe('#,##0 "kr"');
    expect(result.sheetNames).toEqual(['Budget']);
    expect(result.selection).toEqual({ sheet: 'Budget', cell: 'A1' });
    // The engine finds what the sheet holds: validate is one read, no write.
    const findings = validate(result.snapshot, defaultConfig).findings.map((f) => f.rule);
    expect(findings).toEqual(expect.arrayContaining(['text-number', 'hardcoded-total']));
  });

  it('falls back to the first sheet that parses when the active one holds no budget (two syncs)', async () => {
    const { excel, host } = setup([{ name: 'Försättsblad', rows: [['Verksamhetsplan 2026']] }, { name: 'Budget', rows: budgetRows() }]);
    const { result, syncs } = await counted(excel, () => host.readBudget(defaultConfig));
    expect(result.snapshot.sheetName).toBe('Budget');
    expect(syncs).toBe(2);
    expect(result.sheets.map((s) => s.sheetName)).toEqual(['Budget', 'Försättsblad']);
  });

  it('reads a 5 000-row sheet in row blocks, one sync per block, each under the request cap', async () => {
    const rows = budgetRows();
    while (rows.length < 5000) rows.push([`Underlag ${rows.length}`, rows.length, rows.length * 2]);
    const { excel, host } = setup([{ name: 'Budget', rows }], { maxCells: 5000, notes: true, apiSets: { ExcelApi: '1.18' } });
    excel.maxCellsPerSync = 5000;
    const { result, syncs } = await counted(excel, () => host.readBudget(defaultConfig));
    const windowRows = Math.floor(5000 / 52);
    const bands = Math.ceil((5000 - windowRows) / Math.floor(5000 / 3));
    expect(syncs).toBe(1 + bands);
    expect(excel.cellsRead.every((n) => n <= 5000)).toBe(true);
    expect(result.snapshot.values).toHaveLength(5000);
    expect(result.snapshot.values[4999]).toEqual(['Underlag 4999', 4999, 9998]);
    expect(result.snapshot.formulas).toEqual(sheetOf(rows).formulas);
    // Forecast on the big sheet: still two syncs to write.
    const plan = forecast(result.snapshot, defaultConfig, { existingSheets: result.sheetNames }).plan;
    const applied = await counted(excel, () => host.apply(plan, 'Fyll prognoser'));
    expect(applied.syncs).toBe(2);
  });

  it('still reads when a shape is selected (no active cell), with one more sync', async () => {
    const { excel, host } = setup();
    excel.state.activeCell = '';
    const { result, syncs } = await counted(excel, () => host.readBudget(defaultConfig));
    expect(syncs).toBe(2);
    expect(result.selection).toBeUndefined();
    expect(result.snapshot.sheetName).toBe('Budget');
  });

  it('reads an empty workbook as an error naming the problem', async () => {
    const { host } = setup([{ name: 'Blad1' }]);
    await expect(host.readBudget(defaultConfig)).rejects.toThrow(/tom/);
  });
});

describe('applying and undoing', () => {
  it('fills the forecast in two syncs with calculation suspended, and undo restores exactly', async () => {
    const { excel, host } = setup();
    const before = excel.state.dump();
    const read = await host.readBudget(defaultConfig);
    const result = forecast(read.snapshot, defaultConfig, { existingSheets: read.sheetNames });
    expect(result.filled.length).toBeGreaterThan(0);
    const { syncs } = await counted(excel, () => host.apply(result.plan, 'Fyll prognoser'));
    expect(syncs).toBe(2);
    expect(excel.suspendCalls).toBe(1);
    const budget = excel.state.sheet('Budget')!;
    const notes = [...budget.notes.keys()];
    expect(notes).toEqual(expect.arrayContaining(result.filled.map((f) => f.cell)));
    expect(budget.peek(0, 3)?.value).toBe('Prognos 2028');
    expect(budget.peek(1, 3)?.fill).toBe('#FFF4CE');
    expect(budget.notes.size).toBeGreaterThan(0);
    expect(excel.state.sheet('Antaganden')).toBeDefined();
    expect(host.undoLabel()).toBe('Fyll prognoser');

    const undo = await counted(excel, () => host.undo());
    expect(undo.result).toEqual({ label: 'Fyll prognoser', kept: [] });
    expect(undo.syncs).toBe(3);
    expect(excel.state.dump()).toEqual(before);
    expect(host.canUndo()).toBe(false);
  });

  it('restores overwritten values, formulas, number formats, fills and text exactly', async () => {
    const { excel, host } = setup();
    const sheet = excel.state.sheets[0];
    Object.assign(sheet.cell(1, 1), { numberFormat: '0.00', fill: '#00FF00', bold: true });
    Object.assign(sheet.cell(2, 1), { value: '0012', formula: null }); // text that Excel would read as a number
    const before = excel.state.dump();
    const read = await host.readBudget(defaultConfig);
    const plan: EditPlan = [{
      sheet: 'Budget', create: false, tables: [], columnWidths: { B: 14 },
      edits: [
        { cell: 'B2', value: 5, numberFormat: '#,##0 "kr"', fill: '#FFF4CE', bold: false, reason: 't' },
        { cell: 'B3', value: 7, reason: 't' },
        { cell: 'B4', formula: '=B2+B3', value: 12, reason: 't' },
        { cell: 'C7', value: null, reason: 't' },
      ],
    }];
    await host.apply(plan, 'Test');
    expect(sheet.peek(3, 1)?.formula).toBe('=B2+B3');
    expect(sheet.peek(6, 2)?.value).toBeNull();
    await host.undo();
    expect(excel.state.dump()).toEqual(before);
    expect(read.snapshot.values[2][1]).toBe('0012');
    expect(sheet.peek(2, 1)?.value).toBe('0012');
  });

  it('applies a safe fix and undoes it back to the text it was', async () => {
    const { excel, host } = setup();
    const before = excel.state.dump();
    const read = await host.readBudget(defaultConfig);
    const finding = validate(read.snapshot, defaultConfig).findings.find((f) => f.rule === 'text-number')!;
    const edit = fixFor(finding, read.snapshot, defaultConfig)!.edit;
    const { syncs } = await counted(excel, () => host.apply([{ sheet: 'Budget', create: false, edits: [edit], tables: [], columnWidths: {} }], 'Åtgärda'));
    expect(syncs).toBe(2);
    expect(excel.state.sheets[0].peek(10, 1)?.value).toBe(1000);
    await host.undo();
    expect(excel.state.sheets[0].peek(10, 1)?.value).toBe('1 000 kr');
    expect(excel.state.dump()).toEqual(before);
  });

  it('inserts tables on a new sheet and at a cell in two syncs; undo removes sheet and table', async () => {
    const { excel, host } = setup();
    const before = excel.state.dump();
    const plan: EditPlan = [
      { sheet: 'Eget kapital', create: true, columnWidths: { A: 10 }, tables: [{ name: 'EgetKapital', range: 'A2:B3', style: 'TableStyleMedium2' }],
        edits: [{ cell: 'A1', value: 'Eget kapital', bold: true, reason: 't' }, { cell: 'A2', value: 'År', reason: 't' }, { cell: 'B2', value: 'Belopp', reason: 't' }, { cell: 'A3', value: 2026, reason: 't' }, { cell: 'B3', formula: '=Budget!B7', value: 2510, reason: 't' }] },
      { sheet: 'Budget', create: false, columnWidths: {}, tables: [{ name: 'Mal', range: 'H2:H3', style: 'TableStyleLight9' }],
        edits: [{ cell: 'H2', value: 'Mål', reason: 't' }, { cell: 'H3', value: 'Ett', reason: 't' }] },
    ];
    const { syncs } = await counted(excel, () => host.apply(plan, 'Infoga tabeller'));
    expect(syncs).toBe(2);
    expect(excel.state.tables.map((t) => [t.name, t.sheet, t.address, t.style])).toEqual([
      ['EgetKapital', 'Eget kapital', 'A2:B3', 'TableStyleMedium2'],
      ['Mal', 'Budget', 'H2:H3', 'TableStyleLight9'],
    ]);
    await host.undo();
    expect(excel.state.dump()).toEqual(before);
  });

  it('a sync that fails mid-write leaves the workbook as it was and keeps no undo record', async () => {
    const { excel, host } = setup();
    const read = await host.readBudget(defaultConfig);
    const before = excel.state.dump();
    const plan = forecast(read.snapshot, defaultConfig, { existingSheets: read.sheetNames }).plan;
    // How many commands the write request holds, so failures can land early, midway and late
    // (after the assumptions sheet is added and its table made).
    const probe = setup();
    const probeRead = await probe.host.readBudget(defaultConfig);
    const probePlan = forecast(probeRead.snapshot, defaultConfig, { existingSheets: probeRead.sheetNames }).plan;
    const ops: number[] = [];
    probe.excel.onSync = (n) => ops.push(n);
    await probe.host.apply(probePlan, 'x');
    const total = ops[1];
    expect(total).toBeGreaterThan(10);
    for (const afterOps of [1, 3, Math.floor(total / 2), total - 1]) {
      excel.failSync(2, afterOps); // the write request, after some of its commands landed
      const { result: error, syncs } = await counted(excel, () => host.apply(plan, 'Fyll prognoser').catch((e: unknown) => e));
      expect(syncs).toBe(4); // capture, the failed write, then the rollback's probe and restore (no check: nobody edited)
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe('write-failed');
      expect(excel.state.dump()).toEqual(before);
      expect(host.canUndo()).toBe(false);
    }
  });

  it('refuses a protected sheet in Swedish, after one sync, writing nothing', async () => {
    const { excel, host } = setup([{ name: 'Budget', rows: budgetRows(), protected: true }]);
    const read = await host.readBudget(defaultConfig);
    expect(read.protectedSheets).toEqual(['Budget']);
    const before = excel.state.dump();
    const plan = forecast(read.snapshot, defaultConfig, { existingSheets: read.sheetNames }).plan;
    const { syncs } = await counted(excel, () => host.apply(plan, 'Fyll prognoser').catch((e: unknown) => e));
    expect(syncs).toBe(1);
    await expect(host.apply(plan, 'Fyll prognoser')).rejects.toThrow(/Bladet "Budget" är skyddat/);
    expect(excel.state.dump()).toEqual(before);
    expect(excel.state.sheet('Antaganden')).toBeUndefined();
  });

  it('refuses a table name that is taken and a sheet that exists', async () => {
    const { excel, host } = setup();
    excel.state.tables.push({ name: 'EgetKapital', style: 'x', sheet: 'Budget', address: 'Z1:Z2' });
    const plan: EditPlan = [{ sheet: 'Budget', create: true, edits: [], tables: [], columnWidths: {} }];
    await expect(host.apply(plan, 'x')).rejects.toMatchObject({ code: 'sheet-exists' });
    const tables: EditPlan = [{ sheet: 'Ny', create: true, edits: [{ cell: 'A1', value: 'a', reason: 't' }], tables: [{ name: 'EgetKapital', range: 'A1:A2', style: 's' }], columnWidths: {} }];
    await expect(host.apply(tables, 'x')).rejects.toMatchObject({ code: 'table-exists' });
  });
});

describe('selection and settings', () => {
  it('selects a cell in one sync (office-addin-mock)', async () => {
    let syncs = 0;
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: { activated: false, range: { address: '', selected: false, select() { this.selected = true; } }, activate() { this.activated = true; }, getRange(address: string) { this.range.address = address; return this.range; } },
            getItem(_name: string) { return this.sheet; },
          },
        },
        sync: async () => { syncs++; },
      },
      run: async function (callback: (ctx: unknown) => Promise<unknown>) { return callback(this.context); },
    }) as unknown as { run: (cb: (ctx: unknown) => Promise<unknown>) => Promise<unknown>; context: { workbook: { worksheets: { sheet: { activated: boolean; range: { address: string; selected: boolean } } } } } };
    const host = new ExcelHost({ run: ((_options: unknown, cb: (ctx: Excel.RequestContext) => Promise<unknown>) => mock.run(cb as (ctx: unknown) => Promise<unknown>)) as never, displayLanguage: 'sv-SE', isSetSupported: () => false });
    await host.selectCell('Budget', 'B13');
    expect(syncs).toBe(1);
    const sheet = mock.context.workbook.worksheets.sheet;
    expect(sheet.activated).toBe(true);
    expect(sheet.range.address).toBe('B13');
    expect(sheet.range.selected).toBe(true);
  });

  it('selects through the fake too, and keeps settings with the workbook', async () => {
    const { excel, host } = setup();
    await host.selectCell('Budget', 'B13');
    expect(excel.state.selected).toEqual({ sheet: 'Budget', address: 'Budget!$B$13' });
    expect(await host.loadSettings()).toBeNull();
    const config = { ...defaultConfig, tolerance: 5 };
    const { syncs } = await counted(excel, () => host.saveSettings(config));
    expect(syncs).toBe(1);
    expect(typeof excel.state.settings.get(SETTINGS_KEY)).toBe('string');
    expect(await host.loadSettings()).toEqual(JSON.parse(JSON.stringify(config)));
  });
});
