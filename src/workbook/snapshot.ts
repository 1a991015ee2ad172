import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../domain/snapshot';

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  // exceljs makes a Date of any result in a date-formatted cell, text and errors too: those are Invalid Dates.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('text' in value) return String(value.text);
  return null;
}

/**
 * One worksheet as the domain sees it, from A1 to the last used cell. Reads only the cells the
 * file has (findRow/findCell): getCell would create every empty one, slowly, and leave them in
 * the workbook. An absent cell shows its row's or column's number format, as exceljs would give it.
 */
export function snapshotOf(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows = worksheet.rowCount;
  const cols = worksheet.columnCount;
  const columnFormats: string[] = [];
  for (let c = 1; c <= cols; c++) columnFormats.push(worksheet.getColumn(c).numFmt || 'General');
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = worksheet.findRow(r);
    const rowFormat = row?.numFmt;
    const v: CellValue[] = new Array(cols).fill(null);
    const f: (string | null)[] = new Array(cols).fill(null);
    const n: string[] = rowFormat ? new Array(cols).fill(rowFormat) : columnFormats.slice();
    for (let c = 1; row && c <= cols; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      n[c - 1] = cell.numFmt ?? 'General';
      // Excel (and Office.js) show a merged range's value in its first cell only; exceljs
      // repeats it in every cell, which would put a label where amounts belong.
      if (cell.isMerged && cell.master !== cell) continue;
      if (cell.type === 6 /* ExcelJS.ValueType.Formula */) {
        // exceljs's cell.value leaves out a falsy cached result (a formula showing 0 would read
        // as blank); cell.result keeps it.
        v[c - 1] = plain((cell.result as ExcelJS.CellValue) ?? null);
        if (cell.formula) f[c - 1] = `=${cell.formula}`;
      } else {
        v[c - 1] = plain(cell.value);
      }
    }
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  return { sheetName: worksheet.name, topLeft: 'A1', values, formulas, numberFormats };
}

export function snapshotsOf(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  return workbook.worksheets.map(snapshotOf);
}
