/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { budgetWithFindings, click, FakeHost, renderPane } from '../helpers/pane';

describe('findings in an English Office', () => {
  it('are written in English from the same message ids, with English number labels and formulas as English Excel shows them', async () => {
    const rows = budgetWithFindings();
    const host = new FakeHost(rows, 'en-US');
    await renderPane(host);
    await click('Check');
    expect(screen.getByText(/: 1 errors, \d+ warnings$/)).toBeTruthy();
    const b11 = document.querySelector('li[data-finding-rule="text-number"][data-finding-cell="B11"]') as HTMLElement;
    expect(within(b11).getByRole('button', { name: /^B11 Lön 2026: "1 000 kr" is text, not a number, and SUM skips it\./ })).toBeTruthy();
    expect(within(b11).getByText('The number')).toBeTruthy();
    const b13 = document.querySelector('li[data-finding-rule="hardcoded-total"][data-finding-cell="B13"]') as HTMLElement;
    expect(b13.textContent).toMatch(/Summa administration 2026 is a typed number, not a formula/);
    expect(within(b13).getByText('=SUM(B11:B12)')).toBeTruthy();
    // SUM skips the text in B11 today, so the formula would give 100 kr: a suggestion, not a fix.
    expect(within(b13).queryByRole('button', { name: 'Fix B13' })).toBeNull();
    await click('Suggested change in B13');
    const confirm = within(b13).getByRole('group', { name: 'Change the value in B13?' });
    expect(confirm.textContent).toContain('Replace 1\u00a0100\u00a0kr with =SUM(B11:B12) = 100\u00a0kr; equity 2026 changes by +1\u00a0000\u00a0kr');
    expect(within(b13).getByRole('button', { name: 'About the rule Total typed as a number' })).toBeTruthy();
  });

  it('in Swedish the same formula reads as Swedish Excel shows it', async () => {
    const host = new FakeHost(budgetWithFindings());
    await renderPane(host);
    await click('Validera');
    await click('Åtgärda B11'); // the text becomes the number; now the formula gives the typed 1 100 kr
    const b13 = document.querySelector('li[data-finding-rule="hardcoded-total"][data-finding-cell="B13"]') as HTMLElement;
    expect(within(b13).getByText('=SUMMA(B11:B12)')).toBeTruthy();
    expect(within(b13).getByRole('button', { name: 'Åtgärda B13' }).getAttribute('title')).toBe('Ersätt 1\u00a0100\u00a0kr med =SUMMA(B11:B12) (samma värde)');
  });
});
