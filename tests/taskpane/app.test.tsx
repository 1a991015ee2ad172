/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { HostError } from '../../src/host/types';
import { budgetWithBlankPrognosis, budgetWithFindings, click, FakeHost, renderPane, settle } from '../helpers/pane';

describe('the pane', () => {
  it('undoes the last action through the host and validates the restored sheet', async () => {
    const host = new FakeHost(budgetWithFindings());
    await renderPane(host);
    const undo = () => screen.getByRole('button', { name: /^Ångra/ }) as HTMLButtonElement;
    expect(undo().disabled).toBe(true);
    await click('Validera');
    await click('Åtgärda B11');
    expect(undo().textContent).toBe('Ångra: Åtgärda B11');
    await click('Ångra: Åtgärda B11');
    expect(host.called('undo')).toHaveLength(1);
    expect(screen.getByText('"Åtgärda B11" är ångrat.')).toBeTruthy();
    expect(undo().disabled).toBe(true);
  });

  it('reports a protected sheet with what to do', async () => {
    const host = new FakeHost(budgetWithFindings());
    host.protectedSheets = ['Budget'];
    await renderPane(host);
    await click('Validera');
    expect(screen.getByText(/Bladet "Budget" är skyddat: kontrollen fungerar/)).toBeTruthy();
    host.failures.set('apply', new HostError('protected', 'Bladet "Budget" är skyddat, så inget kan skrivas där.', 'Budget'));
    await click('Åtgärda B11');
    expect(screen.getByRole('alert').textContent).toMatch(/Ta bort bladskyddet \(Granska > Ta bort skydd\)/);
  });

  it('speaks English when Office does, and every tab is reachable by keyboard', async () => {
    const host = new FakeHost(budgetWithFindings(), 'en-US');
    await renderPane(host);
    for (const name of ['Check', 'Fill forecast', 'Equity', 'Insert tables', 'Settings']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.getAllByRole('tab')).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    await settle();
    expect(screen.getByRole('tabpanel', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Equity floor/ })).toBeTruthy();
    for (const tab of screen.getAllByRole('tab')) expect(tab.tagName).toBe('BUTTON');
  });

  it('draws only the open tab, and a tab keeps its choices when it is opened again', async () => {
    const host = new FakeHost(budgetWithBlankPrognosis());
    await renderPane(host, 'forecast');
    await click('Läs in budgetbladet');
    fireEvent.change(screen.getByRole('spinbutton', { name: /Antal prognosår/ }), { target: { value: '1' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Lön' }), { target: { value: 'flat' } });
    await settle();
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);

    // Another tab: the forecast's form and preview are not in the DOM (nor computed).
    fireEvent.click(screen.getByRole('tab', { name: 'Eget kapital' }));
    await settle();
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    expect(screen.queryByRole('combobox', { name: 'Lön' })).toBeNull();
    expect(screen.queryByRole('table', { name: /Förhandsgranskning/ })).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Fyll prognoser' }));
    await settle();
    expect((screen.getByRole('spinbutton', { name: /Antal prognosår/ }) as HTMLInputElement).value).toBe('1');
    expect((screen.getByRole('combobox', { name: 'Lön' }) as HTMLSelectElement).value).toBe('flat');
    expect(within(screen.getByRole('table', { name: /Förhandsgranskning: 11 celler/ })).getByText('C11').closest('tr')!.textContent).toMatch(/Oförändrat/);
  });
});
