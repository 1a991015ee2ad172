import type { EditPlan } from '../domain/edits';
import { HostError } from '../host/types';
import { rectAddress, rectCols, rectRows } from './address';
import { notesOf, type Capabilities } from './capabilities';
import { prepareSheet, textInput, type FormulaInput, type PreparedSheet, type WriteBlock } from './prepare';
import { STYLE_PROPERTIES, styleFromProperties, styleRuns, stylesToProperties, type StyleBefore } from './styles';
import { BYTES_PER_COMMAND, BYTES_PER_STYLED_CELL_PROBE, jsonBytes, MAX_REQUEST_BYTES, PROPS_BYTES_PER_CELL, READ_BYTES_PER_CELL, RequestBudget } from './budget';
import { emptyRecord, qualified, type UndoBlock, type UndoRecord } from './undo';
import { queuePageLayout } from './page-layout';

export interface ApplyOptions {
  maxCells: number;
  capabilities: Capabilities;
  /** Bytes per write request; Excel on the web refuses one over 5 MB. */
  maxRequestBytes?: number;
}

/** Excel's default column is 8.43 characters and 48 points wide. */
const POINTS_PER_CHAR = 48 / 8.43;

export interface Captured {
  prepared: PreparedSheet[];
  record: UndoRecord;
  /** Notes the action may add: cells on its sheets that have none yet. */
  freeNotes: Set<string>;
}

interface Probe {
  prepared: PreparedSheet;
  blocks: { range: Excel.Range; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null; cells: Map<string, Excel.Range> }[];
  widths: { column: string; range: Excel.Range }[];
  notes: { cell: string; note: Excel.Note }[];
}

/**
 * Request 1 of an action: what every cell to be changed holds now (for undo), which sheets and
 * tables exist, and which sheets are protected. Nothing is written, so any refusal here leaves
 * the workbook untouched.
 */
export async function capture(context: Excel.RequestContext, plan: EditPlan, label: string, options: ApplyOptions): Promise<Captured> {
  const workbook = context.workbook;
  const caps = options.capabilities;
  workbook.worksheets.load('items/name,items/protection/protected');
  workbook.tables.load('items/name');
  // Feature detection by object: a host may report ExcelApi 1.18 while its library has no notes.
  const notesApi = caps.notes ? notesOf(workbook) : null;
  const limit = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const prepared = plan.map((p) => {
    const sheet = prepareSheet(p, options.maxCells);
    // Blocks small enough that each, written or read back, fits a request with room to spare.
    return { ...sheet, blocks: sheet.blocks.flatMap((b) => bands(b, limit / 2, caps.cellProperties)) };
  });
  // What the reads bring back is counted too: Excel on the web caps a response at 5 MB as well.
  const budget = new RequestBudget(context, limit, undefined, (e) => missingSheet(e, plan));
  const probes: Probe[] = [];
  for (const p of prepared) {
    const probe: Probe = { prepared: p, blocks: [], widths: [], notes: [] };
    probes.push(probe);
    if (p.plan.create) continue;
    const ws = workbook.worksheets.getItem(p.plan.sheet);
    for (const b of p.blocks) {
      const area = rectRows(b.rect) * rectCols(b.rect);
      const perCell = b.style && !caps.cellProperties ? b.style.flat().filter(Boolean).length * BYTES_PER_STYLED_CELL_PROBE : 0;
      await budget.spend(BYTES_PER_COMMAND + area * (b.style && caps.cellProperties ? READ_BYTES_PER_CELL + PROPS_BYTES_PER_CELL : READ_BYTES_PER_CELL) + perCell);
      const range = ws.getRange(b.address).load('values,formulas,numberFormat,valueTypes');
      const cells = new Map<string, Excel.Range>();
      if (b.style && caps.cellProperties) {
        probe.blocks.push({ range, props: range.getCellProperties(STYLE_PROPERTIES), cells });
        continue;
      }
      // Older hosts (Office 2016/2019 on the desktop): read the styled cells one by one.
      b.style?.forEach((row, r) => row.forEach((s, c) => {
        if (!s) return;
        const cell = range.getCell(r, c);
        cell.format.fill.load('color');
        cell.format.font.load('bold');
        cells.set(`${r}:${c}`, cell);
      }));
      probe.blocks.push({ range, props: null, cells });
    }
    probe.widths = Object.keys(p.plan.columnWidths).map((column) => {
      const range = ws.getRange(`${column}:${column}`);
      range.format.load('columnWidth');
      return { column, range };
    });
    if (notesApi) probe.notes = p.notes.map((n) => ({ cell: n.cell, note: notesApi.getItemOrNullObject(qualified(p.plan.sheet, n.cell)).load('content') }));
  }
  const tableChecks = tableProbes(workbook, plan, caps);
  try {
    await context.sync();
  } catch (e) {
    throw missingSheet(e, plan);
  }
  refuse(workbook, plan);
  refuseTables(tableChecks);
  const record = recordOf(label, probes, caps.cellProperties);
  const freeNotes = new Set<string>();
  if (notesApi) {
    for (const { prepared: p, notes } of probes) {
      if (p.plan.create) p.notes.forEach((n) => freeNotes.add(`${p.plan.sheet}!${n.cell}`));
      else notes.filter((n) => n.note.isNullObject).forEach((n) => freeNotes.add(`${p.plan.sheet}!${n.cell}`));
    }
    record.notes = [...freeNotes].map((key) => ({ sheet: key.slice(0, key.lastIndexOf('!')), cell: key.slice(key.lastIndexOf('!') + 1) }));
  }
  return { prepared, record, freeNotes };
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

interface TableProbe {
  name: string;
  range: string;
  definedName: Excel.NamedItem;
  merged: Excel.RangeAreas | null;
}

/**
 * Excel refuses a table whose name a defined name already has, or over merged cells, and
 * only once the cells before it in the batch are written. Asked in request 1 instead, so the
 * refusal comes before anything is written and says what is in the way.
 */
function tableProbes(workbook: Excel.Workbook, plan: EditPlan, caps: Capabilities): TableProbe[] {
  return plan.flatMap((p) =>
    p.tables.map((t) => ({
      name: t.name,
      range: t.range,
      definedName: workbook.names.getItemOrNullObject(t.name).load('name'),
      merged: !p.create && caps.mergedAreas ? workbook.worksheets.getItem(p.sheet).getRange(t.range).getMergedAreasOrNullObject().load('address') : null,
    })),
  );
}

function refuseTables(probes: TableProbe[]): void {
  for (const t of probes) {
    if (!t.definedName.isNullObject) {
      throw new HostError('table-blocked', `Namnet "${t.name}" används redan i arbetsboken (Formler > Namnhanteraren), så tabellen kan inte heta så. Byt namn på det eller läs in arbetsboken igen; inget skrevs.`, t.name);
    }
    if (t.merged && !t.merged.isNullObject) {
      // "Budget!$A$41:$C$41, Budget!$A$43:$B$43": name the areas without sheet and "$".
      const where = t.merged.address.split(',').map((a) => a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '').trim()).join(', ');
      throw new HostError('table-blocked', `Tabellen "${t.name}" skulle hamna över sammanfogade celler (${where}). Dela upp dem (Start > Sammanfoga och centrera) eller välj en annan plats; inget skrevs.`, t.name);
    }
  }
}

/** What the action writes, and the previous state of exactly those cells and properties. */
function recordOf(label: string, probes: Probe[], cellProperties: boolean): UndoRecord {
  const record = emptyRecord(label, cellProperties);
  for (const { prepared, blocks, widths } of probes) {
    const sheet = prepared.plan.sheet;
    if (prepared.plan.create) record.sheets.push(sheet);
    else record.tables.push(...prepared.plan.tables.map((t) => ({ name: t.name, sheet, range: t.range })));
    prepared.blocks.forEach((block, i) => {
      const wrote = { formulas: block.formulas, numberFormat: block.numberFormat, style: block.style };
      const probe = blocks[i];
      record.blocks.push({ sheet, address: block.address, wrote, before: probe ? before(block, probe) : null });
    });
    record.columnWidths.push(...widths.map((w) => ({ sheet, column: w.column, width: w.range.format.columnWidth })));
  }
  return record;
}

function before(block: WriteBlock, probe: Probe['blocks'][number]): UndoBlock['before'] {
  const { range, props, cells } = probe;
  const prev = (r: number, c: number): FormulaInput => {
    const formula = range.formulas[r][c] as FormulaInput;
    const value = range.values[r][c];
    // A text constant reads back the same in `formulas`; it must go back as text.
    const isText = range.valueTypes[r][c] === 'String' && formula === value;
    return isText && typeof value === 'string' ? textInput(value) : formula;
  };
  const pick = <T, W>(written: (W | null)[][] | null, read: (r: number, c: number) => T): (T | null)[][] | null =>
    written && Array.from({ length: rectRows(block.rect) }, (_, r) => Array.from({ length: rectCols(block.rect) }, (_, c) => (written[r][c] === null ? null : read(r, c))));
  const style = (r: number, c: number): StyleBefore => {
    if (props) return styleFromProperties(props.value[r][c]);
    const cell = cells.get(`${r}:${c}`)!;
    return { fill: cell.format.fill.color ?? null, bold: cell.format.font.bold };
  };
  return {
    formulas: pick(block.formulas, prev),
    numberFormat: pick(block.numberFormat, (r, c) => String(range.numberFormat[r][c])),
    style: pick(block.style, style),
  };
}

/**
 * A block whose write (its arrays) or read (its previous state, for undo) would take more than
 * `limit` bytes, as bands of whole rows that do not.
 */
export function bands(block: WriteBlock, limit: number, cellProperties: boolean): WriteBlock[] {
  const props = block.style && cellProperties ? stylesToProperties(block.style) : null;
  const area = rectRows(block.rect) * rectCols(block.rect);
  const read = area * (props ? READ_BYTES_PER_CELL + PROPS_BYTES_PER_CELL : READ_BYTES_PER_CELL);
  const probes = block.style && !cellProperties ? block.style.flat().filter(Boolean).length * BYTES_PER_STYLED_CELL_PROBE : 0;
  const bytes = Math.max(read + probes, jsonBytes(block.formulas) + jsonBytes(block.numberFormat) + jsonBytes(props));
  const rows = rectRows(block.rect);
  if (bytes <= limit || rows === 1) return [block];
  const per = Math.max(1, Math.floor(rows / Math.ceil(bytes / limit)));
  const out: WriteBlock[] = [];
  for (let top = 0; top < rows; top += per) {
    const end = Math.min(rows, top + per);
    const rect = { ...block.rect, top: block.rect.top + top, bottom: block.rect.top + end - 1 };
    const slice = <T>(grid: T[][] | null) => grid && grid.slice(top, end);
    out.push({ rect, address: rectAddress(rect), formulas: slice(block.formulas), numberFormat: slice(block.numberFormat), style: slice(block.style) });
  }
  return out;
}


/**
 * Request 2 (and more for a large plan): every write of the action, calculation suspended so
 * Excel does not recalculate after each array. Whole rectangles go as 2-D arrays (null leaves
 * a cell alone), styles as one setCellProperties per rectangle (ExcelApi 1.9) or one range per
 * run of equal cells in a row. A request is sent when the next command would take it over the
 * byte budget, so the number of requests grows with the plan's size, not with its cells.
 */
export async function write(context: Excel.RequestContext, captured: Captured, options: ApplyOptions): Promise<number> {
  const workbook = context.workbook;
  const budget = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const requests = new RequestBudget(context, budget, () => context.application.suspendApiCalculationUntilNextSync());
  const spend = (n: number) => requests.spend(n);
  for (const p of captured.prepared) {
    await spend(BYTES_PER_COMMAND);
    // By name, not the object add() returns: that one is invalid after a sync, and a large plan
    // spans several (the real library says InvalidObjectPath).
    if (p.plan.create) workbook.worksheets.add(p.plan.sheet);
    const ws = workbook.worksheets.getItem(p.plan.sheet);
    for (const block of p.blocks) {
      const props = block.style && options.capabilities.cellProperties ? stylesToProperties(block.style) : null;
      await spend(BYTES_PER_COMMAND + jsonBytes(block.formulas) + jsonBytes(block.numberFormat) + jsonBytes(props));
      const range = ws.getRange(block.address);
      if (block.formulas) range.formulas = block.formulas as unknown as string[][];
      if (block.numberFormat) range.numberFormat = block.numberFormat as unknown as string[][];
      if (props) range.setCellProperties(props as Excel.SettableCellProperties[][]);
      else if (block.style) {
        for (const run of styleRuns(block.rect, block.style)) {
          await spend(BYTES_PER_COMMAND);
          const format = ws.getRange(run.address).format;
          if (run.style.fill !== undefined) format.fill.color = run.style.fill;
          if (run.style.bold !== undefined) format.font.bold = run.style.bold;
        }
      }
    }
    for (const [column, chars] of Object.entries(p.plan.columnWidths)) {
      await spend(BYTES_PER_COMMAND);
      ws.getRange(`${column}:${column}`).format.columnWidth = Math.round(chars * POINTS_PER_CHAR * 100) / 100;
    }
    // Never over a note the user wrote: only cells that had none get ours.
    const notes = captured.freeNotes.size > 0 ? ws.notes : null;
    for (const n of p.notes) {
      if (!notes || !captured.freeNotes.has(`${p.plan.sheet}!${n.cell}`)) continue;
      await spend(BYTES_PER_COMMAND + jsonBytes(n.text));
      notes.add(n.cell, n.text);
    }
    if (p.plan.create) queuePageLayout(ws, p.plan.pageSetup);
    for (const t of p.plan.tables) {
      await spend(BYTES_PER_COMMAND);
      const table = ws.tables.add(t.range, true);
      table.name = t.name;
      table.style = t.style;
    }
  }
  await context.sync();
  return requests.requests + 1;
}
