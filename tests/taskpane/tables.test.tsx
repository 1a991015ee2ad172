/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import type { EditPlan } from '../../src/domain/edits';
import { sheetOf, validBudgetRows } from '../helpers/sheet';
import { click, FakeHost, renderPane, settle } from '../helpers/pane';

describe('Infoga tabeller', () => {
  it('inserts the chosen tables on new sheets through buildTables and one host action', async () => {
    const host = new FakeHost(sheetOf(validBudgetRows()));
    await renderPane(host, 'tables');
    // Equity is chosen by default; add the financial goals.
    expect((screen.getByRole('checkbox', { name: 'Eget kapital' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Finansiella mål' }));
    await click('Infoga');
    const [plan, label] = host.called('apply')[0] as [EditPlan, string];
    expect(label).toBe('Infoga tabeller');
    expect(plan.map((p) => [p.sheet, p.create])).toEqual([['Eget kapital', true], ['Finansiella mål', true]]);
    expect(plan[0].tables[0].name).toMatch(/^EgetKapital/);
    const link = screen.getByRole('button', { name: /Eget kapital: Eget kapital!A\d+:[A-Z]+\d+/ });
    fireEvent.click(link);
    await settle();
    expect(host.called('selectCell')[0][0]).toBe('Eget kapital');
  });

  it('inserts at the selection, and says what to do without one', async () => {
    const host = new FakeHost(sheetOf(validBudgetRows()));
    await renderPane(host, 'tables');
    await click('Infoga'); // a first read, so the pane knows the selection
    fireEvent.click(screen.getByRole('radio', { name: 'Vid markeringen (Budget!H2)' }));
    await click('Infoga');
    const [plan] = host.called('apply')[1] as [EditPlan];
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ sheet: 'Budget', create: false });
    // The title goes at the selected cell, the table under it.
    expect(plan[0].edits.map((e) => e.cell)).toContain('H2');
    expect(plan[0].tables[0].range).toMatch(/^H\d+:/);

    host.selection = undefined;
    await click('Infoga');
    expect(screen.getByRole('alert').textContent).toMatch(/Markera cellen där tabellerna ska börja/);
    expect(host.called('apply')).toHaveLength(2);
  });

  it('will not insert nothing', async () => {
    const host = new FakeHost(sheetOf(validBudgetRows()));
    await renderPane(host, 'tables');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Eget kapital' }));
    await settle();
    expect((screen.getByRole('button', { name: 'Infoga' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Välj minst en tabell.')).toBeTruthy();
  });
});
