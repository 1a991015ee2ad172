import type { Config } from './config';
import { cleanLabel, findBudgetYear, isLabelText, kindsFromNeighbour, mergeHeaderRows, readHeaderRow, yearProblems, type HeaderRow } from './headers';
import { blockStart } from './classify';
import type { Skipped, Unit, YearColumn } from './model';
import { cellAt, snapshotA1, snapshotSize, type SheetSnapshot } from './snapshot';
import { sheetColumn } from './formulas';

export class NoBudgetTableError extends Error {}

/** Where the table is: its header row(s), label column, year columns, unit and what was left out. */
export interface TableHeader {
  first: number;
  headerRows: number[];
  labelCol: number;
  years: YearColumn[];
  budgetYear: number | null;
  problems: string[];
  unit: Unit;
  skipped: Skipped[];
}

/**
 * Finds the table's header: the first row with year columns that has a column of row labels to
 * its left (titles, the association's name, "Belopp i tkr", a date and blank rows may stand above).
 */
export function findTableHeader(snapshot: SheetSnapshot, config: Config): TableHeader {
  const { rows: rowCount } = snapshotSize(snapshot);
  const candidates: { row: number; header: HeaderRow }[] = [];
  for (let r = 0; r < rowCount; r++) {
    const header = readHeaderRow(snapshot, r);
    if (header) candidates.push({ row: r, header });
  }
  if (candidates.length === 0) {
    throw new NoBudgetTableError(`bladet "${snapshot.sheetName}" har ingen rubrikrad med årtal (till exempel "Budget 2026")`);
  }
  let found: { row: number; header: HeaderRow; labelCol: number } | null = null;
  for (const c of candidates) {
    const labelCol = findLabelColumn(snapshot, c.row, c.header.years[0].col);
    if (labelCol !== null) {
      found = { ...c, labelCol };
      break;
    }
  }
  if (!found) {
    const read = candidates.slice(0, 3).map((c) => c.header.years.map((y) => `${snapshotA1(snapshot, c.row, y.col)} "${y.header}"`).join(', '));
    throw new NoBudgetTableError(
      `bladet "${snapshot.sheetName}" har årtal men ingen kolumn med radrubriker till vänster om dem (rubrikerna som lästes: ${read.join('; ')})`,
    );
  }
  const { row: first, labelCol } = found;
  const problems: string[] = [];
  const skipped: Skipped[] = [];
  const headerRows = new Set([first]);
  let years = found.header.years;
  const kinds = kindsFromNeighbour(snapshot, first, years);
  if (kinds) {
    years = kinds.years;
    headerRows.add(kinds.row);
  }
  // Later header rows over the same columns belong to the same table (the cost block's own header).
  for (const c of candidates) {
    if (c.row <= first || c.header.years[0].col !== years[0].col) continue;
    const label = cleanLabel(cellAt(snapshot, c.row, labelCol));
    const bare = c.header.years.every((y) => y.kind === 'year' && /^\d{4}$/.test(y.header));
    // A later row of bare numbers under an item label ("Ränteintäkter 2024 2025") is an amount row.
    if (bare && label && blockStart(label) === null) continue;
    const later = kindsFromNeighbour(snapshot, c.row, c.header.years);
    if (later) headerRows.add(later.row);
    years = mergeHeaderRows(years, later?.years ?? c.header.years, problems);
    headerRows.add(c.row);
  }
  for (const c of found.header.combined) {
    skipped.push({
      what: 'column', row: first, col: c.col, text: c.header, warn: true,
      reason: `kolumnen har två år i samma cell (${c.year} och ${c.year + 1}); beloppen där kontrolleras inte. Dela upp den i en kolumn per år`,
    });
  }
  years = dropColumns(snapshot, first, years, config, skipped);
  years = titleBudgetYear(snapshot, first, years);
  const budgetYear = findBudgetYear(years);
  const cellsRead = budgetYear === null ? years.map((y) => `${snapshotA1(snapshot, first, y.col)} "${y.header}"`).join(', ') : '';
  problems.push(...yearProblems(years, budgetYear, cellsRead));
  return { first, headerRows: [...headerRows], labelCol, years, budgetYear, problems, unit: readUnit(snapshot, first, years, config), skipped };
}

/** The column left of the years holding the most labels with letters (not account numbers); null if none. */
function findLabelColumn(snapshot: SheetSnapshot, headerRow: number, firstYearCol: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  const end = Math.min(snapshot.values.length, headerRow + 400);
  for (let c = firstYearCol - 1; c >= 0; c--) {
    let count = 0;
    for (let r = headerRow + 1; r < end; r++) {
      const v = cellAt(snapshot, r, c);
      if (isLabelText(v) && /[a-zåäö]/i.test(v as string)) count++;
    }
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Columns left out: those the configuration names (a letter or the header's text), and of two
 * columns for the same year with different kinds (Utfall 2025, Prognos 2025) the earlier one.
 */
function dropColumns(snapshot: SheetSnapshot, row: number, years: YearColumn[], config: Config, skipped: Skipped[]): YearColumn[] {
  const ignore = new Set(config.structure.ignoreColumns.map((s) => s.trim().toLowerCase()));
  const kept = years.filter((y) => {
    const named = ignore.has(sheetColumn(snapshot, y.col).toLowerCase()) || ignore.has(y.header.toLowerCase());
    if (named) skipped.push({ what: 'column', row, col: y.col, text: y.header, reason: 'utelämnad enligt konfigurationen (structure.ignoreColumns)' });
    return !named;
  });
  return kept.filter((y, i) => {
    const later = kept.slice(i + 1).find((o) => o.year === y.year && o.kind !== y.kind);
    if (!later) return true;
    skipped.push({ what: 'column', row, col: y.col, text: y.header, reason: `året ${y.year} har också kolumnen "${later.header}", som används` });
    return false;
  });
}

/** Bare years only, and a title above the table naming the budget year ("Budget 2026"): that year is the budget. */
function titleBudgetYear(snapshot: SheetSnapshot, first: number, years: YearColumn[]): YearColumn[] {
  if (!years.every((y) => y.kind === 'year')) return years;
  for (let r = 0; r < first; r++) {
    for (const v of snapshot.values[r] ?? []) {
      const m = typeof v === 'string' ? /budget(?:plan)?\s+(?:för\s+)?(?:år\s+)?(\d{4})\b/i.exec(cleanLabel(v)) : null;
      const year = m ? Number(m[1]) : NaN;
      if (!years.some((y) => y.year === year)) continue;
      return years.map((y) => ({ ...y, kind: y.year === year ? 'budget' : y.year > year ? 'prognosis' : 'year' }));
    }
  }
  return years;
}

/** "tkr" in a header or a note above the table ("Belopp i tkr"): amounts are thousands. */
function readUnit(snapshot: SheetSnapshot, first: number, years: YearColumn[], config: Config): Unit {
  if (config.unit) return { name: config.unit, scale: config.unit === 'tkr' ? 1000 : 1, source: 'konfigurationen (unit)' };
  const headerTkr = years.find((y) => /\btkr\b|tusen(tal)? kronor/i.test(y.header));
  if (headerTkr) return { name: 'tkr', scale: 1000, source: `rubriken "${headerTkr.header}"` };
  for (let r = 0; r <= first; r++) {
    const cells = snapshot.values[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v === 'string' && /\btkr\b|tusen(tal)? kronor/i.test(v)) {
        return { name: 'tkr', scale: 1000, source: `cellen ${snapshotA1(snapshot, r, c)} "${cleanLabel(v)}"` };
      }
    }
  }
  return { name: 'kr', scale: 1, source: 'standard (ingen uppgift om tkr)' };
}
