/**
 * Saves grids (./grid) as an .xlsx the way Excel would: formulas with their cached results,
 * typed totals as plain numbers, merged cells, number formats. Pokes (the planted faults)
 * replace cells after the clean figures are fixed, so typed totals keep the author's figure
 * while formulas follow the poked cells.
 */
import ExcelJS from 'exceljs';
import { cleanValues, evaluate, formulaOf, isDerived, isError, type Content, type Grid, type Shown } from './grid';

export type Pokes = Record<string, Content>;

function cellValue(content: Content | undefined, shown: Shown): ExcelJS.CellValue {
  const result = (v: Shown): ExcelJS.CellValue => (v && typeof v === 'object' && !(v instanceof Date) ? { error: v.error } : v) as ExcelJS.CellValue;
  if (isDerived(content) && content.mode === 'formula') return { formula: formulaOf(content), result: result(shown) } as ExcelJS.CellValue;
  if (isError(content)) return { formula: content.formula, result: { error: content.error } } as ExcelJS.CellValue;
  if (content && typeof content === 'object' && 'pct' in content) {
    return shown === null ? null : ({ formula: `${content.pct[1]}/${content.pct[0]}-1`, result: shown } as ExcelJS.CellValue);
  }
  return result(shown);
}

/** Applies pokes (by sheet name) to copies of the grids. */
export function poked(grids: Grid[], pokes: Record<string, Pokes> = {}): { grid: Grid; clean: Map<string, number> }[] {
  return grids.map((grid) => {
    const clean = cleanValues(grid);
    const cells = new Map(grid.cells);
    for (const [key, c] of Object.entries(pokes[grid.name] ?? {})) {
      if (!cells.has(key) && !/^[A-Z]+\d+$/.test(key)) throw new Error(`poke at unknown cell ${key}`);
      cells.set(key, c);
    }
    return { grid: { ...grid, cells }, clean };
  });
}

export async function writeWorkbook(grids: Grid[], pokes: Record<string, Pokes> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const { grid, clean } of poked(grids, pokes)) {
    const ws = wb.addWorksheet(grid.name);
    const shown = evaluate(grid, clean);
    for (const [key, content] of grid.cells) {
      if (key.includes('#')) continue; // the years of a combined column, shown by its text
      const value = cellValue(content, shown.get(key) ?? null);
      if (value === null) continue;
      const cell = ws.getCell(key);
      cell.value = value;
      const fmt = grid.formats.get(key);
      if (fmt) cell.numFmt = fmt;
    }
    for (const m of grid.merges) ws.mergeCells(m);
    grid.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sheet as text rows, to read a layout while writing its expectations by hand. */
export function dump(grid: Grid, pokes: Pokes = {}): string {
  const [{ grid: g, clean }] = poked([grid], { [grid.name]: pokes });
  const shown = evaluate(g, clean);
  const lines: string[] = [];
  for (const [key, v] of shown) {
    if (v === null) continue;
    const c = g.cells.get(key);
    const f = isDerived(c) && c.mode === 'formula' ? ` =${formulaOf(c)}` : isDerived(c) ? ' (typed)' : '';
    lines.push(`${key}: ${v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v)}${f}`);
  }
  return lines.join('\n');
}
