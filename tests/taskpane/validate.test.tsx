/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { NoBudgetTableError } from '../../src/domain/parse';
import { budgetWithFindings, click, FakeHost, renderPane, settle } from '../helpers/pane';
import { sheetOf, validBudgetRows } from '../helpers/sheet';

describe('Validera', () => {
  it('groups findings by severity with counts, selects a clicked cell, and fixes a safe one', async () => {
    const host = new FakeHost(budgetWithFindings());
    await renderPane(host);
    await click('Validera');
    expect(host.called('readBudget')).toHaveLength(1);

    const errors = screen.getByRole('list', { name: 'Fel' });
    const warnings = screen.getByRole('list', { name: 'Varningar' });
    expect(within(errors).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.getByText(/\d+ fel, \d+ varningar/)).toBeTruthy();
    expect(within(warnings).getByText(/B13/)).toBeTruthy();

    fireEvent.click(within(errors).getByRole('button', { name: /^B11 / }));
    await settle();
    expect(host.called('selectCell')).toEqual([['Budget', 'B11']]);

    await click('Åtgärda B11');
    const [plan, label] = host.called('apply')[0] as [{ edits: { cell: string; value: unknown }[] }[], string];
    expect(label).toBe('Åtgärda B11');
    expect(plan[0].edits).toEqual([expect.objectContaining({ cell: 'B11', value: 1000 })]);
    // Validated again after the fix: the text-number finding is gone.
    expect(screen.queryByRole('button', { name: 'Åtgärda B11' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Åtgärda B13' })).toBeTruthy();
  });

  it('shows a spinner while it works and an error a person can act on', async () => {
    const host = new FakeHost(budgetWithFindings());
    await renderPane(host);
    const release = host.hold('readBudget');
    host.failures.set('readBudget', new NoBudgetTableError('bladet "Blad1" har ingen rubrikrad med årtal'));
    fireEvent.click(screen.getByRole('button', { name: 'Validera' }));
    await settle();
    expect(screen.getByText(/Arbetar/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Validera' }) as HTMLButtonElement).disabled).toBe(true);
    release();
    await settle();
    expect(screen.queryByText(/Arbetar/)).toBeNull();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Ingen budgettabell hittades/);
    expect(alert.textContent).toMatch(/Gå till bladet med budgeten/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the budget holds together', async () => {
    const { sheetOf, validBudgetRows } = await import('../helpers/sheet');
    const host = new FakeHost(sheetOf(validBudgetRows()));
    // Stored settings are used: with no floor and a cap of everything, nothing is flagged.
    host.settings = { equity: { floor: 0, capTiers: [{ upTo: null, rate: 1 }] } };
    await renderPane(host);
    await click('Validera');
    expect(screen.getByText(/Budgeten håller ihop/)).toBeTruthy();
  });

  it('draws the first 200 findings of a group and the rest on request', async () => {
    // 250 cost rows with money in the budget year and a blank prognosis year: 250 warnings.
    const rows = validBudgetRows().slice(0, 10);
    for (let i = 0; i < 250; i++) rows.push([`Insats ${i + 1}`, 10]);
    rows.push(['SUMMA KOSTNADER', 2500, 0]);
    const host = new FakeHost(sheetOf(rows));
    await renderPane(host);
    await click('Validera');
    // The blanks are one group; its cells are drawn 200 at a time, the rest on request.
    const group = () => document.querySelector('[data-group="missing-value/blank"]') as HTMLElement;
    const cells = () => group().querySelectorAll('[data-finding-rule="missing-value"]');
    const total = group().querySelector('h3')!.textContent!.match(/\d+/g)!.map(Number).find((n) => n > 200)!;
    expect(total).toBeGreaterThanOrEqual(250);
    expect(cells()).toHaveLength(200);
    fireEvent.click(within(group()).getByRole('button', { name: new RegExp(`^Visa .*${total}`) }));
    await click(`Visa alla ${total}`);
    expect(cells()).toHaveLength(total);
  });
});
