import { rectCols, rectRows } from '../../src/excel/address';
import type { FakeContext } from './fake-excel';
import { excelAddress, FakeSheet, intersect, valueType, writeInput } from './fake-excel-state';
import type { Rect } from '../../src/excel/address';

/** Base of every proxy: loaded properties become readable only after a sync. */
export class Proxy {
  protected loaded: Record<string, unknown> = {};
  constructor(protected ctx: FakeContext) {}
  protected get$<T>(name: string): T {
    if (!(name in this.loaded)) throw new Error(`PropertyNotLoaded: ${name}`);
    return this.loaded[name] as T;
  }
}

export function notFound(what: string): never {
  throw Object.assign(new Error(`ItemNotFound: ${what}`), { code: 'ItemNotFound' });
}

export type Where = { sheet: FakeSheet; rect: Rect } | null;

export class FakeRange extends Proxy {
  format: FakeFormat;
  constructor(ctx: FakeContext, readonly resolve: () => Where) {
    super(ctx);
    this.format = new FakeFormat(ctx, this);
  }
  get isNullObject(): boolean { return this.get$('isNullObject'); }
  get address(): string { return this.get$('address'); }
  get rowCount(): number { return this.get$('rowCount'); }
  get columnCount(): number { return this.get$('columnCount'); }
  get values(): unknown[][] { return this.get$('values'); }
  get formulas(): unknown[][] { return this.get$('formulas'); }
  get numberFormat(): unknown[][] { return this.get$('numberFormat'); }
  get valueTypes(): string[][] { return this.get$('valueTypes'); }
  set formulas(grid: unknown[][]) { this.write(grid, (cell, v) => writeInput(cell, v)); }
  set values(grid: unknown[][]) { this.write(grid, (cell, v) => writeInput(cell, v)); }
  set numberFormat(grid: unknown[][]) { this.write(grid, (cell, v) => (cell.numberFormat = v === '' ? 'General' : String(v))); }

  private write(grid: unknown[][], set: (cell: ReturnType<FakeSheet['cell']>, v: unknown) => void): void {
    this.ctx.written += JSON.stringify(grid).length;
    this.ctx.queue(() => {
      const where = this.resolve() ?? notFound('range');
      if (grid.length !== rectRows(where.rect) || grid[0].length !== rectCols(where.rect)) throw new Error('InvalidArgument: array size');
      grid.forEach((row, r) => row.forEach((v, c) => v !== null && set(where.sheet.cell(where.rect.top + r, where.rect.left + c), v)));
    });
  }

  load(props = ''): this {
    this.ctx.queue(() => {
      const where = this.resolve();
      this.loaded.isNullObject = where === null;
      if (!where) return;
      const { sheet, rect } = where;
      const rows = Array.from({ length: rectRows(rect) }, (_, r) => rect.top + r);
      const cols = Array.from({ length: rectCols(rect) }, (_, c) => rect.left + c);
      const map = <T>(f: (r: number, c: number) => T) => rows.map((r) => cols.map((c) => f(r, c)));
      // Only cell data weighs in a response; an address or a count does not.
      if (/values|formulas|numberFormat|valueTypes/.test(props)) this.ctx.readCells += rows.length * cols.length;
      Object.assign(this.loaded, {
        address: excelAddress(sheet.name, rect),
        rowCount: rows.length,
        columnCount: cols.length,
        values: map((r, c) => sheet.peek(r, c)?.value ?? ''),
        formulas: map((r, c) => sheet.peek(r, c)?.formula ?? sheet.peek(r, c)?.value ?? ''),
        numberFormat: map((r, c) => sheet.peek(r, c)?.numberFormat ?? 'General'),
        valueTypes: map((r, c) => valueType(sheet.peek(r, c))),
      });
    });
    return this;
  }
  /** ExcelApi 1.9: the cells holding constants or formulas, as their count (null object when none). */
  getSpecialCellsOrNullObject(type: 'Constants' | 'Formulas'): { cellCount: number; isNullObject: boolean; load: (p: string) => unknown } {
    const loaded: { cellCount?: number } = {};
    const proxy = {
      get cellCount() { if (loaded.cellCount === undefined) throw new Error('PropertyNotLoaded: cellCount'); return loaded.cellCount; },
      get isNullObject() { return proxy.cellCount === 0; },
      load: () => {
        this.ctx.queue(() => {
          const { sheet, rect } = this.resolve() ?? notFound('range');
          let n = 0;
          for (const [key, cell] of sheet.cells) {
            const [r, c] = key.split(':').map(Number);
            if (r < rect.top || r > rect.bottom || c < rect.left || c > rect.right) continue;
            if (type === 'Formulas' ? cell.formula !== null : cell.formula === null && cell.value !== null) n++;
          }
          loaded.cellCount = n;
        });
        return proxy;
      },
    };
    return proxy;
  }
  /** ExcelApi 1.13: the merged areas in the range (here the first), or a null object. */
  getMergedAreasOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const where = this.resolve() ?? notFound('range');
      const m = where.sheet.merged.find((r) => intersect(r, where.rect));
      return m ? { sheet: where.sheet, rect: m } : null;
    });
  }
  getRow(row: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const where = this.resolve() ?? notFound('range');
      return { sheet: where.sheet, rect: { ...where.rect, top: where.rect.top + row, bottom: where.rect.top + row } };
    });
  }
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.resolve() ?? notFound('range');
      const b = other.resolve() ?? notFound('range');
      const rect = { top: Math.min(a.rect.top, b.rect.top), left: Math.min(a.rect.left, b.rect.left), bottom: Math.max(a.rect.bottom, b.rect.bottom), right: Math.max(a.rect.right, b.rect.right) };
      return { sheet: a.sheet, rect };
    });
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const where = this.resolve() ?? notFound('range');
      const r = where.rect.top + row;
      const c = where.rect.left + col;
      return { sheet: where.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }
  /** ExcelApi 1.9: fill (colour and pattern) and boldness of every cell, as Excel reports them. */
  getCellProperties(_spec: unknown): { value: unknown[][] } {
    const holder: { value?: unknown[][] } = {};
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve() ?? notFound('range');
      holder.value = Array.from({ length: rectRows(rect) }, (_, r) =>
        Array.from({ length: rectCols(rect) }, (_, c) => {
          const cell = sheet.peek(rect.top + r, rect.left + c);
          // No fill reads as white with pattern None; a white fill as white with pattern Solid.
          return { format: { fill: { color: cell?.fill ?? '#FFFFFF', pattern: cell?.fill ? 'Solid' : 'None' }, font: { bold: cell?.bold ?? false } } };
        }),
      );
    });
    return { get value() { if (!holder.value) throw new Error('PropertyNotLoaded: value'); return holder.value; } };
  }
  /** ExcelApi 1.9: per-cell formats in one command; an empty object leaves a cell alone. */
  setCellProperties(grid: { format?: { fill?: { color?: string; pattern?: string }; font?: { bold?: boolean } } }[][]): void {
    this.ctx.written += JSON.stringify(grid).length;
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve() ?? notFound('range');
      if (grid.length !== rectRows(rect) || grid[0].length !== rectCols(rect)) throw new Error('InvalidArgument: array size');
      grid.forEach((row, r) => row.forEach((p, c) => {
        const fill = p?.format?.fill;
        const bold = p?.format?.font?.bold;
        if (!fill && bold === undefined) return;
        const cell = sheet.cell(rect.top + r, rect.left + c);
        if (fill?.pattern === 'None') cell.fill = null;
        else if (fill?.color !== undefined) cell.fill = fill.color.toUpperCase();
        if (bold !== undefined) cell.bold = bold;
      }));
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const where = this.resolve();
      const used = where?.sheet.usedRect();
      const rect = where && used ? intersect(where.rect, used) : null;
      return rect ? { sheet: where!.sheet, rect } : null;
    });
  }
  select(): void {
    this.ctx.queue(() => {
      const where = this.resolve() ?? notFound('range');
      this.ctx.excel.state.selected = { sheet: where.sheet.name, address: excelAddress(where.sheet.name, where.rect) };
    });
  }
  /** Every cell of the range, for the format setters. */
  eachCell(f: (cell: ReturnType<FakeSheet['cell']>, sheet: FakeSheet, col: number) => void): void {
    const where = this.resolve() ?? notFound('range');
    // Capped: the host styles single cells; a whole column ("C:C") would be a million rows.
    for (let r = where.rect.top; r <= Math.min(where.rect.bottom, where.rect.top + 1000); r++) {
      for (let c = where.rect.left; c <= where.rect.right; c++) f(where.sheet.cell(r, c), where.sheet, c);
    }
  }
}

class FakeFormat extends Proxy {
  fill: { color: string; load: (p: string) => void; clear: () => void };
  font: { bold: boolean; load: (p: string) => void };
  constructor(ctx: FakeContext, range: FakeRange) {
    super(ctx);
    const self = this;
    const first = () => {
      const w = range.resolve() ?? notFound('range');
      return { cell: w.sheet.peek(w.rect.top, w.rect.left), sheet: w.sheet, col: w.rect.left };
    };
    this.fill = {
      get color() { return self.get$<string>('color'); },
      set color(v: string) { ctx.queue(() => range.eachCell((c) => (c.fill = v))); },
      load: () => ctx.queue(() => (self.loaded.color = first().cell?.fill ?? '#FFFFFF')),
      clear: () => ctx.queue(() => range.eachCell((c) => (c.fill = null))),
    };
    this.font = {
      get bold() { return self.get$<boolean>('bold'); },
      set bold(v: boolean) { ctx.queue(() => range.eachCell((c) => (c.bold = v))); },
      load: () => ctx.queue(() => (self.loaded.bold = first().cell?.bold ?? false)),
    };
    this.range = range;
  }
  private range: FakeRange;
  get columnWidth(): number { return this.get$('columnWidth'); }
  set columnWidth(v: number) {
    this.ctx.queue(() => {
      const { sheet, col } = (() => { const w = this.range.resolve()!; return { sheet: w.sheet, col: w.rect.left }; })();
      // The default width is no width of its own, as in Excel.
      if (v === 48) sheet.columnWidths.delete(String(col));
      else sheet.columnWidths.set(String(col), v);
    });
  }
  load(_props: string): this {
    this.ctx.queue(() => {
      const w = this.range.resolve() ?? notFound('range');
      this.loaded.columnWidth = w.sheet.columnWidths.get(String(w.rect.left)) ?? 48;
    });
    return this;
  }
}

