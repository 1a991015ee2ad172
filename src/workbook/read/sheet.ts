/**
 * One worksheet part to the engine's snapshot, keeping only the cells that hold a value or a
 * formula (a styled empty cell in row 1 048 576 adds nothing). Everything outside <sheetData>
 * but the merged ranges is passed over: data validations, conditional formats, drawings.
 */
import type { CellValue, SheetSnapshot } from '../../domain/snapshot';
import { columnNumber, slideFormula } from './formula';
import { StringItem } from './parts';
import { attr, inMain, isMain, readXml, type Tag } from './xml';

export interface SheetContext {
  sharedStrings: string[];
  /** Number format of each cell style. */
  formats: string[];
  /** Whether each cell style's format shows a date (its numbers are serial dates). */
  dates: boolean[];
  date1904: boolean;
}

/** The kept cells of one row, at their column indexes (holes where the row has none). */
interface KeptRow {
  values: CellValue[];
  /** Made at the row's first formula: most rows have none, and share one row of blanks. */
  formulas: (string | null)[] | null;
  formats: string[];
}

/** "B12" → row 11, col 1 (0-based); null when it is not a cell reference. */
function parseRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  for (let ch = ref.charCodeAt(0) | 0x20; ch >= 97 && ch <= 122; ch = ref.charCodeAt(++i) | 0x20);
  const row = Number(ref.slice(i));
  if (i === 0 || i > 3 || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: columnNumber(ref.slice(0, i)) - 1 };
}

const MS_PER_DAY = 24 * 3600 * 1000;

/** A serial date as the ISO date exceljs's reader gives it, or the number when it is no date. */
function serialDate(serial: number, date1904: boolean): CellValue {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
  return Number.isNaN(d.getTime()) ? serial : d.toISOString().slice(0, 10);
}

/** The value a cell shows from its type (t), its <v> text and its style's format. */
function cellValue(type: string | undefined, v: string | null, inline: string | null, isDate: boolean, ctx: SheetContext): CellValue {
  if (type === 'inlineStr' && inline !== null) return inline === '' ? null : inline;
  if (v === null || v === '') return null;
  switch (type) {
    case 's':
      return ctx.sharedStrings[parseInt(v, 10)] ?? null;
    case 'str':
    case 'inlineStr':
    case 'e':
      return v;
    case 'b':
      return parseInt(v, 10) !== 0;
    case 'd':
      return v.slice(0, 10);
    default: {
      const n = parseFloat(v);
      if (Number.isNaN(n)) return null;
      // Text or an error in a date-formatted cell stays as it is (only numbers are dates).
      return isDate ? serialDate(n, ctx.date1904) : n;
    }
  }
}

/**
 * A row's arrays at the width the sheet claims. Grown one index at a time from empty, V8 gives
 * each array room for 17 cells; at 60 000 rows that slack alone was some 20 MB of the snapshot.
 */
function keptRowOf(width: number): KeptRow {
  // Array.from, not new Array(width): V8 marks the latter holey for good, and a read of a hole
  // in a holey array looks along the prototype chain; the rules read each cell many times.
  return { values: Array.from({ length: width }), formulas: null, formats: Array.from({ length: width }) };
}

/** Columns in <dimension ref="A1:F900">, when that is believable; 0 (no hint) otherwise. */
function widthHint(ref: string | undefined): number {
  const last = parseRef(ref?.split(':')[1] ?? ref ?? '');
  // A claim of thousands of columns (A1:XFD1048576) is no reason to allocate them for every row.
  return last && last.col < 256 ? last.col + 1 : 0;
}

interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

interface Master {
  formula: string;
  row: number;
  col: number;
}

/**
 * What the sheet asks of a reader that expands it cell by cell (exceljs, when a command writes):
 * the cells its data validations cover and its merged ranges. This reader only counts them.
 */
export interface SheetWeight {
  validatedCells: number;
  merges: number;
}

const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;

/** Cells in "B2:D9", "B7", "B:B" or "3:3" (a whole column or row). */
function areaOf(range: string): number {
  if (!range) return 0;
  const [a, b = a] = range.split(':');
  const from = parseRef(a);
  const to = parseRef(b);
  if (from && to) return (Math.abs(to.row - from.row) + 1) * (Math.abs(to.col - from.col) + 1);
  const isColumns = /^[A-Za-z$]+$/.test(a);
  const isRows = /^[0-9$]+$/.test(a);
  if (isColumns) return LAST_ROW * (Math.abs(columnNumber(b.replace(/\$/g, '').toUpperCase()) - columnNumber(a.replace(/\$/g, '').toUpperCase())) + 1);
  if (isRows) return LAST_COL * (Math.abs(Number(b.replace(/\$/g, '')) - Number(a.replace(/\$/g, ''))) + 1);
  return 0;
}

export function readSheet(bytes: Uint8Array, part: string, name: string, ctx: SheetContext): { snapshot: SheetSnapshot; weight: SheetWeight } {
  const kept = new Map<number, KeptRow>();
  let width = 0;
  let keptRow: KeptRow | undefined;
  let keptAt = -1;
  const merges: Merge[] = [];
  let validatedCells = 0;
  const masters = new Map<string, Master>();
  // An absent cell shows its row's format, else its column's (as in Excel and exceljs).
  const rowFormats = new Map<number, string>();
  const colFormats: { min: number; max: number; format: string }[] = [];
  const inline = new StringItem();
  let row = -1;
  let col = -1;
  let inData = false;
  // The cell being read.
  let type: string | undefined;
  let style = 0;
  let v: string | null = null;
  let f: string | null = null;
  let fTag: Tag | null = null;
  let inlineText: string | null = null;
  let into: 'v' | 'f' | 'is' | null = null;
  let inCell = false;
  // The sheet's own claim of its width (<dimension>): rows are allocated at that size once.
  let hintedWidth = 0;

  readXml(bytes, part, {
    open(tag) {
      if (!inMain(tag)) return;
      const local = tag.local;
      if (inCell) {
        if (into === 'is') inline.open(tag);
        else if (local === 'v') {
          into = 'v';
          v = '';
        } else if (local === 'f') {
          into = 'f';
          f = '';
          fTag = tag;
        } else if (local === 'is') into = 'is';
        return;
      }
      switch (local) {
        case 'c': {
          if (!inData) return;
          const at = parseRef(attr(tag, 'r') ?? '');
          col = at ? at.col : col + 1;
          if (at) row = at.row;
          type = attr(tag, 't');
          style = Number(attr(tag, 's') ?? 0);
          v = f = inlineText = fTag = null;
          inCell = true;
          return;
        }
        case 'row': {
          if (!inData) return;
          const r = Number(attr(tag, 'r'));
          row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
          col = -1;
          const s = attr(tag, 's');
          if (s && attr(tag, 'customFormat') === '1') rowFormats.set(row, ctx.formats[Number(s)] ?? 'General');
          return;
        }
        case 'sheetData':
          inData = true;
          return;
        case 'dimension':
          hintedWidth = widthHint(attr(tag, 'ref'));
          return;
        case 'col': {
          const s = attr(tag, 'style');
          if (s) colFormats.push({ min: Number(attr(tag, 'min')) - 1, max: Number(attr(tag, 'max')) - 1, format: ctx.formats[Number(s)] ?? 'General' });
          return;
        }
        case 'dataValidation':
          for (const range of (attr(tag, 'sqref') ?? '').split(' ')) validatedCells += areaOf(range);
          return;
        case 'mergeCell': {
          const [a, b] = (attr(tag, 'ref') ?? '').split(':');
          const from = parseRef(a ?? '');
          const to = parseRef(b ?? a ?? '');
          if (from && to) merges.push({ r1: from.row, c1: from.col, r2: to.row, c2: to.col });
        }
      }
    },
    close(tag) {
      if (!inCell) {
        if (isMain(tag, 'sheetData')) inData = false;
        return;
      }
      if (!inMain(tag)) return;
      const local = tag.local;
      if (into === 'is' && local !== 'is') inline.close(tag);
      else if (local === 'is') {
        inlineText = inline.take();
        into = null;
      } else if (local === 'v' || local === 'f') into = null;
      else if (local === 'c') {
        inCell = false;
        const format = ctx.formats[style] ?? 'General';
        const value = cellValue(type, v, inlineText, ctx.dates[style] === true, ctx);
        const formula = formulaOf(f, fTag, row, col, masters);
        if (value === null && formula === null) return;
        if (keptAt !== row) {
          keptAt = row;
          keptRow = kept.get(row);
          if (!keptRow) kept.set(row, (keptRow = keptRowOf(Math.max(hintedWidth, col + 1))));
        }
        keptRow!.values[col] = value;
        if (formula !== null) (keptRow!.formulas ??= Array.from({ length: keptRow!.values.length }))[col] = formula;
        keptRow!.formats[col] = format;
        if (col >= width) width = col + 1;
      }
    },
    text(text) {
      if (into === 'v') v += text;
      else if (into === 'f') f += text;
      else if (into === 'is') inline.text(text);
    },
  });
  return { snapshot: snapshotOf(name, kept, width, merges, { rows: rowFormats, cols: colFormats }), weight: { validatedCells, merges: merges.length } };
}

/**
 * "=" and the formula as a string of its own: the parser's text is a slice of the part's
 * decoded chunk, and a kept slice would keep the whole megabyte chunk alive with it.
 */
function own(formula: string): string {
  return `=${formula}`.split('').join('');
}

/** The cell's formula with its "=": its own text, or its shared formula's master moved here. */
function formulaOf(f: string | null, fTag: Tag | null, row: number, col: number, masters: Map<string, Master>): string | null {
  if (f === null || !fTag) return null;
  const si = attr(fTag, 'si');
  if (attr(fTag, 't') === 'shared' && si !== undefined) {
    if (f !== '') {
      if (attr(fTag, 'ref') !== undefined) masters.set(si, { formula: f, row, col });
      return own(f);
    }
    const master = masters.get(si);
    return master ? `=${slideFormula(master.formula, row - master.row, col - master.col)}` : null;
  }
  return f === '' ? null : own(f);
}

/**
 * The dense grid the engine reads, from A1 to the last cell kept. Rows without a cell share one
 * row of blanks, so a lone cell far down costs a pointer per row, not a row of cells.
 * Excel shows a merged range's value in its first cell only: the others are blank.
 */
interface AbsentFormats {
  rows: Map<number, string>;
  cols: { min: number; max: number; format: string }[];
}

function snapshotOf(name: string, kept: Map<number, KeptRow>, cols: number, merges: Merge[], absent: AbsentFormats): SheetSnapshot {
  let rows = 0;
  for (const r of kept.keys()) if (r >= rows) rows = r + 1;
  for (const m of merges) clearMerged(m, kept);
  const blankValues: CellValue[] = new Array(cols).fill(null);
  const blankFormulas: (string | null)[] = new Array(cols).fill(null);
  const blankFormats: string[] = new Array(cols).fill('General');
  for (const c of absent.cols) for (let i = Math.max(0, c.min); i <= Math.min(c.max, cols - 1); i++) blankFormats[i] = c.format;
  const values: CellValue[][] = new Array(rows).fill(blankValues);
  const formulas: (string | null)[][] = new Array(rows).fill(blankFormulas);
  const numberFormats: string[][] = new Array(rows).fill(blankFormats);
  for (const [r, format] of absent.rows) if (r < rows) numberFormats[r] = new Array(cols).fill(format);
  // Rows of the same formats share one array, as blank rows do: the engine never writes into a snapshot.
  let lastFormats = blankFormats;
  for (const [r, row] of kept) {
    const rowFormats = absent.rows.has(r) ? numberFormats[r] : blankFormats;
    // Fill the holes in place: the kept arrays become the snapshot's rows, cut to the sheet's
    // width where <dimension> claimed more columns than hold anything.
    if (row.values.length > cols) row.values.length = row.formats.length = cols;
    for (let c = 0; c < cols; c++) {
      if (row.values[c] === undefined) {
        row.values[c] = null;
        row.formats[c] = rowFormats[c];
      }
    }
    values[r] = row.values;
    formulas[r] = row.formulas ? filledFormulas(row.formulas, cols) : blankFormulas;
    if (!sameFormats(row.formats, lastFormats)) lastFormats = row.formats;
    numberFormats[r] = lastFormats;
  }
  return { sheetName: name, topLeft: 'A1', values, formulas, numberFormats };
}

/** A row's formulas at the sheet's width, null where the row has no formula. */
function filledFormulas(row: (string | null)[], cols: number): (string | null)[] {
  if (row.length > cols) row.length = cols;
  for (let c = 0; c < cols; c++) if (row[c] === undefined) row[c] = null;
  return row;
}

function sameFormats(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

/** Blanks every kept cell of the range but its top-left one: over the range's rows or the kept rows, whichever are fewer. */
function clearMerged(m: Merge, kept: Map<number, KeptRow>): void {
  const clearRow = (r: number, row: KeptRow | undefined) => {
    if (!row) return;
    for (let c = m.c1; c <= m.c2 && c < row.values.length; c++) {
      if (row.values[c] === undefined || (r === m.r1 && c === m.c1)) continue;
      row.values[c] = null;
      if (row.formulas) row.formulas[c] = null;
    }
  };
  if (m.r2 - m.r1 + 1 <= kept.size) for (let r = m.r1; r <= m.r2; r++) clearRow(r, kept.get(r));
  else for (const [r, row] of kept) if (r >= m.r1 && r <= m.r2) clearRow(r, row);
}
