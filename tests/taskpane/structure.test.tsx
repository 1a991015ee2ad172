/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { budgetWithFindings, click, FakeHost, renderPane } from '../helpers/pane';

describe('Så läste verktyget bladet', () => {
  it('shows the header, each total with the rows it covers and how that was decided, members and the equity convention', async () => {
    const host = new FakeHost(budgetWithFindings());
    await renderPane(host);
    await click('Visa hur bladet lästes');
    expect(host.called('readBudget')).toHaveLength(1);
    const section = screen.getByRole('region', { name: 'Så läste verktyget bladet' });
    expect(within(section).getByText(/rubrikrad 1, 9, radrubriker i kolumn A, budgetår 2026/)).toBeTruthy();
    const totals = within(section).getByRole('table', { name: 'Summor och vilka rader de omfattar' });
    const rows = within(totals).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toContain('4Summa samverkansmedel2, 3formel: formeln i summacellen anger raderna');
    // Summa administration 2026 is typed: read from its labels and its sum.
    expect(rows.find((r) => r?.startsWith('13Summa administration'))).toMatch(/11, 12/);
    expect(within(section).getByText(/Försäkringskassan \(staten \(Försäkringskassan\)\), Region Gotland \(regionen\)/)).toBeTruthy();
    expect(within(section).getByText(/intäkterna totalt innehåller ingående eget kapital/)).toBeTruthy();
  });
});
