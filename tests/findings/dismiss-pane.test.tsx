/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ExcelHost, SETTINGS_KEY } from '../../src/excel/excel-host';
import { App } from '../../src/taskpane/App';
import { FakeExcel } from '../helpers/fake-excel';
import { settle } from '../helpers/pane';
import { validBudgetRows } from '../helpers/sheet';

(globalThis as Record<string, unknown>).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** A cost stored as text (B11, an error) and a typed administration total (B13). */
function rows() {
  const r = validBudgetRows();
  r[10] = ['Lön', '1 000 kr', 1000];
  r[12] = ['Summa administration', 1100, { f: '=SUM(C11:C12)', v: 1100 }];
  return r;
}

async function open(excel: FakeExcel): Promise<void> {
  cleanup();
  const host = new ExcelHost({ run: excel.run, displayLanguage: 'sv-SE', isSetSupported: () => true });
  await act(async () => void render(<App host={host} />));
  await settle();
  await press('Validera');
}

async function press(name: string | RegExp, scope: HTMLElement = document.body): Promise<void> {
  fireEvent.click(within(scope).getByRole('button', { name }));
  for (let i = 0; i < 5; i++) await settle();
}

const cells = () => [...document.querySelectorAll('li[data-finding-cell]')].map((li) => `${li.getAttribute('data-finding-rule')} ${li.getAttribute('data-finding-cell')}`);

afterEach(cleanup);

describe('dismissing a finding', () => {
  it('is stored in the workbook, survives a reload, shows as a count, and comes back when taken back in Inställningar', async () => {
    const excel = new FakeExcel([{ name: 'Budget', rows: rows() }]);
    await open(excel);
    expect(cells()).toContain('text-number B11');
    expect(screen.getByText(/: 1 fel, \d+ varningar$/)).toBeTruthy();

    const b11 = document.querySelector('li[data-finding-rule="text-number"][data-finding-cell="B11"]') as HTMLElement;
    await press('Ignorera B11', b11);
    fireEvent.change(within(b11).getByRole('textbox', { name: 'Skäl (valfritt)' }), { target: { value: 'Rättas i nästa version' } });
    await press('Ignorera cellen', b11);
    expect(cells()).not.toContain('text-number B11');
    expect(screen.getByText(/: 0 fel, \d+ varningar · 1 ignorerad$/)).toBeTruthy();
    expect(JSON.parse(excel.state.settings.get(SETTINGS_KEY) as string).dismissed).toEqual({
      findings: [{ rule: 'text-number', sheet: 'Budget', cell: 'B11', reason: 'Rättas i nästa version' }],
      rules: [],
    });

    // Close and open the workbook again: a new host, the same document settings.
    await open(excel);
    expect(cells()).not.toContain('text-number B11');
    expect(screen.getByText(/· 1 ignorerad$/)).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Inställningar' }));
    await settle();
    expect(screen.getByText('Rättas i nästa version')).toBeTruthy();
    await press('Ta tillbaka Budget!B11: Tal lagrat som text');
    expect(screen.getByText('Inget är ignorerat.')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Validera' }));
    await settle();
    expect(cells()).toContain('text-number B11');
    expect(JSON.parse(excel.state.settings.get(SETTINGS_KEY) as string).dismissed.findings).toEqual([]);
  });

  it('a whole rule can be set aside from its finding, and taken back', async () => {
    const excel = new FakeExcel([{ name: 'Budget', rows: rows() }]);
    await open(excel);
    const b13 = document.querySelector('li[data-finding-rule="hardcoded-total"][data-finding-cell="B13"]') as HTMLElement;
    await press('Ignorera B13', b13);
    await press('Ignorera regeln "Summa inskriven som tal"', b13);
    expect(cells().some((c) => c.startsWith('hardcoded-total'))).toBe(false);
    fireEvent.click(screen.getByRole('tab', { name: 'Inställningar' }));
    await settle();
    await press('Ta tillbaka hela regeln "Summa inskriven som tal"');
    fireEvent.click(screen.getByRole('tab', { name: 'Validera' }));
    await settle();
    expect(cells()).toContain('hardcoded-total B13');
  });
});
