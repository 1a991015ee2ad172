import type { CellValue } from '../../src/domain/snapshot';
import { sheetOf, type TestCell } from './sheet';
import { FakeSheet, FakeWorkbookState, intersect, rectOf, type FakeTable } from './fake-excel-state';
import { FakeRange, notFound, Proxy } from './fake-excel-range';
import { FakeNames, FakeNotes, FakeSettings, FakeTableProxy, FakeTables } from './fake-excel-misc';
import { recalculate } from './fake-excel-calc';

/**
 * A small typed fake of the Excel object model, with Office.js's batch semantics: calls queue
 * commands, context.sync() runs them in order and counts itself, a property read before its
 * load has been synced throws, and a failure can be injected after the n-th command of a sync
 * (Excel stops at the failing command; the ones before it have landed). office-addin-mock cannot
 * model this (its writes land at once and it has no used ranges or collections), hence this.
 */
type Op = () => void;

export interface FakeExcelOptions {
  /** Requirement sets the host reports, as Office.context.requirements would ("ExcelApi": "1.12"). */
  apiSets?: Record<string, string>;
  /** The Notes API object exists (Excel with ExcelApi 1.18 and a library that has it). Absent unless asked for. */
  notes?: boolean;
}

/** Options of Excel.run the host may pass. */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/** "1.9" < "1.12": requirement set versions compare by number, part by part. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export class FakeExcel {
  state = new FakeWorkbookState();
  syncs = 0;
  apiSets: Record<string, string>;
  readonly hasNotes: boolean;
  /** The user is typing in a cell: a batch without delayForCellEdit fails, as in Excel. */
  cellEditMode = false;
  /** Options of every Excel.run, in order. */
  runs: FakeRunOptions[] = [];
  /** Bytes of the arrays and values written per sync (the part of a request that grows with cells). */
  bytesWritten: number[] = [];
  /** Cells read per sync, to check the 5 MB guard. */
  cellsRead: number[] = [];
  suspendCalls = 0;
  failure: { sync: number; afterOps: number; code: string } | null = null;
  /** Called with the number of commands of each sync. */
  onSync: ((commands: number) => void) | null = null;
  /** A request reading more cells than this fails, as Excel on the web fails over 5 MB. */
  maxCellsPerSync = Infinity;
  /** When true, formulas are worked out after every sync (tests/helpers/fake-excel-calc.ts), as Excel does. */
  calculates = false;
  /** A request writing more bytes of arrays than this fails, as Excel on the web fails over 5 MB. */
  maxBytesWrittenPerSync = Infinity;

  constructor(sheets: { name: string; rows?: TestCell[][]; protected?: boolean }[], active?: string, options: FakeExcelOptions = {}) {
    this.apiSets = options.apiSets ?? { ExcelApi: '1.12' };
    this.hasNotes = options.notes ?? false;
    for (const s of sheets) {
      const sheet = new FakeSheet(s.name, s.protected ?? false);
      const snap = sheetOf(s.rows ?? []);
      snap.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const f = snap.formulas[r][c];
          if (v === null && f === null) return;
          Object.assign(sheet.cell(r, c), { value: v, formula: f });
        }),
      );
      this.state.sheets.push(sheet);
    }
    this.state.active = active ?? sheets[0]?.name ?? '';
  }

  /** Fails the n-th sync from now, after `afterOps` of its commands have run. */
  failSync(n: number, afterOps: number, code = 'GeneralException'): void {
    this.failure = { sync: this.syncs + n, afterOps, code };
  }

  /** The user types into a cell: Excel changes it, calculates, and tells the onChanged handlers. */
  userEdit(sheet: string, address: string, value: CellValue): void {
    const target = this.state.sheet(sheet)!;
    const { top, left } = rectOf(address);
    Object.assign(target.cell(top, left), { value, formula: null });
    if (this.calculates) recalculate(this.state);
    for (const handler of this.state.changeHandlers.get(target.name) ?? []) void handler({ triggerSource: 'Unknown', address });
  }

  /** Office.context.requirements.isSetSupported, answering from apiSets only. */
  isSetSupported = (name: string, version: string): boolean => {
    const have = this.apiSets[name];
    return have !== undefined && versionAtLeast(have, version);
  };

  run = async <T>(options: FakeRunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs.push(options);
    // Excel honours delayForCellEdit from ExcelApi 1.11 on; before that the option is ignored.
    const ctx = new FakeContext(this, !!options.delayForCellEdit && this.isSetSupported('ExcelApi', '1.11'));
    return batch(ctx as unknown as Excel.RequestContext);
  };
}

export class FakeContext {
  ops: Op[] = [];
  workbook: FakeWorkbook;
  application = { suspendApiCalculationUntilNextSync: () => this.queue(() => this.excel.suspendCalls++) };
  readCells = 0;
  written = 0;
  constructor(
    readonly excel: FakeExcel,
    readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbook(this);
  }
  queue(op: Op): void {
    this.ops.push(op);
  }
  async sync(): Promise<void> {
    const n = ++this.excel.syncs;
    const ops = this.ops;
    this.ops = [];
    this.excel.onSync?.(ops.length);
    this.excel.bytesWritten.push(this.written);
    const written = this.written;
    this.written = 0;
    if (written > this.excel.maxBytesWrittenPerSync) throw Object.assign(new Error('RequestPayloadSizeLimitExceeded'), { code: 'RequestPayloadSizeLimitExceeded' });
    if (this.excel.cellEditMode) {
      // With delayForCellEdit Excel waits until the user leaves the cell; without it, it refuses.
      if (!this.delayForCellEdit) throw Object.assign(new Error('InvalidOperationInCellEditMode'), { code: 'InvalidOperationInCellEditMode' });
      this.excel.cellEditMode = false;
    }
    this.readCells = 0;
    const fail = this.excel.failure?.sync === n ? this.excel.failure.afterOps : Infinity;
    const code = this.excel.failure?.code ?? 'GeneralException';
    ops.forEach((op, i) => {
      if (i === fail) throw Object.assign(new Error(`${code}: fake failure`), { code });
      op();
    });
    if (this.excel.calculates) recalculate(this.excel.state);
    this.excel.cellsRead.push(this.readCells);
    if (this.readCells > this.excel.maxCellsPerSync) throw Object.assign(new Error('RequestPayloadSizeLimitExceeded'), { code: 'RequestPayloadSizeLimitExceeded' });
  }
}

class FakeWorkbook {
  worksheets: FakeWorksheets;
  tables: FakeTables;
  notes?: FakeNotes;
  settings: FakeSettings;
  names: FakeNames;
  constructor(private ctx: FakeContext) {
    this.names = new FakeNames(ctx);
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
    // Like the Office.js library: no notes object at all where the Notes API is missing.
    if (ctx.excel.hasNotes) this.notes = new FakeNotes(ctx);
    this.settings = new FakeSettings(ctx);
  }
  getActiveCell(): FakeRange {
    const st = this.ctx.excel.state;
    return new FakeRange(this.ctx, () => {
      // Excel has no active cell while a chart or shape is selected.
      if (!st.activeCell) throw Object.assign(new Error('InvalidSelection'), { code: 'InvalidSelection' });
      return { sheet: st.sheet(st.active)!, rect: rectOf(st.activeCell) };
    });
  }
}

class FakeWorksheets extends Proxy {
  get items(): FakeWorksheet[] {
    return this.get$('items');
  }
  load(_props: string): this {
    this.ctx.queue(() => {
      this.loaded.items = this.ctx.excel.state.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s);
        ws.fill(s);
        return ws;
      });
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.state.sheet(name) ?? notFound(`sheet ${name}`));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.state.sheet(name) ?? null);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.state.sheet(this.ctx.excel.state.active)!);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue(() => {
      if (this.ctx.excel.state.sheet(name)) throw Object.assign(new Error('ItemAlreadyExists'), { code: 'ItemAlreadyExists' });
      this.ctx.excel.state.sheets.push(new FakeSheet(name));
    });
    return this.getItem(name);
  }
}

class FakeWorksheet extends Proxy {
  protection: { protected: boolean; load: (p: string) => void };
  onChanged: { add: (handler: (event: { triggerSource: string; address: string }) => unknown) => { remove: () => void; context: FakeContext } };
  tables: { add: (address: string, headers: boolean) => FakeTableProxy };
  notes?: { add: (cell: string, text: string) => void };
  constructor(ctx: FakeContext, readonly resolve: () => FakeSheet | null) {
    super(ctx);
    const self = this;
    this.protection = {
      get protected() {
        return self.get$<boolean>('protected');
      },
      load: () => ctx.queue(() => self.fill(self.resolve())),
    };
    this.tables = {
      add: (address, _headers) => {
        const holder: { table?: FakeTable } = {};
        ctx.queue(() => {
          const sheet = this.resolve() ?? notFound('sheet');
          const rect = rectOf(address);
          // Excel refuses a table over another table or over merged cells.
          const clash = ctx.excel.state.tables.some((t) => t.sheet.toLowerCase() === sheet.name.toLowerCase() && intersect(rectOf(t.address), rect));
          if (clash || sheet.merged.some((m) => intersect(m, rect))) throw Object.assign(new Error('InvalidOperation: table over a table or merged cells'), { code: 'InvalidOperation' });
          holder.table = { name: `Tabell${ctx.excel.state.tables.length + 1}`, style: 'TableStyleMedium2', sheet: sheet.name, address };
          ctx.excel.state.tables.push(holder.table);
        });
        return new FakeTableProxy(ctx, () => holder.table ?? notFound('table'));
      },
    };
    this.onChanged = {
      add: (handler) => {
        const handlers = ctx.excel.state.changeHandlers;
        ctx.queue(() => {
          const name = (this.resolve() ?? notFound('sheet')).name;
          handlers.set(name, (handlers.get(name) ?? new Set()).add(handler));
        });
        return { remove: () => ctx.queue(() => handlers.forEach((set) => set.delete(handler))), context: ctx };
      },
    };
    if (ctx.excel.hasNotes) this.notes = { add: (cell, text) => ctx.queue(() => (this.resolve() ?? notFound('sheet')).notes.set(cell, text)) };
  }
  fill(s: FakeSheet | null): void {
    this.loaded.isNullObject = s === null;
    if (s) Object.assign(this.loaded, { name: s.name, protected: s.isProtected });
  }
  get name(): string {
    return this.get$('name');
  }
  get isNullObject(): boolean {
    return this.get$('isNullObject');
  }
  load(_props: string): this {
    this.ctx.queue(() => this.fill(this.resolve()));
    return this;
  }
  /** No address: the whole sheet, as Worksheet.getRange() gives it. */
  getRange(address = 'A1:XFD1048576'): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.resolve() ?? notFound('sheet'), rect: rectOf(address) }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve() ?? notFound('sheet');
      const rect = sheet.usedRect();
      return rect ? { sheet, rect } : null;
    });
  }
  activate(): void {
    this.ctx.queue(() => (this.ctx.excel.state.active = (this.resolve() ?? notFound('sheet')).name));
  }
  delete(): void {
    this.ctx.queue(() => {
      const sheet = this.resolve() ?? notFound('sheet');
      const st = this.ctx.excel.state;
      st.sheets = st.sheets.filter((s) => s !== sheet);
      st.tables = st.tables.filter((t) => t.sheet !== sheet.name);
    });
  }
}

