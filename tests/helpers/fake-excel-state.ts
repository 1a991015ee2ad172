import type { CellValue } from '../../src/domain/snapshot';
import { parseRangeAddress, rectAddress, type Rect } from '../../src/excel/address';

/** The workbook behind the fake Office.js proxies: what Excel itself would hold. */
export interface FakeCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
}

export interface FakeTable {
  name: string;
  style: string;
  sheet: string;
  address: string;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  notes = new Map<string, string>();
  columnWidths = new Map<string, number>();
  /** Merged areas, for the tables Excel refuses over them. */
  merged: Rect[] = [];
  constructor(
    public name: string,
    public isProtected = false,
  ) {}

  cell(row: number, col: number): FakeCell {
    const key = `${row}:${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, formula: null, numberFormat: 'General', fill: null, bold: false };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  /** Excel's used range with valuesOnly: the box around cells holding a value or formula. */
  usedRect(): Rect | null {
    let rect: Rect | null = null;
    for (const [key, c] of this.cells) {
      if (c.value === null && c.formula === null) continue;
      const [row, col] = key.split(':').map(Number);
      rect = rect
        ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect;
  }
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  /** Defined names (Formler > Namnhanteraren). */
  names = new Set<string>();
  settings = new Map<string, unknown>();
  /** Worksheet onChanged handlers, by sheet name. */
  changeHandlers = new Map<string, Set<(event: { triggerSource: string; address: string }) => unknown>>();
  active = '';
  activeCell = 'A1';
  selected: { sheet: string; address: string } | null = null;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Everything a user could see, for "left as it was" comparisons. */
  dump(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()]
          .filter(([, c]) => c.value !== null || c.formula !== null || c.numberFormat !== 'General' || c.fill !== null || c.bold)
          .sort(([a], [b]) => a.localeCompare(b)),
        notes: [...s.notes.entries()].sort(),
        widths: [...s.columnWidths.entries()].sort(),
      })),
      tables: this.tables.map((t) => ({ ...t })),
    };
  }
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Excel's address form: sheet-qualified, absolute. */
export function excelAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

/** "C:C" (a whole column) as well as "B2", "A1:AZ384". */
export function rectOf(address: string): Rect {
  const bare = address.slice(address.lastIndexOf('!') + 1);
  const col = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(bare);
  if (col) {
    const r = parseRangeAddress(`${col[1]}1:${col[2]}1048576`).rect;
    return r;
  }
  return parseRangeAddress(bare).rect;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** What Excel does with an entry of a `formulas` array it is given. */
export function writeInput(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  if (input === '') {
    cell.value = null;
    cell.formula = null;
  } else if (typeof input === 'string' && input.startsWith('=')) {
    cell.formula = input;
    cell.value = 0; // the fake does not calculate
  } else if (typeof input === 'string' && input.startsWith("'")) {
    cell.formula = null;
    cell.value = input.slice(1);
  } else if (typeof input === 'string' && /^-?\d+(\.\d+)?$/.test(input)) {
    // Excel parses a number typed as text; that is why the host writes text with an apostrophe.
    cell.formula = null;
    cell.value = Number(input);
  } else {
    cell.formula = null;
    cell.value = input as CellValue;
  }
}

export function valueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === null && cell.formula === null)) return 'Empty';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  if (typeof cell.value === 'string' && cell.value.startsWith('#')) return 'Error';
  return 'String';
}
