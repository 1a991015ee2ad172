import { chooseBudgetSheet, type Chosen } from '../domain/choose';
import type { Config } from '../domain/config';
import { NoBudgetTableError } from '../domain/parse';
import { toA1, type CellValue, type SheetSnapshot } from '../domain/snapshot';
import type { BudgetRead, Selection } from '../host/types';
import { columnLetter, parseRangeAddress, rectAddress, rectCols, rectRows, type Rect } from './address';
import { rowBands } from './blocks';

/** Columns the first request reads of each sheet; a wider sheet is read in row bands instead. */
const WINDOW_COLS = 52;
const MIN_WINDOW_ROWS = 20;

/** A sheet as queued in a request: its used range's extent and the data of its top window. */
interface Head {
  name: string;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  window: Excel.Range;
  protection: Excel.WorksheetProtection;
}

function queueHead(worksheet: Excel.Worksheet, name: string, windowRows: number): Head {
  // valuesOnly: a sheet formatted down to row 1 048 576 must not be read as a million rows.
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('address,rowCount,columnCount');
  // Range.getUsedRangeOrNullObject is the used part of the window and, unlike an intersection
  // with `used`, is safe to queue when the sheet is empty (no method on a null object).
  const window = worksheet.getRange(`A1:${columnLetter(WINDOW_COLS - 1)}${windowRows}`).getUsedRangeOrNullObject(true);
  window.load('address,values,formulas,numberFormat');
  const protection = worksheet.protection;
  protection.load('protected');
  return { name, worksheet, used, window, protection };
}

/** Cells of a rectangle from Excel's arrays: "" is a blank, a formula keeps its leading "=". */
function place(target: SheetSnapshot, origin: Rect, at: Rect, range: Excel.Range): void {
  for (let r = 0; r < rectRows(at); r++) {
    const row = at.top - origin.top + r;
    for (let c = 0; c < rectCols(at); c++) {
      const col = at.left - origin.left + c;
      const value = range.values[r][c] as CellValue;
      const formula = range.formulas[r][c];
      target.values[row][col] = value === '' || value === undefined ? null : value;
      // Text typed as '=x reads back as "=x" in both arrays (Excel drops the apostrophe from
      // `formulas`); a formula never shows its own text as its value, so that is text.
      target.formulas[row][col] = typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : null;
      target.numberFormats[row][col] = String(range.numberFormat[r][c] ?? 'General');
    }
  }
}

function blankSnapshot(name: string, rect: Rect | null): SheetSnapshot {
  if (!rect) return { sheetName: name, topLeft: 'A1', values: [], formulas: [], numberFormats: [] };
  const rows = rectRows(rect);
  const cols = rectCols(rect);
  const grid = <T>(v: T) => Array.from({ length: rows }, () => Array<T>(cols).fill(v));
  return { sheetName: name, topLeft: toA1(rect.top, rect.left), values: grid<CellValue>(null), formulas: grid<string | null>(null), numberFormats: grid('General') };
}

/**
 * Turns a synced head into a snapshot, reading what the window did not cover in row bands, one
 * sync per band. A normal budget sheet fits the window, so it costs no sync beyond the first.
 */
async function complete(context: Excel.RequestContext, head: Head, windowRows: number, maxCells: number): Promise<SheetSnapshot> {
  if (head.used.isNullObject) return blankSnapshot(head.name, null);
  const used = parseRangeAddress(head.used.address).rect;
  const snapshot = blankSnapshot(head.name, used);
  let rest: Rect | null = used;
  if (used.right < WINDOW_COLS) {
    if (!head.window.isNullObject) place(snapshot, used, parseRangeAddress(head.window.address).rect, head.window);
    rest = used.bottom >= windowRows ? { ...used, top: Math.max(used.top, windowRows) } : null;
  }
  if (!rest) return snapshot;
  for (const band of rowBands(rest, maxCells)) {
    const range = head.worksheet.getRange(rectAddress(band));
    range.load('values,formulas,numberFormat');
    await context.sync(); // one per band: the only sync in a loop, by design (5 MB per request)
    place(snapshot, used, band, range);
  }
  return snapshot;
}

/** True when the first request already holds the whole sheet. */
function fitsWindow(head: Head, windowRows: number): boolean {
  if (head.used.isNullObject) return true;
  const used = parseRangeAddress(head.used.address).rect;
  return used.bottom < windowRows && used.right < WINDOW_COLS;
}

function tryChoose(snapshots: SheetSnapshot[], config: Config): Chosen | null {
  if (snapshots.length === 0) return null;
  try {
    return chooseBudgetSheet(snapshots, config);
  } catch (e) {
    if (e instanceof NoBudgetTableError) return null;
    throw e;
  }
}

/**
 * Reads the budget sheet. Request 1: sheet and table names, the active cell, and the active
 * sheet's used range; if the active sheet holds a budget table that is all (one sync). Else
 * request 2 reads every other sheet's head and the first that parses is chosen. Sheet names are
 * unknown before request 1 returns, so the other sheets cannot be read in it.
 */
export async function readBudgetSheet(context: Excel.RequestContext, config: Config, maxCells: number): Promise<BudgetRead> {
  const windowRows = Math.max(MIN_WINDOW_ROWS, Math.floor(maxCells / WINDOW_COLS));
  let first: FirstRequest;
  try {
    first = await firstRequest(context, windowRows, true);
  } catch {
    // getActiveCell fails while a chart or shape is selected; read again without the selection.
    first = await firstRequest(context, windowRows, false);
  }
  const { worksheets, activeHead } = first;
  const sheetNames = worksheets.items.map((w) => w.name);
  const tableNames = first.tables.items.map((t) => t.name);
  const protectedSheets = activeHead.protection.protected ? [activeHead.name] : [];
  const selection = first.activeCell ? selectionOf(first.activeCell.address, activeHead.name) : undefined;
  const active = await complete(context, activeHead, windowRows, maxCells);
  const result = (chosen: Chosen): BudgetRead => ({
    snapshot: chosen.snapshot,
    sheetNames,
    tableNames,
    sheets: chosen.snapshot === active ? [active] : [chosen.snapshot, active],
    selection,
    protectedSheets,
  });
  const fromActive = tryChoose([active], config);
  if (fromActive) return result(fromActive);

  const others = sheetNames.filter((n) => n !== activeHead.name);
  const otherRows = Math.max(MIN_WINDOW_ROWS, Math.floor(maxCells / WINDOW_COLS / Math.max(1, others.length)));
  const heads = others.map((name) => queueHead(worksheets.getItem(name), name, otherRows));
  if (heads.length) await context.sync();
  for (const h of heads) if (h.protection.protected) protectedSheets.push(h.name);
  // Sheets that fit their window cost nothing more: try them before reading any big one.
  const snapshots = new Map<string, SheetSnapshot>();
  for (const h of heads) if (fitsWindow(h, otherRows)) snapshots.set(h.name, await complete(context, h, otherRows, maxCells));
  const ordered = () => others.flatMap((n) => (snapshots.has(n) ? [snapshots.get(n)!] : []));
  const small = tryChoose(ordered(), config);
  if (small) return result(small);
  for (const h of heads) if (!snapshots.has(h.name)) snapshots.set(h.name, await complete(context, h, otherRows, maxCells));
  const any = tryChoose(ordered(), config);
  if (any) return result(any);
  // Let the domain name what it looked at, in Swedish.
  chooseBudgetSheet([active, ...ordered()], config);
  throw new NoBudgetTableError('ingen budgettabell hittades');
}

interface FirstRequest {
  worksheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  activeHead: Head;
  activeCell: Excel.Range | null;
}

async function firstRequest(context: Excel.RequestContext, windowRows: number, withActiveCell: boolean): Promise<FirstRequest> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name');
  const tables = workbook.tables;
  tables.load('items/name');
  const activeSheet = worksheets.getActiveWorksheet();
  activeSheet.load('name');
  const activeHead = queueHead(activeSheet, '', windowRows);
  const activeCell = withActiveCell ? workbook.getActiveCell() : null;
  activeCell?.load('address');
  await context.sync();
  activeHead.name = activeSheet.name;
  return { worksheets, tables, activeHead, activeCell };
}

function selectionOf(address: string | undefined, fallbackSheet: string): Selection | undefined {
  if (!address) return undefined;
  const { sheet, rect } = parseRangeAddress(address);
  return { sheet: sheet ?? fallbackSheet, cell: toA1(rect.top, rect.left) };
}
