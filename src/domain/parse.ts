import { isBlank, readAmount, type Amount } from './amount';
import { blockStart, costRole, equityRole, incomeRole, isIncomeBlockTotal, payerOf } from './classify';
import type { Config } from './config';
import { cleanLabel } from './headers';
import type { Block, BudgetRow, BudgetSheet, EquityConvention, Payer, RowRole, Skipped, YearColumn } from './model';
import { cellAt, snapshotSize, type SheetSnapshot } from './snapshot';
import { inferStructure } from './structure';
import { findTableHeader, NoBudgetTableError } from './table-header';

export { NoBudgetTableError };

interface RawRow {
  row: number;
  label: string;
  block: Block;
  hasAmounts: boolean;
  /** A note under the table (after the cost total): only read for footnotes. */
  trailing?: boolean;
  /** A row after the cost total: only the result and equity rows count there. */
  tail?: boolean;
}

/** Parses a sheet into the budget model; throws NoBudgetTableError when it holds no budget table. */
export function parseBudgetSheet(snapshot: SheetSnapshot, config: Config, previous?: BudgetSheet): BudgetSheet {
  const { rows: rowCount } = snapshotSize(snapshot);
  const header = findTableHeader(snapshot, config);
  const { labelCol, years, skipped } = header;
  const yearCols = years.map((y) => y.col);
  const headerSet = new Set(header.headerRows);
  const raw = collectRows(snapshot, header.first, rowCount, labelCol, yearCols, headerSet, skipped);
  const rows = classifyRows(raw, snapshot, years, config, skipped);
  // Read again after an edit: the rows keep the roles they had (a cost total found by arithmetic).
  for (const row of previous ? rows : []) {
    const before = previous!.byRow.get(row.row);
    if (before && before.label === row.label) row.role = before.role;
  }
  if (!rows.some((r) => r.role !== 'section-header')) {
    throw new NoBudgetTableError(`bladet "${snapshot.sheetName}" har årtal men inga rader med belopp under dem`);
  }
  const below = new Set(inferStructure({ snapshot, rows, years, config, previous }));
  for (const r of below) {
    skipped.push({ what: 'row', row: r.row, col: labelCol, text: r.label, reason: 'rad under kostnadstotalen som varken är årets resultat eller eget kapital' });
  }
  if (below.size) rows.splice(0, rows.length, ...rows.filter((r) => !below.has(r)));
  return {
    sheetName: snapshot.sheetName,
    labelCol,
    years,
    budgetYear: header.budgetYear,
    headerRows: header.headerRows,
    rows,
    byRow: new Map(rows.map((r) => [r.row, r])),
    yearProblems: header.problems,
    unit: header.unit,
    convention: conventionOf(rows),
    skipped,
  };
}

/** The result convention when the sheet has a result or closing-equity row, or opening equity outside the income total. */
function conventionOf(rows: BudgetRow[]): EquityConvention {
  const inIncome = new Set(rows.filter((r) => r.role === 'income-total').flatMap((r) => r.components ?? []));
  const opening = rows.find((r) => r.role === 'opening-equity');
  if (opening && inIncome.has(opening.row)) return 'income-includes-equity';
  if (rows.some((r) => r.role === 'result' || r.role === 'closing-equity') || opening) return 'result';
  return 'income-includes-equity';
}

/** True when any year cell of the row holds something (readAmount would not call it blank). */
function hasAnyAmount(snapshot: SheetSnapshot, row: number, yearCols: number[]): boolean {
  return yearCols.some((c) => !isBlank(cellAt(snapshot, row, c)));
}

/** Walks the rows under the header, tracking the block; after the cost total only result and equity rows. */
function collectRows(
  snapshot: SheetSnapshot, start: number, end: number, labelCol: number, yearCols: number[], headers: Set<number>, skipped: Skipped[],
): RawRow[] {
  const out: RawRow[] = [];
  let block: Block = blockStart(cleanLabel(cellAt(snapshot, start, labelCol))) ?? 'income';
  let incomeClosed = false;
  let afterCostTotal = false;
  for (let r = start + 1; r < end; r++) {
    const label = cleanLabel(cellAt(snapshot, r, labelCol));
    const hasAmounts = hasAnyAmount(snapshot, r, yearCols);
    const starts = blockStart(label);
    if (headers.has(r) || (starts && !hasAmounts)) {
      if (afterCostTotal && !headers.has(r)) break;
      block = starts ?? block;
      continue;
    }
    if (!label && !hasAmounts) continue;
    if (afterCostTotal) {
      if (hasAmounts && equityRole(label)) out.push({ row: r, label, block: 'cost', hasAmounts, tail: true });
      else if (hasAmounts) skipped.push({ what: 'row', row: r, col: labelCol, text: label, reason: 'rad under kostnadstotalen som varken är årets resultat eller eget kapital' });
      else out.push({ row: r, label, block: 'cost', hasAmounts, trailing: true });
      continue;
    }
    // Costs right under the income total, with no "Kostnader" label between: the cost block.
    if (block === 'income' && incomeClosed && hasAmounts && incomeRole(label, true) === 'other-income') block = 'cost';
    out.push({ row: r, label, block, hasAmounts });
    if (block === 'income' && incomeRole(label, hasAmounts) === 'income-total' && isIncomeBlockTotal(label)) incomeClosed = true;
    if (block === 'cost' && costRole(label, hasAmounts) === 'cost-total') afterCostTotal = true;
  }
  return out;
}

function classifyRows(raw: RawRow[], snapshot: SheetSnapshot, years: YearColumn[], config: Config, skipped: Skipped[]): BudgetRow[] {
  const { marker, footnotePattern, labels } = config.excludedRows;
  const footnote = new RegExp(escapeRegExp(footnotePattern), 'i');
  const isFootnote = (r: RawRow) => r.label.startsWith(marker) && footnote.test(r.label) && !r.hasAmounts;
  const footnotes = raw.filter(isFootnote);
  // A footnote inside the table speaks for its own block; one under the table for both.
  const blocksWithFootnote = new Set(footnotes.flatMap((r): Block[] => (r.trailing ? ['income', 'cost'] : [r.block])));
  const alwaysExcluded = new Set(labels.map((l) => l.toLowerCase()));
  const members = new Map(Object.entries(config.members).map(([k, v]) => [k.toLowerCase(), v]));
  const rows: BudgetRow[] = [];
  let section: string | undefined;
  for (const r of raw) {
    if (r.trailing || isFootnote(r)) continue;
    const bare = stripMarker(r.label, marker);
    const starred = bare !== r.label;
    let role: RowRole | null = r.tail ? equityRole(bare) : r.block === 'income' ? incomeRole(bare, r.hasAmounts) : costRole(bare, r.hasAmounts);
    const member = members.get(bare.toLowerCase());
    if (member && r.block === 'income' && r.hasAmounts) role = member === 'none' ? 'other-income' : 'contribution';
    if (role === null) {
      if (r.hasAmounts) skipped.push({ what: 'row', row: r.row, col: -1, text: r.label, reason: 'raden kunde inte läsas' });
      continue;
    }
    if (role !== 'section-header' && ((starred && blocksWithFootnote.has(r.block)) || alwaysExcluded.has(bare.toLowerCase()))) {
      role = 'excluded';
    }
    if (role === 'section-header') section = bare;
    const formats = snapshot.numberFormats[r.row];
    const amounts = new Map<number, Amount>();
    for (const y of years) amounts.set(y.year, readAmount(cellAt(snapshot, r.row, y.col), formats?.[y.col]));
    const row: BudgetRow = { row: r.row, label: r.label, block: r.block, role, amounts };
    if (r.block === 'cost' && section) row.section = section;
    if (role === 'contribution') row.payer = member && member !== 'none' ? (member as Payer) : payerOf(bare);
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
