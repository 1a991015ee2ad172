import type { FakeContext } from './fake-excel';
import type { FakeSheet, FakeTable } from './fake-excel-state';
import { notFound, Proxy } from './fake-excel-range';

export class FakeTables extends Proxy {
  get items(): { name: string }[] { return this.get$('items'); }
  load(_props: string): this {
    this.ctx.queue(() => (this.loaded.items = this.ctx.excel.state.tables.map((t) => ({ name: t.name }))));
    return this;
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => this.ctx.excel.state.tables.find((t) => t.name === name) ?? notFound(`table ${name}`));
  }
}

export class FakeTableProxy extends Proxy {
  constructor(ctx: FakeContext, private resolve: () => FakeTable) { super(ctx); }
  set name(v: string) { this.ctx.queue(() => (this.resolve().name = v)); }
  set style(v: string) { this.ctx.queue(() => (this.resolve().style = v)); }
  delete(): void {
    this.ctx.queue(() => {
      const t = this.resolve();
      this.ctx.excel.state.tables = this.ctx.excel.state.tables.filter((x) => x !== t);
    });
  }
}

export class FakeNotes {
  constructor(private ctx: FakeContext) {}
  getItemOrNullObject(key: string): FakeNoteProxy {
    const bang = key.lastIndexOf('!');
    const sheetName = key.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const cell = key.slice(bang + 1);
    return new FakeNoteProxy(this.ctx, () => {
      const sheet = this.ctx.excel.state.sheet(sheetName);
      return sheet && sheet.notes.has(cell) ? { sheet, cell } : null;
    });
  }
}

class FakeNoteProxy extends Proxy {
  constructor(ctx: FakeContext, private resolve: () => { sheet: FakeSheet; cell: string } | null) { super(ctx); }
  get isNullObject(): boolean { return this.get$('isNullObject'); }
  load(_p: string): this {
    this.ctx.queue(() => (this.loaded.isNullObject = this.resolve() === null));
    return this;
  }
  delete(): void {
    this.ctx.queue(() => {
      const n = this.resolve() ?? notFound('note');
      n.sheet.notes.delete(n.cell);
    });
  }
}

export class FakeSettings {
  constructor(private ctx: FakeContext) {}
  add(key: string, value: unknown): void {
    this.ctx.queue(() => this.ctx.excel.state.settings.set(key, value));
  }
  getItemOrNullObject(key: string): { value: unknown; isNullObject: boolean; load: (p: string) => void } {
    const loaded: { value?: unknown; isNullObject?: boolean } = {};
    const st = this.ctx.excel.state;
    return {
      get value() { return loaded.value; },
      get isNullObject() { return loaded.isNullObject!; },
      load: () => this.ctx.queue(() => Object.assign(loaded, { isNullObject: !st.settings.has(key), value: st.settings.get(key) })),
    };
  }
}

/** Workbook.names: only getItemOrNullObject, which is all the host asks. */
export class FakeNames {
  constructor(private ctx: FakeContext) {}
  getItemOrNullObject(name: string): { name: string; isNullObject: boolean; load: (p: string) => unknown } {
    const loaded: { isNullObject?: boolean } = {};
    const st = this.ctx.excel.state;
    const item = {
      get name() { return name; },
      get isNullObject() { if (loaded.isNullObject === undefined) throw new Error('PropertyNotLoaded: isNullObject'); return loaded.isNullObject; },
      load: () => {
        this.ctx.queue(() => (loaded.isNullObject = ![...st.names].some((n) => n.toLowerCase() === name.toLowerCase())));
        return item;
      },
    };
    return item;
  }
}
