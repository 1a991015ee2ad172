/**
 * The two real hosts behind the pane in jsdom tests: the Office.js host on the fake Excel (which
 * calculates its formulas, as Excel does) and the preview's file host, both on the sample.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DecompressionStream } from 'node:stream/web';
import { TextDecoder, TextEncoder } from 'node:util';
import { fireEvent, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { defaultConfig, type Config } from '../../src/domain/config';
import { splitDismissed } from '../../src/domain/dismiss';
import type { SheetSnapshot } from '../../src/domain/snapshot';
import { validate } from '../../src/domain/validate';
import { ExcelHost } from '../../src/excel/excel-host';
import type { Host } from '../../src/host/types';
import { FileHost } from '../../src/preview/file-host';
import { snapshotOf } from '../../src/workbook/snapshot';
import { FakeExcel } from './fake-excel';
import { settle } from './pane';
import type { TestCell } from './sheet';

const g = globalThis as Record<string, unknown>;
g.DecompressionStream ??= DecompressionStream;
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
g.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const SAMPLE = readFileSync(path.join(__dirname, '../../examples/budgetplan-2026.xlsx'));

async function sampleRows(): Promise<TestCell[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(SAMPLE.buffer.slice(SAMPLE.byteOffset, SAMPLE.byteOffset + SAMPLE.byteLength) as ArrayBuffer);
  const snap = snapshotOf(wb.worksheets[0]);
  return snap.values.map((line, r) => line.map((v, c) => (snap.formulas[r][c] ? { f: snap.formulas[r][c]!, v } : v)));
}

export interface Subject {
  host: Host;
  /** Every cell's value on the budget sheet, as the host holds it: what a person sees. */
  values(): Promise<SheetSnapshot['values']>;
  /** Every cell's formatting in the whole workbook, as the host holds it. */
  formats(): unknown;
  excel?: FakeExcel;
  file?: FileHost;
}

export const hosts: [string, () => Promise<Subject>][] = [
  [
    'the Office.js host on the fake Excel',
    async () => {
      const excel = new FakeExcel([{ name: 'Budget 2026', rows: await sampleRows() }]);
      excel.calculates = true;
      const host = new ExcelHost({ run: excel.run, displayLanguage: 'sv-SE', isSetSupported: () => true });
      return { host, excel, values: async () => (await host.readBudget(defaultConfig)).snapshot.values, formats: () => excel.state.dump() };
    },
  ],
  [
    'the file host',
    async () => {
      const host = await FileHost.open(SAMPLE, 'budgetplan-2026.xlsx');
      const formats = () =>
        host.workbook.worksheets.map((ws) => {
          const cells: [string, unknown][] = [];
          ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => void cells.push([c.address, JSON.parse(JSON.stringify(c.style ?? {}))])));
          return { name: ws.name, cells };
        });
      return { host, file: host, values: async () => snapshotOf(host.workbook.getWorksheet('Budget 2026')!).values, formats };
    },
  ],
];

export async function clickButton(name: string | RegExp, scope: HTMLElement = document.body): Promise<void> {
  fireEvent.click(within(scope).getByRole('button', { name }));
  // The file host writes and reads whole workbooks: let its promises run out.
  for (let i = 0; i < 20; i++) await settle();
}

/** The findings the list shows, as "rule cell", sorted. */
export function shown(): string[] {
  return [...document.querySelectorAll('li[data-finding-cell]')].map((li) => `${li.getAttribute('data-finding-rule')} ${li.getAttribute('data-finding-cell')}`).sort();
}

/** A fresh validation of the sheet as the host reads it back now. */
export async function fresh(host: Host, config: Config = defaultConfig): Promise<string[]> {
  const read = await host.readBudget(config);
  return splitDismissed(validate(read.snapshot, config).findings, config).active.map((f) => `${f.rule} ${f.cell}`).sort();
}
