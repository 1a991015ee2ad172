import type { CellValue } from '../../src/domain/snapshot';
import { sheetOf, type TestCell } from './sheet';
import { FakeSheet, FakeWorkbookState, rectOf, type FakeTable } from './fake-excel-state';
import { FakeRange, notFound, Proxy } from './fake-excel-range';
import { FakeNotes, FakeSettings, FakeTableProxy, FakeTables } from './fake-excel-misc';
import { recalculate } from './fake-excel-calc';

/**
 * A small typed fake of the Excel object model, with Office.js's batch semantics: calls queue
 * commands, context.sync() runs them in order and counts itself, a property read before its
 * load has been synced throws, and a failure can be injected after the n-th command of a sync
 * (Excel stops at the failing command; the ones before it have landed). office-addin-mock cannot
 * model this (its writes land at once and it has no used ranges or collections), hence this.
 */
type Op = () => void;

export class FakeExcel {
  state = new FakeWorkbookState();
  syncs = 0;
  /** Cells read per sync, to check the 5 MB guard. */
  cellsRead: number[] = [];
  suspendCalls = 0;
  failure: { sync: number; afterOps: number } | null = null;
  /** Called with the number of commands of each sync. */
  onSync: ((commands: number) => void) | null = null;
  /** A request reading more cells than this fails, as Excel on the web fails over 5 MB. */
  maxCellsPerSync = Infinity;
  /** When true, formulas are worked out after every sync (tests/helpers/fake-excel-calc.ts), as Excel does. */
  calculates = false;

  constructor(sheets: { name: string; rows?: TestCell[][]; protected?: boolean }[], active?: string) {
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
  failSync(n: number, afterOps: number): void {
    this.failure = { sync: this.syncs + n, afterOps };
  }

  /** The user types into a cell: Excel changes it, calculates, and tells the onChanged handlers. */
  userEdit(sheet: string, address: string, value: CellValue): void {
    const target = this.state.sheet(sheet)!;
    const { top, left } = rectOf(address);
    Object.assign(target.cell(top, left), { value, formula: null });
    if (this.calculates) recalculate(this.state);
    for (const handler of this.state.changeHandlers.get(target.name) ?? []) void handler({ triggerSource: 'Unknown', address });
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    return batch(ctx as unknown as Excel.RequestContext);
  };
}

export class FakeContext {
  ops: Op[] = [];
  workbook: FakeWorkbook;
  application = { suspendApiCalculationUntilNextSync: () => this.queue(() => this.excel.suspendCalls++) };
  readCells = 0;
  constructor(readonly excel: FakeExcel) {
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
    this.readCells = 0;
    const fail = this.excel.failure?.sync === n ? this.excel.failure.afterOps : Infinity;
    ops.forEach((op, i) => {
      if (i === fail) throw Object.assign(new Error('GeneralException: fake failure'), { code: 'GeneralException' });
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
  notes: FakeNotes;
  settings: FakeSettings;
  constructor(private ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
    this.notes = new FakeNotes(ctx);
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
  notes: { add: (cell: string, text: string) => void };
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
    this.notes = { add: (cell, text) => ctx.queue(() => (this.resolve() ?? notFound('sheet')).notes.set(cell, text)) };
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
  getRange(address: string): FakeRange {
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

