/** @jest-environment jsdom */
/**
 * The findings list on the two real hosts (the Office.js host on the fake Excel, which here
 * calculates its formulas as Excel would, and the preview's file host on the .xlsx): fixes that
 * change no value, suggestions written only after a confirmation, and after every write and
 * every undo a list equal to a fresh validation of the sheet as the host reads it back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DecompressionStream } from 'node:stream/web';
import { TextDecoder, TextEncoder } from 'node:util';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { defaultConfig, type Config } from '../../src/domain/config';
import { splitDismissed } from '../../src/domain/dismiss';
import type { SheetSnapshot } from '../../src/domain/snapshot';
import { validate } from '../../src/domain/validate';
import { ExcelHost } from '../../src/excel/excel-host';
import type { Host } from '../../src/host/types';
import { FileHost } from '../../src/preview/file-host';
import { App } from '../../src/taskpane/App';
import { FakeExcel } from '../helpers/fake-excel';
import { settle } from '../helpers/pane';
import type { TestCell } from '../helpers/sheet';
import { snapshotOf } from '../../src/workbook/snapshot';
import ExcelJS from 'exceljs';

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

interface Subject {
  host: Host;
  /** Every cell's value on the budget sheet, as the host holds it: what a person sees. */
  values(): Promise<SheetSnapshot['values']>;
}

const hosts: [string, () => Promise<Subject>][] = [
  [
    'the Office.js host on the fake Excel',
    async () => {
      const excel = new FakeExcel([{ name: 'Budget 2026', rows: await sampleRows() }]);
      excel.calculates = true;
      const host = new ExcelHost({ run: excel.run, displayLanguage: 'sv-SE', isSetSupported: () => true });
      return { host, values: async () => (await host.readBudget(defaultConfig)).snapshot.values };
    },
  ],
  [
    'the file host',
    async () => {
      const host = await FileHost.open(SAMPLE, 'budgetplan-2026.xlsx');
      return { host, values: async () => snapshotOf(host.workbook.getWorksheet('Budget 2026')!).values };
    },
  ],
];

async function clickButton(name: string | RegExp, within_: HTMLElement = document.body): Promise<void> {
  fireEvent.click(within(within_).getByRole('button', { name }));
  // The file host writes and reads whole workbooks: let its promises run out.
  for (let i = 0; i < 20; i++) await settle();
}

/** The findings the list shows, as "rule cell", sorted. */
function shown(): string[] {
  return [...document.querySelectorAll('li[data-finding-cell]')].map((li) => `${li.getAttribute('data-finding-rule')} ${li.getAttribute('data-finding-cell')}`).sort();
}

/** A fresh validation of the sheet as the host reads it back now. */
async function fresh(host: Host, config: Config = defaultConfig): Promise<string[]> {
  const read = await host.readBudget(config);
  return splitDismissed(validate(read.snapshot, config).findings, config).active.map((f) => `${f.rule} ${f.cell}`).sort();
}

afterEach(cleanup);

describe.each(hosts)('the findings on %s', (_name, make) => {
  let subject: Subject;
  beforeEach(async () => {
    subject = await make();
    await act(async () => void render(<App host={subject.host} />));
    await settle();
    await clickButton('Validera');
  });

  it('groups the 20 typed totals, fixes exactly the 14 whose value stays, and the errors stay errors', async () => {
    const group = document.querySelector('[data-group="hardcoded-total/typed"]') as HTMLElement;
    expect(group.querySelector('h3')!.textContent).toBe('2020 summor är inskrivna som tal (B4:F4, B8:F8, B21:F21, B23:F23)');
    expect(screen.getByText(/^Bladet "Budget 2026": 7 fel, 24 varningar$/)).toBeTruthy();
    const before = await subject.values();
    expect(shown()).toEqual(await fresh(subject.host));

    await clickButton('Åtgärda 14 celler där värdet inte ändras', group);
    // Not one value changed anywhere on the sheet; the 14 totals are formulas now.
    expect(await subject.values()).toEqual(before);
    const read = await subject.host.readBudget(defaultConfig);
    const formulas = read.snapshot.formulas.flatMap((line, r) => line.flatMap((f, c) => (f ? [`${String.fromCharCode(65 + c)}${r + 1}`] : [])));
    expect(formulas.sort()).toEqual(['B4', 'B8', 'C21', 'C4', 'C8', 'D21', 'D4', 'D8', 'E21', 'E4', 'E8', 'F21', 'F4', 'F8']);
    expect(shown()).toEqual(await fresh(subject.host));
    expect(screen.getByText(/^Bladet "Budget 2026": 7 fel, 10 varningar$/)).toBeTruthy();
    expect(document.querySelector('[data-group="hardcoded-total/typed"] h3')!.textContent).toMatch(/^66 summor är inskrivna som tal \(B21, B23:F23\)$/);

    // Undo: the typed totals are back, and so is the list.
    await clickButton('Ångra: Åtgärda 14 celler');
    expect(await subject.values()).toEqual(before);
    expect(shown()).toEqual(await fresh(subject.host));
    expect(screen.getByText(/: 7 fel, 24 varningar$/)).toBeTruthy();
  });

  it('writes a value-changing suggestion only after a confirmation that shows both numbers and the equity effect', async () => {
    const before = await subject.values();
    fireEvent.click(screen.getByRole('button', { name: 'Visa de 20 cellerna' }));
    await settle();
    const c23 = document.querySelector('li[data-finding-rule="hardcoded-total"][data-finding-cell="C23"]') as HTMLElement;
    // No one-click fix here: the replacement changes the figure.
    expect(within(c23).queryByRole('button', { name: /^Åtgärda C23/ })).toBeNull();
    fireEvent.click(within(c23).getByRole('button', { name: 'Föreslagen ändring i C23' }));
    await settle();
    const confirm = within(c23).getByRole('group', { name: 'Ändra värdet i C23?' });
    const text = confirm.textContent!.replace(/\u00a0/g, ' ');
    expect(text).toContain('Ersätt 5 382 447 kr med =SUMMA(C21:C22) = 4 757 447 kr; eget kapital 2026 ändras med +625 000 kr');
    expect(text).toMatch(/I cellen nu5 382 447 krEfter ändringen4 757 447 krEget kapital 2026\+625 000 kr/);
    expect(await subject.values()).toEqual(before); // asked, nothing written yet
    fireEvent.click(within(confirm).getByRole('button', { name: 'Avbryt' }));
    await settle();
    expect(await subject.values()).toEqual(before);
    expect(subject.host.canUndo()).toBe(false);

    fireEvent.click(within(c23).getByRole('button', { name: 'Föreslagen ändring i C23' }));
    await settle();
    await clickButton('Ersätt värdet i C23', c23);
    const after = await subject.values();
    expect(after[22][2]).toBe(4_757_447);
    // The list follows: C23's warnings are gone, and the equity now carried wrongly into 2027 is a new error.
    expect(shown()).toEqual(await fresh(subject.host));
    expect(shown()).toContain('equity-carry-forward D7');
    expect(shown()).not.toContain('hardcoded-total C23');
    await clickButton('Ångra: Ersätt C23');
    expect(await subject.values()).toEqual(before);
    expect(shown()).toEqual(await fresh(subject.host));
    expect(shown()).not.toContain('equity-carry-forward D7');
  });

  it('after a fill and an insert the list is a fresh validation of the sheet read back', async () => {
    fireEvent.click(screen.getByRole('tab', { name: 'Fyll prognoser' }));
    await clickButton('Läs in budgetbladet');
    await clickButton(/^Fyll i \d+ celler$/);
    expect(shown()).toEqual(await fresh(subject.host));
    expect(shown()).not.toContain('missing-value F18'); // the forecast filled it

    fireEvent.click(screen.getByRole('tab', { name: 'Infoga tabeller' }));
    await clickButton('Infoga');
    expect(shown()).toEqual(await fresh(subject.host));
    await clickButton(/^Ångra: Infoga tabeller$/);
    await clickButton(/^Ångra: Fyll prognoser$/);
    expect(shown()).toEqual(await fresh(subject.host));
    expect(shown()).toContain('missing-value F18');
  });
});
