/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import type { EditPlan } from '../../src/domain/edits';
import { budgetWithBlankPrognosis, click, FakeHost, renderPane, settle } from '../helpers/pane';
import { sheetOf } from '../helpers/sheet';

describe('Fyll prognoser', () => {
  it('previews what will be filled for a horizon and methods, then fills through the host', async () => {
    const host = new FakeHost(budgetWithBlankPrognosis());
    await renderPane(host, 'forecast');
    await click('Läs in budgetbladet');

    // Default horizon 3: 2027 (blank) and two new columns.
    const horizon = screen.getByRole('spinbutton', { name: /Antal prognosår/ });
    expect((horizon as HTMLInputElement).value).toBe('3');
    expect(screen.getByRole('heading', { name: /Förhandsgranskning: \d+ celler fylls i/ })).toBeTruthy();

    fireEvent.change(horizon, { target: { value: '1' } });
    await settle();
    const table = screen.getByRole('table', { name: /Förhandsgranskning: 11 celler/ });
    const lon = within(table).getByText('C11').closest('tr')!;
    expect(lon.textContent).toMatch(/Indexuppräknat/);

    // A method per row changes the preview before anything is written.
    fireEvent.change(screen.getByRole('combobox', { name: 'Lön' }), { target: { value: 'flat' } });
    await settle();
    expect(within(table).getByText('C11').closest('tr')!.textContent).toMatch(/Oförändrat/);
    expect(within(table).getByText('C11').closest('tr')!.textContent).toMatch(/1\s000\skr/);
    expect(host.called('apply')).toHaveLength(0);

    await click('Fyll i 11 celler');
    const [plan, label] = host.called('apply')[0] as [EditPlan, string];
    expect(label).toBe('Fyll prognoser');
    expect(plan[0].edits.map((e) => e.cell)).toContain('C11');
    expect(plan[0].edits.find((e) => e.cell === 'C11')!.value).toBe(1000);
    expect(plan.some((p) => p.create && p.sheet === 'Antaganden')).toBe(true);
    // Read again after filling: nothing is left to fill.
    expect(screen.getByRole('heading', { name: 'Alla prognosceller är redan ifyllda.' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ångra: Fyll prognoser' })).toBeTruthy();
  });

  it('flags a horizon out of range and shows the engine’s reason when it cannot forecast', async () => {
    const host = new FakeHost(budgetWithBlankPrognosis());
    host.settings = { forecast: { insatsEndYears: { Projekt: 2030 } } };
    await renderPane(host, 'forecast');
    await click('Läs in budgetbladet');
    expect(screen.getByText(/ingen rad i bladet "Budget" heter "Projekt"/)).toBeTruthy();
    fireEvent.change(screen.getByRole('spinbutton', { name: /Antal prognosår/ }), { target: { value: '11' } });
    await settle();
    expect(screen.getAllByText('Ett heltal 1–10.').length).toBeGreaterThan(0);
  });

  it('honours the end year of a Beslutade insatser table on a sheet the host read', async () => {
    const budget = sheetOf([
      ['Intäkter', 'Budget 2026', 'Prognos 2027'],
      ['Försäkringskassan', 1000],
      ['Region Gotland', 1000],
      ['TOTALT', 2000],
      ['Kostnader', 'Budget 2026', 'Prognos 2027'],
      ['Utvecklingsinsatser'],
      ['Jobbvägen', 500],
      ['TOTALT Utvecklingsinsatser', 500],
      ['SUMMA KOSTNADER', 500],
    ]);
    const host = new FakeHost(budget);
    host.otherSheets = [sheetOf([['Beslutade insatser'], [], ['Insats', 'Målgrupp', 'Startår', 'Slutår'], ['Jobbvägen', null, 2025, 2026]], { name: 'Beslutade insatser' })];
    await renderPane(host, 'forecast');
    await click('Läs in budgetbladet');
    fireEvent.change(screen.getByRole('spinbutton', { name: /Antal prognosår/ }), { target: { value: '1' } });
    await settle();
    const row = within(screen.getByRole('table', { name: /Förhandsgranskning/ })).getByText('C7').closest('tr')!;
    // 0 kr after the decided end year; without the table the insats would carry its 500 kr.
    expect(row.textContent).toMatch(/Insats till slutår0\skr$/);
    expect(row.textContent).not.toMatch(/500/);
  });
});

