/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { defaultConfig } from '../../src/domain/config';
import { validate } from '../../src/domain/validate';
import { ExcelHost } from '../../src/excel/excel-host';
import { App } from '../../src/taskpane/App';
import { REVALIDATE_DELAY_MS } from '../../src/taskpane/views/ValidateView';
import { FakeExcel } from '../helpers/fake-excel';
import { settle } from '../helpers/pane';
import { validBudgetRows } from '../helpers/sheet';

(globalThis as Record<string, unknown>).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const shown = () => [...document.querySelectorAll('li[data-finding-cell]')].map((li) => `${li.getAttribute('data-finding-rule')} ${li.getAttribute('data-finding-cell')}`).sort();

async function pause(ms: number): Promise<void> {
  await act(async () => void (await new Promise((r) => setTimeout(r, ms))));
  await settle();
}

afterEach(cleanup);

describe('the list follows edits in Excel (worksheet onChanged)', () => {
  it('checks the sheet again once the edits pause, and not when switched off in Inställningar', async () => {
    const excel = new FakeExcel([{ name: 'Budget', rows: validBudgetRows() }]);
    excel.calculates = true;
    const host = new ExcelHost({ run: excel.run, displayLanguage: 'sv-SE', isSetSupported: () => true });
    await act(async () => void render(<App host={host} />));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Validera' }));
    for (let i = 0; i < 5; i++) await settle();
    expect(shown()).not.toContain('text-number B11');
    expect(excel.state.changeHandlers.get('Budget')?.size).toBe(1);

    // Two quick edits, one read after they pause.
    const syncs = excel.syncs;
    excel.userEdit('Budget', 'B12', 150);
    excel.userEdit('Budget', 'B11', '1 000 kr');
    await pause(REVALIDATE_DELAY_MS / 3);
    expect(excel.syncs).toBe(syncs);
    await pause(REVALIDATE_DELAY_MS + 200);
    expect(excel.syncs).toBe(syncs + 1);
    const fresh = validate((await host.readBudget(defaultConfig)).snapshot, defaultConfig).findings.map((f) => `${f.rule} ${f.cell}`).sort();
    expect(shown()).toEqual(fresh);
    expect(shown()).toContain('text-number B11');

    // Off: the handler goes, and an edit leaves the list as it was.
    fireEvent.click(screen.getByRole('tab', { name: 'Inställningar' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kontrollera bladet igen när det ändras' }));
    for (let i = 0; i < 5; i++) await settle();
    expect(excel.state.changeHandlers.get('Budget')?.size ?? 0).toBe(0);
    const before = shown();
    excel.userEdit('Budget', 'B12', -5);
    await pause(REVALIDATE_DELAY_MS + 200);
    expect(shown()).toEqual(before);
    expect(within(document.body).queryByText(/negativt/)).toBeNull();
  });
});
