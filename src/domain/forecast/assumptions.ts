import type { Config } from '../config';
import type { CellEdit, SheetPlan } from '../edits';
import { formatKronor } from '../format';
import type { BudgetSheet } from '../model';
import type { FilledCell } from './forecast';
import { formatPercent } from './methods/indexed';

/** "Antaganden", or "Antaganden (2)" when the workbook has one already. */
export function uniqueSheetName(base: string, existing: string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function text(cell: string, value: string, bold = false): CellEdit {
  return { cell, value, ...(bold ? { bold } : {}), reason: 'antaganden för prognosen' };
}

/**
 * The assumptions behind the filled cells, on a sheet of their own. B3 holds the index rate
 * that the indexed formulas refer to, so changing it there changes the prognosis.
 */
export function assumptionsSheet(name: string, sheet: BudgetSheet, config: Config, filled: FilledCell[], horizon: number): SheetPlan {
  const f = config.forecast;
  const edits: CellEdit[] = [
    text('A1', `Antaganden för prognosen i bladet "${sheet.sheetName}"`, true),
    text('A2', `Budgetår ${sheet.budgetYear}; prognos ${horizon} år framåt. Ifyllda celler är gulmarkerade och har en anteckning.`),
    text('A3', 'Indexuppräkning per år (personal och administration)'),
    { cell: 'B3', value: f.indexRate, numberFormat: '0.0%', reason: 'indexuppräkning som formlerna hänvisar till' },
    text('A5', 'Cell', true),
    text('B5', 'Rad', true),
    text('C5', 'År', true),
    text('D5', 'Metod', true),
    text('E5', 'Antagande', true),
    text('F5', 'Belopp', true),
  ];
  filled.forEach((c, i) => {
    const r = 6 + i;
    edits.push(
      text(`A${r}`, c.cell),
      text(`B${r}`, c.row),
      { cell: `C${r}`, value: c.year, reason: 'antaganden för prognosen' },
      text(`D${r}`, c.method),
      text(`E${r}`, c.assumption),
      { cell: `F${r}`, value: c.value, numberFormat: '#,##0 "kr"', reason: 'antaganden för prognosen' },
    );
  });
  let r = 7 + filled.length;
  for (const [label, years] of Object.entries(f.announced)) {
    const list = Object.entries(years).map(([y, v]) => `${y}: ${formatKronor(v)}`).join(', ');
    edits.push(text(`A${r++}`, `Aviserade belopp för ${label}: ${list}`));
  }
  for (const [label, end] of Object.entries(f.insatsEndYears)) {
    edits.push(text(`A${r++}`, `${label} är beslutad till och med ${end}.`));
  }
  edits.push(text(`A${r}`, `Indexuppräkningen ${formatPercent(f.indexRate)} gäller raderna med metoden "indexed".`));
  return { sheet: name, create: true, edits, tables: [], columnWidths: { A: 14, B: 40, C: 8, D: 14, E: 60, F: 16 } };
}
