/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import type { Config } from '../../src/domain/config';
import { sheetOf, validBudgetRows } from '../helpers/sheet';
import { click, FakeHost, renderPane, settle } from '../helpers/pane';

const input = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('Inställningar', () => {
  it('shows the stored configuration, refuses a bad field by name, and saves a good one', async () => {
    const host = new FakeHost(sheetOf(validBudgetRows()));
    host.settings = { tolerance: 5 };
    await renderPane(host, 'settings');
    expect(input(/Tolerans/).value).toBe('5');
    expect(input(/Golv för eget kapital/).value).toBe('650000');

    fireEvent.change(input(/Golv för eget kapital/), { target: { value: 'sexhundra' } });
    fireEvent.change(input(/Nivå 1: andel/), { target: { value: '1,5' } });
    await click('Spara inställningar');
    // The summary bar lists every problem; each field shows its own too.
    const alert = { textContent: screen.getAllByRole('alert').map((a) => a.textContent).join(' ') };
    expect(alert.textContent).toMatch(/fältet "equity\.floor": ska vara ett tal/);
    expect(alert.textContent).toMatch(/fältet "equity\.capTiers\.0\.rate": får vara högst 1/);
    expect(input(/Golv för eget kapital/).getAttribute('aria-invalid')).toBe('true');
    expect(host.called('saveSettings')).toHaveLength(0);

    fireEvent.change(input(/Golv för eget kapital/), { target: { value: '700 000' } });
    fireEvent.change(input(/Nivå 1: andel/), { target: { value: '0,25' } });
    fireEvent.change(input(/Insatsers slutår/), { target: { value: 'Lön = 2028' } });
    await click('Spara inställningar');
    const [saved] = host.called('saveSettings')[0] as [Config];
    expect(saved.equity.floor).toBe(700000);
    expect(saved.equity.capTiers[0].rate).toBe(0.25);
    expect(saved.tolerance).toBe(5);
    expect(saved.forecast.insatsEndYears).toEqual({ Lön: 2028 });
    expect(screen.getByText('Inställningarna är sparade i arbetsboken.')).toBeTruthy();
  });

  it('adds and removes cap tiers, and warns about an invalid stored configuration', async () => {
    const host = new FakeHost(sheetOf(validBudgetRows()));
    host.settings = { equity: { floor: -1 } };
    await renderPane(host, 'settings');
    expect(screen.getByText(/Den sparade konfigurationen är ogiltig.*equity\.floor/)).toBeTruthy();
    expect(screen.getAllByRole('textbox', { name: /andel/ })).toHaveLength(3);
    await click('Ta bort nivå 3');
    expect(screen.getAllByRole('textbox', { name: /andel/ })).toHaveLength(2);
    await click('Lägg till nivå');
    expect(screen.getAllByRole('textbox', { name: /andel/ })).toHaveLength(3);
    await settle();
  });

  it('says the settings last for the session where the host cannot keep them in the file', async () => {
    const host = new FakeHost(sheetOf(validBudgetRows()));
    host.settingsTravelWithFile = false;
    await renderPane(host, 'settings');
    expect(screen.getByText(/Gäller under den här sessionen/)).toBeTruthy();
    expect(screen.queryByText(/Sparas i arbetsboken/)).toBeNull();
    await click('Spara inställningar');
    expect(screen.getByText('Inställningarna gäller nu, under den här sessionen.')).toBeTruthy();
  });
});
