import { HostError } from '../host/types';
import type { FormulaInput } from './prepare';

/** What one applied action replaced: enough to put every touched cell back exactly. */
export interface UndoRecord {
  label: string;
  /** Previous contents of touched cells on sheets that existed; null where the action did not write. */
  blocks: { sheet: string; address: string; formulas: FormulaInput[][] | null; numberFormat: (string | null)[][] | null }[];
  /** Previous fill ("#RRGGBB", or null for none) and boldness of styled cells. */
  styles: { sheet: string; cell: string; fill?: string | null; bold?: boolean }[];
  columnWidths: { sheet: string; column: string; width: number }[];
  /** Notes the action added (a cell that had a note kept it: we never overwrite one). */
  notes: { sheet: string; cell: string }[];
  /** Tables the action added on sheets that existed before it. */
  tables: string[];
  /** Sheets the action added; deleting them removes their tables and notes too. */
  sheets: string[];
}

export function emptyRecord(label: string): UndoRecord {
  return { label, blocks: [], styles: [], columnWidths: [], notes: [], tables: [], sheets: [] };
}

/** "'Blad 1'!C5": how the workbook-wide notes collection names a cell on a sheet. */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * Puts a record back in two requests: the first finds out what still exists and whether it is
 * protected (a sheet, table or note the user deleted meanwhile cannot be deleted again, and
 * Excel would fail the whole batch), the second writes, with calculation suspended. Used by
 * undo and by the rollback of a failed write. Only collections and *OrNullObject look-ups are
 * probed, so a missing sheet cannot fail the probe itself.
 */
export async function restore(context: Excel.RequestContext, record: UndoRecord): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected');
  const tables = context.workbook.tables;
  tables.load('items/name');
  const noteProbe = record.notes.map((n) => ({ ...n, note: context.workbook.notes.getItemOrNullObject(qualified(n.sheet, n.cell)) }));
  noteProbe.forEach((n) => n.note.load('isNullObject'));
  await context.sync();

  const present = new Map(worksheets.items.map((w) => [w.name, w]));
  const touched = [...new Set([...record.blocks, ...record.styles, ...record.columnWidths].map((x) => x.sheet))].filter(
    (s) => !record.sheets.includes(s) && present.has(s),
  );
  const locked = touched.find((name) => present.get(name)!.protection.protected);
  if (locked) {
    throw new HostError('protected', `Bladet "${locked}" är skyddat, så ändringen kan inte ångras. Ta bort bladskyddet (Granska > Ta bort skydd) och försök igen.`, locked);
  }
  const liveTables = new Set(tables.items.map((t) => t.name));
  context.application.suspendApiCalculationUntilNextSync();
  const ws = (name: string) => worksheets.getItem(name);
  // Tables first: a table over cells we are about to clear would keep its header row.
  for (const name of record.tables) if (liveTables.has(name)) context.workbook.tables.getItem(name).delete();
  for (const b of record.blocks.filter((b) => touched.includes(b.sheet))) {
    const range = ws(b.sheet).getRange(b.address);
    if (b.formulas) range.formulas = b.formulas as unknown as string[][];
    if (b.numberFormat) range.numberFormat = b.numberFormat as unknown as string[][];
  }
  for (const s of record.styles.filter((s) => touched.includes(s.sheet))) {
    const format = ws(s.sheet).getRange(s.cell).format;
    // Excel reports "no fill" as white; clearing gives the same look and drops our colour.
    if (s.fill === null || s.fill?.toUpperCase() === '#FFFFFF') format.fill.clear();
    else if (s.fill !== undefined) format.fill.color = s.fill;
    if (s.bold !== undefined) format.font.bold = s.bold;
  }
  for (const w of record.columnWidths.filter((w) => touched.includes(w.sheet))) ws(w.sheet).getRange(`${w.column}:${w.column}`).format.columnWidth = w.width;
  for (const n of noteProbe) if (!n.note.isNullObject) n.note.delete();
  for (const name of record.sheets) if (present.has(name)) ws(name).delete();
  await context.sync();
}
