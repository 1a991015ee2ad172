import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../domain/snapshot';

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('text' in value) return String(value.text);
  return null;
}

/** One worksheet as the domain sees it, from A1 to the last used cell. */
export function snapshotOf(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows = worksheet.rowCount;
  const cols = worksheet.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = worksheet.getRow(r);
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    const n: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master !== cell) {
        // Excel (and Office.js) show a merged range's value in its first cell only; exceljs
        // repeats it in every cell, which would put a label where amounts belong.
        v.push(null);
        f.push(null);
        n.push(cell.numFmt ?? 'General');
        continue;
      }
      const isFormula = cell.type === 6; /* ExcelJS.ValueType.Formula */
      // exceljs's cell.value leaves out a falsy cached result (a formula showing 0 would read as
      // blank); cell.result keeps it.
      v.push(isFormula ? plain((cell.result as ExcelJS.CellValue) ?? null) : plain(cell.value));
      const formula = isFormula ? cell.formula : undefined;
      f.push(formula ? `=${formula}` : null);
      n.push(cell.numFmt ?? 'General');
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
