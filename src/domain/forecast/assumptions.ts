import type { Config } from '../config';
import type { CellEdit, SheetPlan } from '../edits';
import { formatKronor } from '../format';
import { quoteSheetName } from '../formulas';
import type { BudgetSheet } from '../model';
import { pageSetupFor, planWidths } from '../print';
import { parseA1 } from '../snapshot';
import type { FilledCell } from './forecast';
import { methods } from './methods';
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

const REASON = 'antaganden för prognosen';
const KRONOR = '#,##0 "kr"';
const HEADERS = ['Cell', 'Rad', 'År', 'Metod', 'Antagande', 'Belopp'];
const COLUMNS = ['A', 'B', 'C', 'D', 'E', 'F'];
/** Excel's widest column is 255 characters; a plan's labels never come near, but a cap keeps print sane. */
const MAX_WIDTH = 120;

function text(cell: string, value: string, bold = false): CellEdit {
  return { cell, value, ...(bold ? { bold } : {}), reason: REASON };
}

/** The filled cells in the sheet's order: by row, then by column (not the order they were computed). */
export function inSheetOrder(filled: FilledCell[]): FilledCell[] {
  return filled
    .map((f) => ({ f, pos: parseA1(f.cell) }))
    .sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col)
    .map((x) => x.f);
}

/**
 * Each column as wide as its longest entry, so no label is cut. Only the table's columns count:
 * the title lines and notes run on into empty cells to their right, as text does in Excel.
 */
function fittedWidths(rows: string[][]): Record<string, number> {
  const widths: Record<string, number> = {};
  COLUMNS.forEach((col, i) => {
    const longest = Math.max(...rows.map((r) => (r[i] ?? '').length));
    widths[col] = Math.min(MAX_WIDTH, Math.max(6, Math.ceil(longest * 1.1) + 2));
  });
  return widths;
}

/**
 * The assumptions behind the filled cells, on a sheet of their own. B3 holds the index rate
 * that the indexed formulas refer to; each amount is a formula on its filled cell, so changing
 * B3 (or anything else the cell depends on) changes the amount here too.
 */
export function assumptionsSheet(name: string, sheet: BudgetSheet, config: Config, filled: FilledCell[], horizon: number): SheetPlan {
  const f = config.forecast;
  const indexLabel = 'Index per år';
  const edits: CellEdit[] = [
    text('A1', `Antaganden för prognosen i bladet "${sheet.sheetName}"`, true),
    text('A2', `Budgetår ${sheet.budgetYear}; prognos ${horizon} år framåt. Ifyllda celler är gulmarkerade och har en anteckning.`),
    text('A3', indexLabel),
    { cell: 'B3', value: f.indexRate, numberFormat: '0.0%', reason: 'indexuppräkning som formlerna hänvisar till' },
    text('C3', `uppräkning per år av personal och administration (metoden ${methods.indexed.name}); ändra B3 så räknas prognosen om`),
    ...HEADERS.map((h, i) => text(`${COLUMNS[i]}5`, h, true)),
  ];
  const source = quoteSheetName(sheet.sheetName);
  const ordered = inSheetOrder(filled);
  const widthRows: string[][] = [[indexLabel, '100,0 %'], HEADERS];
  ordered.forEach((c, i) => {
    const r = 6 + i;
    edits.push(
      text(`A${r}`, c.cell),
      text(`B${r}`, c.row),
      { cell: `C${r}`, value: c.year, reason: REASON },
      text(`D${r}`, c.methodName),
      text(`E${r}`, c.assumption),
      { cell: `F${r}`, value: c.value, formula: `=${source}!${c.cell}`, numberFormat: KRONOR, reason: REASON },
    );
    widthRows.push([c.cell, c.row, String(c.year), c.methodName, c.assumption, formatKronor(c.value)]);
  });
  let r = 7 + filled.length;
  for (const [label, years] of Object.entries(f.announced)) {
    const list = Object.entries(years).map(([y, v]) => `${y}: ${formatKronor(v)}`).join(', ');
    edits.push(text(`A${r++}`, `Aviserade belopp för ${label}: ${list}`));
  }
  for (const [label, end] of Object.entries(f.insatsEndYears)) {
    edits.push(text(`A${r++}`, `${label} är beslutad till och med ${end}.`));
  }
  edits.push(text(`A${r}`, `Indexuppräkningen ${formatPercent(f.indexRate)} gäller raderna med metoden "${methods.indexed.name}".`));
  const columnWidths = fittedWidths(widthRows);
  // The header row (5) repeats on every page; the table decides portrait or landscape.
  return { sheet: name, create: true, edits, tables: [], columnWidths, pageSetup: pageSetupFor(planWidths(columnWidths, []), 5) };
}
