import { act, fireEvent, render, screen } from '@testing-library/react';
import type { SheetSnapshot } from '../../src/domain/snapshot';
import { App } from '../../src/taskpane/App';
import { FakeHost } from './fake-host';
import { sheetOf, validBudgetRows, type TestCell } from './sheet';

// jsdom has no ResizeObserver; Fluent's MessageBar watches its own width with one.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoResizeObserver;

/** The budget of the host tests: a cost stored as text (B11) and a typed total (B13). */
export function budgetWithFindings(): SheetSnapshot {
  const rows = validBudgetRows();
  rows[10] = ['Lön', '1 000 kr', 1000];
  rows[12] = ['Summa administration', 1100, { f: '=SUM(C11:C12)', v: 1100 }];
  return sheetOf(rows);
}

/** A budget whose prognosis year 2027 is blank: something for the forecast to fill. */
export function budgetWithBlankPrognosis(): SheetSnapshot {
  const rows: TestCell[][] = validBudgetRows().map((r) => (r.length > 2 && typeof r[2] !== 'string' ? [r[0], r[1]] : r));
  return sheetOf(rows);
}

export async function renderPane(host: FakeHost, tab?: 'validate' | 'forecast' | 'equity' | 'tables' | 'settings') {
  const view = render(<App host={host} initialTab={tab} />);
  await settle();
  return view;
}

/** Lets pending promises (the host's) resolve inside act, as React wants. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

export async function click(name: string | RegExp): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name }));
  await settle();
}

export { FakeHost };
