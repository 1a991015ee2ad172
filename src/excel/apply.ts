import type { EditPlan } from '../domain/edits';
import { HostError } from '../host/types';
import { rectCols, rectRows } from './address';
import { prepareSheet, textInput, type FormulaInput, type PreparedSheet } from './prepare';
import { emptyRecord, qualified, type UndoRecord } from './undo';
import { queuePageLayout } from './page-layout';

export interface ApplyOptions {
  maxCells: number;
  /** The Notes API (ExcelApi 1.18) is there; without it generated cells are marked by fill only. */
  notes: boolean;
}

/** Excel's default column is 8.43 characters and 48 points wide. */
const POINTS_PER_CHAR = 48 / 8.43;

interface Captured {
  prepared: PreparedSheet[];
  record: UndoRecord;
}

interface Probe {
  prepared: PreparedSheet;
  blocks: Excel.Range[];
  styles: { cell: string; range: Excel.Range }[];
  widths: { column: string; range: Excel.Range }[];
  notes: { cell: string; text: string; note: Excel.Note | null }[];
}

/**
 * Request 1 of an action: what every cell to be changed holds now (for undo), which sheets and
 * tables exist, and which sheets are protected. Nothing is written, so any refusal here leaves
 * the workbook untouched.
 */
export async function capture(context: Excel.RequestContext, plan: EditPlan, label: string, options: ApplyOptions): Promise<Captured> {
  const workbook = context.workbook;
  workbook.worksheets.load('items/name,items/protection/protected');
  workbook.tables.load('items/name');
  const prepared = plan.map((p) => prepareSheet(p, options.maxCells));
  const probes: Probe[] = prepared.map((p) => {
    const probe: Probe = { prepared: p, blocks: [], styles: [], widths: [], notes: [] };
    if (p.plan.create) {
      probe.notes = p.notes.map((n) => ({ ...n, note: null }));
      return probe;
    }
    const ws = workbook.worksheets.getItem(p.plan.sheet);
    probe.blocks = p.blocks.map((b) => ws.getRange(b.address).load('values,formulas,numberFormat,valueTypes'));
    probe.styles = p.styles.map((s) => {
      const range = ws.getRange(s.cell);
      if (s.fill !== undefined) range.format.fill.load('color');
      if (s.bold !== undefined) range.format.font.load('bold');
      return { cell: s.cell, range };
    });
    probe.widths = Object.keys(p.plan.columnWidths).map((column) => {
      const range = ws.getRange(`${column}:${column}`);
      range.format.load('columnWidth');
      return { column, range };
    });
    probe.notes = p.notes.map((n) => {
      const note = options.notes ? workbook.notes.getItemOrNullObject(qualified(p.plan.sheet, n.cell)) : null;
      note?.load('isNullObject');
      return { ...n, note };
    });
    return probe;
  });
  try {
    await context.sync();
  } catch (e) {
    throw missingSheet(e, plan);
  }
  refuse(workbook, plan);
  return { prepared, record: recordOf(label, probes, options.notes) };
}

/** ItemNotFound on request 1 means a sheet of the plan is gone (renamed or deleted since the read). */
function missingSheet(e: unknown, plan: EditPlan): unknown {
  if ((e as { code?: string }).code !== 'ItemNotFound') return e;
  const names = plan.filter((p) => !p.create).map((p) => `"${p.sheet}"`).join(', ');
  return new HostError('sheet-missing', `Bladet ${names} finns inte längre (har det bytt namn?). Läs in arbetsboken igen; inget skrevs.`, names);
}

function refuse(workbook: Excel.Workbook, plan: EditPlan): void {
  const sheets = new Map(workbook.worksheets.items.map((w) => [w.name.toLowerCase(), w]));
  const tables = new Set(workbook.tables.items.map((t) => t.name.toLowerCase()));
  for (const p of plan) {
    const ws = sheets.get(p.sheet.toLowerCase());
    if (p.create && ws) throw new HostError('sheet-exists', `Det finns redan ett blad som heter "${p.sheet}". Byt namn på det eller läs in arbetsboken igen; inget skrevs.`, p.sheet);
    if (!p.create && ws?.protection.protected) {
      throw new HostError('protected', `Bladet "${p.sheet}" är skyddat, så inget kan skrivas där. Ta bort bladskyddet (Granska > Ta bort skydd) och försök igen; inget skrevs.`, p.sheet);
    }
    for (const t of p.tables) {
      if (tables.has(t.name.toLowerCase())) throw new HostError('table-exists', `Det finns redan en tabell som heter "${t.name}". Läs in arbetsboken igen; inget skrevs.`, t.name);
    }
  }
}

/** The previous state of exactly the cells and properties the plan writes; null elsewhere. */
function recordOf(label: string, probes: Probe[], notesOn: boolean): UndoRecord {
  const record = emptyRecord(label);
  for (const { prepared, blocks, styles, widths, notes } of probes) {
    const sheet = prepared.plan.sheet;
    if (prepared.plan.create) record.sheets.push(sheet);
    else record.tables.push(...prepared.plan.tables.map((t) => t.name));
    if (notesOn) record.notes.push(...notes.filter((n) => n.note === null || n.note.isNullObject).map((n) => ({ sheet, cell: n.cell })));
    prepared.blocks.forEach((block, i) => {
      const range = blocks[i];
      if (!range) return;
      const prev = (r: number, c: number): FormulaInput => {
        const formula = range.formulas[r][c] as FormulaInput;
        const value = range.values[r][c];
        // A text constant reads back the same in `formulas`; it must go back as text.
        const isText = range.valueTypes[r][c] === 'String' && formula === value;
        return isText && typeof value === 'string' ? textInput(value) : formula;
      };
      const pick = <T>(written: unknown[][] | null, read: (r: number, c: number) => T): (T | null)[][] | null =>
        written && Array.from({ length: rectRows(block.rect) }, (_, r) => Array.from({ length: rectCols(block.rect) }, (_, c) => (written[r][c] === null ? null : read(r, c))));
      record.blocks.push({
        sheet,
        address: block.address,
        formulas: pick(block.formulas, prev),
        numberFormat: pick(block.numberFormat, (r, c) => String(range.numberFormat[r][c])),
      });
    });
    styles.forEach(({ cell, range }, i) => {
      const edit = prepared.styles[i];
      record.styles.push({
        sheet,
        cell,
        ...(edit.fill !== undefined ? { fill: range.format.fill.color ?? null } : {}),
        ...(edit.bold !== undefined ? { bold: range.format.font.bold } : {}),
      });
    });
    record.columnWidths.push(...widths.map((w) => ({ sheet, column: w.column, width: w.range.format.columnWidth })));
  }
  return record;
}

/**
 * Request 2: every write of the action in one batch, calculation suspended so Excel does not
 * recalculate after each array. Whole rectangles go as 2-D arrays (null leaves a cell alone).
 */
export async function write(context: Excel.RequestContext, captured: Captured, options: ApplyOptions): Promise<void> {
  const workbook = context.workbook;
  context.application.suspendApiCalculationUntilNextSync();
  const addedNotes = new Set(captured.record.notes.map((n) => `${n.sheet}!${n.cell}`));
  for (const p of captured.prepared) {
    const ws = p.plan.create ? workbook.worksheets.add(p.plan.sheet) : workbook.worksheets.getItem(p.plan.sheet);
    for (const block of p.blocks) {
      const range = ws.getRange(block.address);
      if (block.formulas) range.formulas = block.formulas as unknown as string[][];
      if (block.numberFormat) range.numberFormat = block.numberFormat as unknown as string[][];
    }
    for (const s of p.styles) {
      const format = ws.getRange(s.cell).format;
      if (s.fill !== undefined) format.fill.color = s.fill;
      if (s.bold !== undefined) format.font.bold = s.bold;
    }
    for (const [column, chars] of Object.entries(p.plan.columnWidths)) {
      ws.getRange(`${column}:${column}`).format.columnWidth = Math.round(chars * POINTS_PER_CHAR * 100) / 100;
    }
    // Never over a note the user wrote: only cells that had none get ours.
    if (options.notes) for (const n of p.notes) if (addedNotes.has(`${p.plan.sheet}!${n.cell}`)) ws.notes.add(n.cell, n.text);
    if (p.plan.create) queuePageLayout(ws, p.plan.pageSetup);
    for (const t of p.plan.tables) {
      const table = ws.tables.add(t.range, true);
      table.name = t.name;
      table.style = t.style;
    }
  }
  await context.sync();
}
