import { isBlank, readAmount, type Amount } from './amount';
import { blockStart, costRole, incomeRole, payerOf } from './classify';
import type { Config } from './config';
import { cleanLabel, findBudgetYear, isLabelText, mergeHeaderRows, readHeaderRow, yearProblems } from './headers';
import type { Block, BudgetRow, BudgetSheet, YearColumn } from './model';
import { cellAt, snapshotSize, type SheetSnapshot } from './snapshot';
import { assignComponents } from './components';

export class NoBudgetTableError extends Error {}

interface RawRow {
  row: number;
  label: string;
  block: Block;
  hasAmounts: boolean;
  /** A note under the table (after the cost total): only read for footnotes. */
  trailing?: boolean;
}

/** Parses a sheet into the budget model; throws NoBudgetTableError when it holds no budget table. */
export function parseBudgetSheet(snapshot: SheetSnapshot, config: Config): BudgetSheet {
  const { rows: rowCount } = snapshotSize(snapshot);
  const headerRows: { row: number; years: YearColumn[] }[] = [];
  for (let r = 0; r < rowCount; r++) {
    const years = readHeaderRow(snapshot, r);
    if (years) headerRows.push({ row: r, years });
  }
  if (headerRows.length === 0) {
    throw new NoBudgetTableError(`bladet "${snapshot.sheetName}" har ingen rubrikrad med årtal (till exempel "Budget 2026")`);
  }
  const first = headerRows[0];
  const problems: string[] = [];
  // Later header rows over the same columns belong to the same table (the cost block's own header).
  const labelCol = findLabelColumn(snapshot, first.row, first.years[0].col);
  if (labelCol === null) {
    throw new NoBudgetTableError(`bladet "${snapshot.sheetName}" har årtal men ingen kolumn med radrubriker till vänster om dem`);
  }
  // A later row of bare numbers under an item label ("Ränteintäkter 2024 2025") is an amount row,
  // not a header: only a blank label or a block label ("Kostnader") heads a row of bare years.
  const sameTable = headerRows.filter(
    (h) =>
      h.years[0].col === first.years[0].col &&
      (h === first || !isBareYears(h.years) || blockStart(cleanLabel(cellAt(snapshot, h.row, labelCol))) !== null ||
        !cleanLabel(cellAt(snapshot, h.row, labelCol))),
  );
  let years = first.years;
  for (const h of sameTable.slice(1)) years = mergeHeaderRows(years, h.years, problems);
  const yearCols = years.map((y) => y.col);
  const headerSet = new Set(sameTable.map((h) => h.row));
  const raw = collectRows(snapshot, first.row, rowCount, labelCol, yearCols, headerSet);
  const rows = classifyRows(raw, snapshot, years, config);
  if (!rows.some((r) => r.role !== 'section-header')) {
    throw new NoBudgetTableError(`bladet "${snapshot.sheetName}" har årtal men inga rader med belopp under dem`);
  }
  assignComponents(rows);
  const budgetYear = findBudgetYear(years);
  return {
    sheetName: snapshot.sheetName,
    labelCol,
    years,
    budgetYear,
    headerRows: [...headerSet],
    rows,
    byRow: new Map(rows.map((r) => [r.row, r])),
    yearProblems: [...problems, ...yearProblems(years, budgetYear)],
  };
}

function isBareYears(years: YearColumn[]): boolean {
  return years.every((y) => y.kind === 'year' && /^\d{4}$/.test(y.header));
}

/** The column left of the years holding the most text: the row labels. */
function findLabelColumn(snapshot: SheetSnapshot, headerRow: number, firstYearCol: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (let c = firstYearCol - 1; c >= 0; c--) {
    let count = 0;
    for (let r = headerRow; r < snapshot.values.length; r++) if (isLabelText(cellAt(snapshot, r, c))) count++;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/** True when any year cell of the row holds something (readAmount would not call it blank). */
function hasAnyAmount(snapshot: SheetSnapshot, row: number, yearCols: number[]): boolean {
  return yearCols.some((c) => !isBlank(cellAt(snapshot, row, c)));
}

/** Walks the rows under the first header, tracking the block; stops after the cost block's total. */
function collectRows(
  snapshot: SheetSnapshot, start: number, end: number, labelCol: number, yearCols: number[], headers: Set<number>,
): RawRow[] {
  const out: RawRow[] = [];
  let block: Block = blockStart(cleanLabel(cellAt(snapshot, start, labelCol))) ?? 'income';
  for (let r = start + 1; r < end; r++) {
    const label = cleanLabel(cellAt(snapshot, r, labelCol));
    const hasAmounts = hasAnyAmount(snapshot, r, yearCols);
    const starts = blockStart(label);
    if (headers.has(r) || (starts && !hasAmounts)) {
      block = starts ?? block;
      continue;
    }
    if (!label && !hasAmounts) continue;
    out.push({ row: r, label, block, hasAmounts });
    if (block === 'cost' && costRole(label, hasAmounts) === 'cost-total') {
      out.push(...notesBelow(snapshot, r + 1, end, labelCol, yearCols, headers));
      break;
    }
  }
  return out;
}

/** Label-only rows under the table, up to the next header: footnotes often stand there. */
function notesBelow(snapshot: SheetSnapshot, start: number, end: number, labelCol: number, yearCols: number[], headers: Set<number>): RawRow[] {
  const notes: RawRow[] = [];
  for (let r = start; r < end && !headers.has(r); r++) {
    const label = cleanLabel(cellAt(snapshot, r, labelCol));
    const hasAmounts = hasAnyAmount(snapshot, r, yearCols);
    if (label && !hasAmounts) notes.push({ row: r, label, block: 'cost', hasAmounts, trailing: true });
  }
  return notes;
}

function classifyRows(raw: RawRow[], snapshot: SheetSnapshot, years: YearColumn[], config: Config): BudgetRow[] {
  const { marker, footnotePattern, labels } = config.excludedRows;
  const footnote = new RegExp(escapeRegExp(footnotePattern), 'i');
  const isFootnote = (r: RawRow) => r.label.startsWith(marker) && footnote.test(r.label) && !r.hasAmounts;
  const footnotes = raw.filter(isFootnote);
  // A footnote inside the table speaks for its own block; one under the table for both.
  const blocksWithFootnote = new Set(footnotes.flatMap((r): Block[] => (r.trailing ? ['income', 'cost'] : [r.block])));
  const alwaysExcluded = new Set(labels.map((l) => l.toLowerCase()));
  const rows: BudgetRow[] = [];
  let section: string | undefined;
  for (const r of raw) {
    if (r.trailing || isFootnote(r)) continue;
    const bare = stripMarker(r.label, marker);
    const starred = bare !== r.label;
    let role = r.block === 'income' ? incomeRole(bare, r.hasAmounts) : costRole(bare, r.hasAmounts);
    if (role === null) continue;
    if (role !== 'section-header' && ((starred && blocksWithFootnote.has(r.block)) || alwaysExcluded.has(bare.toLowerCase()))) {
      role = 'excluded';
    }
    if (role === 'section-header') section = bare;
    const formats = snapshot.numberFormats[r.row];
    const amounts = new Map<number, Amount>();
    for (const y of years) amounts.set(y.year, readAmount(cellAt(snapshot, r.row, y.col), formats?.[y.col]));
    const row: BudgetRow = { row: r.row, label: r.label, block: r.block, role, amounts };
    if (r.block === 'cost' && section) row.section = section;
    if (role === 'contribution') row.payer = payerOf(bare);
    rows.push(row);
  }
  return rows;
}

function stripMarker(label: string, marker: string): string {
  let s = label;
  if (s.endsWith(marker)) s = s.slice(0, -marker.length);
  if (s.startsWith(marker)) s = s.slice(marker.length);
  return s.trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
