import { toA1 } from '../domain/snapshot';
import { HostError } from '../host/types';
import { BYTES_PER_COMMAND, BYTES_PER_STYLED_CELL_PROBE, jsonBytes, MAX_REQUEST_BYTES, PROPS_BYTES_PER_CELL, READ_BYTES_PER_CELL, RequestBudget } from './budget';
import { parseRangeAddress, rectCols, rectRows, type Rect } from './address';
import type { CellStyle, FormulaInput } from './prepare';
import { STYLE_PROPERTIES, styleFromProperties, stylesToProperties, type StyleBefore } from './styles';
import { keptMessage, keptSheetMessage, keptTableMessage, sameFormat, stillWritten } from './undo-check';

type Grid<T> = (T | null)[][];

/** One written rectangle: what the action wrote there, and what the cells held before. */
export interface UndoBlock {
  sheet: string;
  address: string;
  wrote: { formulas: Grid<FormulaInput> | null; numberFormat: Grid<string> | null; style: Grid<CellStyle> | null };
  /** Null on a sheet the action added (deleting the sheet undoes it). */
  before: { formulas: Grid<FormulaInput> | null; numberFormat: Grid<string> | null; style: Grid<StyleBefore> | null } | null;
}

/** What one applied action changed: enough to put back every touched cell nobody changed since. */
export interface UndoRecord {
  label: string;
  blocks: UndoBlock[];
  columnWidths: { sheet: string; column: string; width: number }[];
  /** Notes the action added (a cell that had a note kept it: we never overwrite one). */
  notes: { sheet: string; cell: string }[];
  /** Tables the action added on sheets that existed before it. */
  tables: { name: string; sheet: string; range: string }[];
  /** Sheets the action added; deleting them removes their tables and notes too. */
  sheets: string[];
  /** Range.getCellProperties/setCellProperties (ExcelApi 1.9) were used for styles. */
  cellProperties: boolean;
}

export function emptyRecord(label: string, cellProperties: boolean): UndoRecord {
  return { label, blocks: [], columnWidths: [], notes: [], tables: [], sheets: [], cellProperties };
}

/** "'Blad 1'!C5": how the workbook-wide notes collection names a cell on a sheet. */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

interface BlockProbe {
  block: UndoBlock;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

export interface RestoreOptions {
  /** Rollback of a failed write: put everything back, nobody has changed anything since. */
  force?: boolean;
  /** Bytes per request or response (default MAX_REQUEST_BYTES). */
  maxRequestBytes?: number;
}

/**
 * Puts a record back. Request 1 finds out which sheets, tables and notes still exist and which
 * sheets are protected (Excel fails a whole batch on a missing item); request 2 (undo only)
 * reads what the written cells hold now; the last request writes. A cell is put back only
 * while it still holds what the action wrote; the others are left as the user made them and
 * named in the returned messages. A sheet the action added is deleted only while it holds
 * nothing but what the action wrote: Worksheet.delete also clears Excel's own undo history.
 */
export async function restore(context: Excel.RequestContext, record: UndoRecord, options: RestoreOptions = {}): Promise<string[]> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/protection/protected');
  workbook.tables.load('items/name');
  const notesApi = (workbook as { notes?: Excel.NoteCollection }).notes;
  const noteProbe = notesApi ? record.notes.map((n) => ({ ...n, note: notesApi.getItemOrNullObject(qualified(n.sheet, n.cell)) })) : [];
  noteProbe.forEach((n) => n.note.load('content'));
  await context.sync();

  const present = new Map(worksheets.items.map((w) => [w.name, w]));
  const ws = (name: string) => worksheets.getItem(name);
  const existing = record.blocks.filter((b) => b.before && present.has(b.sheet));
  const locked = [...new Set([...existing.map((b) => b.sheet), ...record.columnWidths.map((w) => w.sheet)])].find(
    (s) => present.get(s)?.protection.protected,
  );
  if (locked) throw new HostError('protected', `Bladet "${locked}" är skyddat, så ändringen kan inte ångras. Ta bort bladskyddet (Granska > Ta bort skydd) och försök igen.`, locked);

  // Request 2: what the cells hold now, and what the added sheets hold.
  const probes: BlockProbe[] = [];
  const addedSheets: AddedSheetProbe[] = record.sheets.filter((s) => present.has(s)).map((name) => ({ name, blocks: [], counts: [], used: null }));
  if (!options.force) {
    const budget = new RequestBudget(context, options.maxRequestBytes ?? MAX_REQUEST_BYTES);
    for (const block of existing) {
      const { rect } = parseRangeAddress(block.address);
      const area = rectRows(rect) * rectCols(rect);
      await budget.spend(area * (block.wrote.style && record.cellProperties ? READ_BYTES_PER_CELL + PROPS_BYTES_PER_CELL : READ_BYTES_PER_CELL));
      const range = ws(block.sheet).getRange(block.address).load('formulas,numberFormat');
      const props = block.wrote.style && record.cellProperties ? range.getCellProperties(STYLE_PROPERTIES) : null;
      probes.push({ block, range, props });
    }
    for (const s of addedSheets) {
      // What the added sheet holds: our blocks read back (budgeted like the others), and how
      // many cells hold anything at all, so a value typed between or beyond our blocks counts.
      for (const block of record.blocks.filter((b) => b.sheet === s.name && !b.before)) {
        const { rect } = parseRangeAddress(block.address);
        await budget.spend(rectRows(rect) * rectCols(rect) * READ_BYTES_PER_CELL);
        s.blocks.push({ block, range: ws(s.name).getRange(block.address).load('formulas') });
      }
      if (record.cellProperties) {
        // ExcelApi 1.9, as getCellProperties: counts of constant and formula cells, a few bytes.
        const all = ws(s.name).getRange();
        s.counts = [all.getSpecialCellsOrNullObject('Constants').load('cellCount'), all.getSpecialCellsOrNullObject('Formulas').load('cellCount')];
      } else {
        // Older desktop Excel has no request cap: read the sheet's used range.
        s.used = ws(s.name).getUsedRangeOrNullObject(true).load('address,formulas');
      }
    }
    await context.sync();
  }

  const kept = new Map<string, string[]>();
  const keep = (sheet: string, cell: string) => kept.set(sheet, [...(kept.get(sheet) ?? []), cell]);
  const messages: string[] = [];
  const changedGrids = new Map<UndoBlock, boolean[][]>();
  for (const p of probes) changedGrids.set(p.block, changedCells(p, keep));

  const writes = new RequestBudget(context, options.maxRequestBytes ?? MAX_REQUEST_BYTES, () => context.application.suspendApiCalculationUntilNextSync());
  await writes.spend(BYTES_PER_COMMAND);
  const liveTables = new Set(workbook.tables.items.map((t) => t.name));
  for (const t of record.tables.filter((t) => liveTables.has(t.name))) {
    // Tables first: a table over cells we are about to clear would keep its header row.
    if (touchesKept(t.sheet, t.range, kept)) messages.push(keptTableMessage(record.label, t.name));
    else workbook.tables.getItem(t.name).delete();
  }
  for (const block of existing) {
    const b = block.before!;
    // Styles go as setCellProperties (about twice their JSON), or one range per cell on older Excel.
    const styles = record.cellProperties ? jsonBytes(b.style) * 2 : (b.style?.flat().filter(Boolean).length ?? 0) * BYTES_PER_STYLED_CELL_PROBE;
    await writes.spend(BYTES_PER_COMMAND + jsonBytes(b.formulas) + jsonBytes(b.numberFormat) + styles);
    writeBack(ws(block.sheet).getRange(block.address), block, changedGrids.get(block) ?? null, record.cellProperties);
  }
  for (const w of record.columnWidths.filter((w) => present.has(w.sheet) && !record.sheets.includes(w.sheet))) {
    ws(w.sheet).getRange(`${w.column}:${w.column}`).format.columnWidth = w.width;
  }
  for (const n of noteProbe) if (!n.note.isNullObject) n.note.delete();
  for (const s of addedSheets) {
    if (!options.force && addedSheetChanged(record, s)) messages.push(keptSheetMessage(record.label, s.name));
    else ws(s.name).delete();
  }
  await context.sync();
  const sheets = [...kept.keys()];
  return [...sheets.map((s) => keptMessage(record.label, s, kept.get(s)!, sheets.length === 1 && s === record.blocks[0]?.sheet)), ...messages];
}

/** Per cell of a block: true where the user has changed what the action wrote. */
function changedCells(p: BlockProbe, keep: (sheet: string, cell: string) => void): boolean[][] {
  const { block, range } = p;
  const rect = parseRangeAddress(block.address).rect;
  const props = p.props?.value;
  return Array.from({ length: rectRows(rect) }, (_, r) =>
    Array.from({ length: rectCols(rect) }, (_, c) => {
      const w = block.wrote;
      const formula = w.formulas?.[r][c] ?? null;
      const format = w.numberFormat?.[r][c] ?? null;
      const style = w.style?.[r][c] ?? null;
      if (formula === null && format === null && style === null) return false;
      let changed = !stillWritten(formula, range.formulas[r][c]) || !sameFormat(format, range.numberFormat[r][c]);
      if (!changed && style && props) {
        const now = styleFromProperties(props[r][c]);
        changed = (style.fill !== undefined && now.fill !== style.fill.toUpperCase()) || (style.bold !== undefined && now.bold !== style.bold);
      }
      if (changed) keep(block.sheet, toA1(rect.top + r, rect.left + c));
      return changed;
    }),
  );
}

/** Writes a block's previous state back, except where the user has changed it since. */
function writeBack(range: Excel.Range, block: UndoBlock, changed: boolean[][] | null, cellProperties: boolean): void {
  const before = block.before!;
  const pick = <T>(grid: Grid<T> | null): Grid<T> | null =>
    grid && grid.map((row, r) => row.map((v, c) => (changed?.[r][c] ? null : v)));
  const formulas = pick(before.formulas);
  const numberFormat = pick(before.numberFormat);
  const style = pick(before.style);
  if (formulas && formulas.some((row) => row.some((v) => v !== null))) range.formulas = formulas as unknown as string[][];
  if (numberFormat && numberFormat.some((row) => row.some((v) => v !== null))) range.numberFormat = numberFormat as unknown as string[][];
  if (!style) return;
  if (cellProperties) {
    range.setCellProperties(stylesToProperties(style) as Excel.SettableCellProperties[][]);
    return;
  }
  style.forEach((row, r) =>
    row.forEach((s, c) => {
      if (!s) return;
      const format = range.getCell(r, c).format;
      // Without getCellProperties Excel reports "no fill" as white; clearing gives the same look.
      if (s.fill === null || s.fill.toUpperCase() === '#FFFFFF') format.fill.clear();
      else format.fill.color = s.fill;
      format.font.bold = s.bold;
    }),
  );
}

function touchesKept(sheet: string, range: string, kept: Map<string, string[]>): boolean {
  const rect = parseRangeAddress(range).rect;
  return (kept.get(sheet) ?? []).some((cell) => inside(parseRangeAddress(cell).rect, rect));
}

function inside(cell: Rect, rect: Rect): boolean {
  return cell.top >= rect.top && cell.top <= rect.bottom && cell.left >= rect.left && cell.left <= rect.right;
}

interface AddedSheetProbe {
  name: string;
  blocks: { block: UndoBlock; range: Excel.Range }[];
  /** Constant and formula cells on the whole sheet (ExcelApi 1.9). */
  counts: Excel.RangeAreas[];
  /** Without ExcelApi 1.9: the used range, read whole. */
  used: Excel.Range | null;
}

/** True when an added sheet holds anything the action did not write there. */
function addedSheetChanged(record: UndoRecord, probe: AddedSheetProbe): boolean {
  if (probe.used) return !probe.used.isNullObject && usedRangeChanged(record, probe.name, probe.used);
  let ours = 0;
  for (const { block, range } of probe.blocks) {
    const wrote = block.wrote.formulas;
    for (let r = 0; r < range.formulas.length; r++) {
      for (let c = 0; c < range.formulas[r].length; c++) {
        const current = range.formulas[r][c];
        const written = wrote?.[r][c] ?? null;
        if (current !== '' && current !== null) ours++;
        if (written === null ? current !== '' && current !== null : !stillWritten(written, current)) return true;
      }
    }
  }
  const total = probe.counts.reduce((n, areas) => n + (areas.isNullObject ? 0 : areas.cellCount), 0);
  return total !== ours;
}

function usedRangeChanged(record: UndoRecord, sheet: string, used: Excel.Range): boolean {
  const wrote = new Map<string, FormulaInput>();
  for (const b of record.blocks.filter((b) => b.sheet === sheet && b.wrote.formulas)) {
    const rect = parseRangeAddress(b.address).rect;
    b.wrote.formulas!.forEach((row, r) => row.forEach((v, c) => v !== null && wrote.set(toA1(rect.top + r, rect.left + c), v)));
  }
  const rect = parseRangeAddress(used.address).rect;
  return used.formulas.some((row, r) =>
    row.some((current, c) => {
      if (current === '' || current === null) return false;
      const written = wrote.get(toA1(rect.top + r, rect.left + c));
      return written === undefined || !stillWritten(written, current);
    }),
  );
}
