/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { sheetOf, validBudgetRows } from '../helpers/sheet';
import { click, FakeHost, renderPane } from '../helpers/pane';

describe('Eget kapital', () => {
  it('draws closing equity against cap and floor, and lists it per year', async () => {
    const host = new FakeHost(sheetOf(validBudgetRows()));
    await renderPane(host, 'equity');
    await click('Beräkna eget kapital');
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(/2026: 910\skr \(Över taket\); 2027: 1\s320\skr \(Över taket\)/);
    expect(chart.querySelectorAll('rect[data-testid^="bar-"]')).toHaveLength(2);
    expect(chart.querySelector('[data-testid="cap-line"]')).not.toBeNull();
    expect(chart.querySelector('[data-testid="floor-line"]')).not.toBeNull();

    const table = screen.getByRole('table', { name: 'Utgående eget kapital' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1].textContent).toMatch(/2026.*500\skr.*2\s000\skr.*910\skr.*400\skr.*650\s000\skr.*Över taket/);
  });
});
