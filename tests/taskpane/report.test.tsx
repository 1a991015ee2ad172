/**
 * @jest-environment jsdom
 *
 * The control report in Validera: "Skapa kontrollrapport" opens the report of the sheet as last
 * read in a new window from a Blob URL (or offers it as a download when the window is blocked);
 * "Infoga som blad Kontroll" writes a sheet Kontroll through the host, and Ångra takes it away.
 */
import { screen } from '@testing-library/react';
import type { EditPlan } from '../../src/domain/edits';
import { budgetWithFindings, click, FakeHost, renderPane } from '../helpers/pane';

/** The HTML each Blob URL was made from, and what window.open was given. */
function stubWindow(result: Window | null) {
  const blobs = new Map<string, Blob>();
  let n = 0;
  const create = jest.fn((blob: Blob) => {
    const url = `blob:http://localhost/report-${++n}`;
    blobs.set(url, blob);
    return url;
  });
  const revoke = jest.fn();
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
  const open = jest.spyOn(window, 'open').mockImplementation(() => result);
  return { blobs, open, revoke };
}

afterEach(() => jest.restoreAllMocks());

/** jsdom's Blob has no text(): read it as the browser would. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('Skapa kontrollrapport', () => {
  it('is offered only after a validation', async () => {
    await renderPane(new FakeHost(budgetWithFindings()));
    expect(screen.queryByRole('button', { name: 'Skapa kontrollrapport' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Infoga som blad Kontroll' })).toBeNull();
  });

  it('opens the report of the sheet as last read in a new window from a Blob URL', async () => {
    const { blobs, open } = stubWindow({} as Window);
    const host = new FakeHost(budgetWithFindings());
    host.fileName = 'Budget 2026.xlsx';
    await renderPane(host);
    await click('Validera');
    await click('Skapa kontrollrapport');
    expect(open).toHaveBeenCalledTimes(1);
    const [url, target] = open.mock.calls[0];
    expect(url).toMatch(/^blob:/);
    expect(target).toBe('_blank');
    const blob = blobs.get(url as string)!;
    expect(blob.type).toMatch(/^text\/html/);
    const html = await textOf(blob);
    expect(html).toContain('<h1>Kontrollrapport: Budget, budgetår 2026</h1>');
    expect(html).toContain('<dt>Fil</dt><dd>Budget 2026.xlsx</dd>');
    const summary = screen.getByText(/^Bladet "Budget": \d+ fel, \d+ varningar/).textContent!;
    const [, errors, warnings] = /(\d+) fel, (\d+) varningar/.exec(summary)!;
    expect(html).toContain(`${errors} fel, ${warnings} varningar.`);
    expect(html).toContain('B11');
    expect(html).not.toMatch(/https?:/);
    expect(screen.getByText(/öppnades i ett nytt fönster/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'kontrollrapport.html' })).toBeNull();
    // Nothing was written to the workbook.
    expect(host.called('apply')).toEqual([]);
  });

  it('offers the report as a download kontrollrapport.html when no window can be opened, and says so', async () => {
    const { blobs } = stubWindow(null);
    await renderPane(new FakeHost(budgetWithFindings()));
    await click('Validera');
    await click('Skapa kontrollrapport');
    const link = screen.getByRole('link', { name: 'kontrollrapport.html' }) as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('kontrollrapport.html');
    expect(blobs.has(link.getAttribute('href')!)).toBe(true);
    expect(await textOf(blobs.get(link.getAttribute('href')!)!)).toContain('Kontrollrapport: Budget');
    expect(screen.getByText(/kunde inte öppnas/)).toBeTruthy();
    expect(screen.queryByText(/öppnades i ett nytt fönster/)).toBeNull();
  });
});

describe('Infoga som blad Kontroll', () => {
  it('writes a new sheet Kontroll as one action, and Ångra takes it away', async () => {
    const host = new FakeHost(budgetWithFindings());
    await renderPane(host);
    await click('Validera');
    await click('Infoga som blad Kontroll');
    const [plan, label] = host.called('apply')[0] as [EditPlan, string];
    expect(label).toBe('Infoga bladet Kontroll');
    expect(plan.map((p) => [p.sheet, p.create])).toEqual([['Kontroll', true]]);
    expect(plan[0].edits[0]).toMatchObject({ cell: 'A1', value: 'Kontrollrapport: Budget, budgetår 2026' });
    expect(plan[0].edits.some((e) => e.value === 'B11')).toBe(true);
    expect(plan[0].edits.every((e) => e.formula === undefined)).toBe(true);
    expect(host.sheetNames).toContain('Kontroll');

    await click('Ångra: Infoga bladet Kontroll');
    expect(host.called('undo')).toHaveLength(1);
    expect(host.sheetNames).not.toContain('Kontroll');
  });

  it('names it "Kontroll (2)" when the workbook has a sheet Kontroll', async () => {
    const host = new FakeHost(budgetWithFindings());
    host.sheetNames.push('Kontroll');
    await renderPane(host);
    await click('Validera');
    await click('Infoga som blad Kontroll');
    const [plan, label] = host.called('apply')[0] as [EditPlan, string];
    expect(plan[0].sheet).toBe('Kontroll (2)');
    expect(label).toBe('Infoga bladet Kontroll (2)');
  });
});

describe("the report's file name in Excel", () => {
  it('is the last part of the document URL or path, decoded; none for a workbook never saved', async () => {
    const { documentFileName } = await import('../../src/excel/excel-host');
    expect(documentFileName('https://contoso.sharepoint.com/sites/f/Delade%20dokument/Budget%202026.xlsx?web=1')).toBe('Budget 2026.xlsx');
    expect(documentFileName('C:\\Users\\anna\\Finsam\\plan.xlsx')).toBe('plan.xlsx');
    expect(documentFileName('')).toBeUndefined();
    expect(documentFileName(undefined)).toBeUndefined();
  });
});
