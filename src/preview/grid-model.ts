/**
 * A worksheet as the preview's grid shows it: what each cell displays (amounts in Swedish
 * form), its formula, and its fill and weight, from the sheet's used range. Pure over the
 * exceljs worksheet, so the grid itself only renders.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../domain/snapshot';
import { snapshotOf } from '../workbook/snapshot';
import { NBSP } from '../domain/format';

export interface GridCell {
  /** A1 address. */
  address: string;
  text: string;
  formula: string | null;
  numeric: boolean;
  /** Background colour as CSS ("#FFF2CC"), or null. */
  fill: string | null;
  bold: boolean;
}

export interface GridModel {
  sheet: string;
  columns: string[];
  /** Column widths in Excel's units (characters of the default font), as the sheet sets them. */
  widths: number[];
  rows: { number: number; cells: GridCell[] }[];
  /** Rows or columns left out to keep the page responsive. */
  truncated: boolean;
}

export const MAX_GRID_ROWS = 500;
export const MAX_GRID_COLS = 52;
/** Excel's default column width. */
export const DEFAULT_WIDTH = 8.43;
const AUTO_MAX_WIDTH = 40;

// A no-break space between thousands, as Swedish Excel shows it: an amount never breaks in two.
const digits = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

/** A number as Swedish Excel shows it under the sheet's formats: "2 115 000 kr", "- kr", "0,2". */
export function displayNumber(value: number, numberFormat: string): string {
  if (!Number.isFinite(value)) return String(value);
  const kronor = /kr/.test(numberFormat);
  const percent = /%/.test(numberFormat) && !/"[^"]*%[^"]*"/.test(numberFormat);
  if (percent) return `${(value * 100).toLocaleString('sv-SE', { maximumFractionDigits: 1 })}${NBSP}%`;
  if (kronor && Math.round(value) === 0 && /"-\s*kr"/.test(numberFormat)) return `-${NBSP}kr`;
  const rounded = kronor || /^#,##0(?:[^.]|$)/.test(numberFormat) ? Math.round(value) : value;
  // Excel groups thousands only where the format asks (a comma in the code): "0" and General show 2025.
  const grouped = kronor || numberFormat.includes(',');
  const whole = (n: number) => (grouped ? digits(n) : String(n));
  const body = Number.isInteger(rounded)
    ? whole(Math.abs(rounded))
    : Math.abs(rounded).toLocaleString('sv-SE', { maximumFractionDigits: 4, useGrouping: grouped }).replace(/[\u00a0\u202f ]/g, NBSP);
  return `${rounded < 0 ? '−' : ''}${body}${kronor ? `${NBSP}kr` : ''}`;
}

function cssColor(argb: string | undefined): string | null {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return null;
  return `#${argb.slice(2).toUpperCase()}`;
}

export function gridModelOf(worksheet: ExcelJS.Worksheet): GridModel {
  const snapshot = snapshotOf(worksheet);
  const rowCount = Math.min(snapshot.values.length, MAX_GRID_ROWS);
  const colCount = Math.min(snapshot.values.reduce((m, r) => Math.max(m, r.length), 0), MAX_GRID_COLS);
  const columns = Array.from({ length: colCount }, (_, c) => columnLetter(c));
  // A column the sheet gives no width fits its longest text (up to a limit), as a reader would widen it.
  const longest = (c: number) => snapshot.values.reduce((m, row) => Math.max(m, String(row[c] ?? '').length), 0);
  const widths = columns.map((_, c) => worksheet.getColumn(c + 1).width ?? Math.min(AUTO_MAX_WIDTH, Math.max(DEFAULT_WIDTH, longest(c) + 1)));
  const rows: GridModel['rows'] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells: GridCell[] = [];
    for (let c = 0; c < colCount; c++) {
      const value = snapshot.values[r][c] ?? null;
      const cell = worksheet.getCell(r + 1, c + 1);
      const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? cssColor(cell.fill.fgColor?.argb) : null;
      const numeric = typeof value === 'number';
      cells.push({
        address: `${columns[c]}${r + 1}`,
        text: numeric ? displayNumber(value, snapshot.numberFormats[r][c]) : value === null ? '' : String(value),
        formula: snapshot.formulas[r][c],
        numeric,
        fill,
        bold: !!cell.font?.bold,
      });
    }
    rows.push({ number: r + 1, cells });
  }
  const truncated = snapshot.values.length > rowCount || snapshot.values.some((row) => row.length > colCount);
  return { sheet: worksheet.name, columns, widths, rows, truncated };
}
