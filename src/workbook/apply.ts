import type ExcelJS from 'exceljs';
import type { CellEdit, EditPlan, SheetPlan, TableSpec } from '../domain/edits';
import type { PageSetup } from '../domain/print';
import { parseA1 } from '../domain/snapshot';
import { InputError } from './errors';

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

function writeCell(cell: ExcelJS.Cell, edit: CellEdit): void {
  // exceljs gives every cell of a loaded file that shares a style the same style object: a
  // fill set on one would colour them all (the user's input cells too). This cell gets its own.
  if (edit.numberFormat !== undefined || edit.fill || edit.bold) cell.style = { ...cell.style };
  if (edit.formula !== undefined) {
    const result = typeof edit.value === 'number' || typeof edit.value === 'string' ? edit.value : undefined;
    cell.value = { formula: edit.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  } else if (edit.value !== undefined) {
    // Text is always written as text: a label beginning with "=" must never become a formula.
    cell.value = edit.value;
  }
  if (edit.numberFormat !== undefined) cell.numFmt = edit.numberFormat;
  if (edit.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(edit.fill) } };
  if (edit.bold) cell.font = { ...(cell.font ?? {}), bold: true };
  if (edit.note) cell.note = edit.note;
}

function applySheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  let sheet = workbook.getWorksheet(plan.sheet);
  if (plan.create) {
    if (sheet) throw new InputError(`bladet "${plan.sheet}" finns redan; inget skrevs`);
    sheet = workbook.addWorksheet(plan.sheet);
  }
  if (!sheet) throw new InputError(`bladet "${plan.sheet}" finns inte; inget skrevs`);
  for (const edit of plan.edits) writeCell(sheet.getCell(edit.cell), edit);
  // A column of an existing sheet is widened to fit, never narrowed: a table placed below the
  // budget table must not squeeze the user's own columns.
  for (const [col, width] of Object.entries(plan.columnWidths)) {
    const column = sheet.getColumn(col);
    column.width = plan.create ? width : Math.max(column.width ?? 0, width);
  }
  for (const table of plan.tables) addTable(sheet, table);
  if (plan.pageSetup) applyPageSetup(sheet, plan.pageSetup);
}

/** exceljs's (and the file format's) paper size code for A4. */
const PAPER_A4 = 9;

/**
 * A4, one page wide and as many tall as needed (fitToHeight 0), the orientation the plan chose.
 * Print titles and a footer the person set up themselves are kept. exceljs writes the titles'
 * defined name with the sheet name quoted but not escaped, so a name with an apostrophe gets none
 * (a broken name would make Excel repair the file).
 */
function applyPageSetup(sheet: ExcelJS.Worksheet, setup: PageSetup): void {
  const own = sheet.pageSetup ?? {};
  const titles = setup.titleRows && !own.printTitlesRow && !sheet.name.includes("'") ? { printTitlesRow: `${setup.titleRows.first}:${setup.titleRows.last}` } : {};
  sheet.pageSetup = { ...own, paperSize: PAPER_A4, orientation: setup.orientation, fitToPage: true, fitToWidth: setup.fitToWidth, fitToHeight: 0, ...titles };
  const footer = sheet.headerFooter?.oddFooter;
  if (!footer) sheet.headerFooter = { ...(sheet.headerFooter ?? {}), oddFooter: `&L${setup.footer.left}&R${setup.footer.right}` };
}

/** An Excel table over cells the plan has just written: exceljs rewrites them from its rows. */
function addTable(sheet: ExcelJS.Worksheet, spec: TableSpec): void {
  const [from, to] = spec.range.split(':').map(parseA1);
  const row = (r: number) => Array.from({ length: to.col - from.col + 1 }, (_, c) => sheet.getCell(r + 1, from.col + c + 1));
  const headers = row(from.row).map((cell) => String(cell.value ?? ''));
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = from.row + 1; r <= to.row; r++) rows.push(row(r).map((cell) => cell.value));
  sheet.addTable({
    name: spec.name,
    ref: spec.range.split(':')[0],
    headerRow: true,
    style: { theme: spec.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** Names of every Excel table in the workbook (they are unique workbook-wide). */
export function tableNamesOf(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name));
}

/** Checks every sheet of the plan first, so a bad plan changes nothing. */
export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: EditPlan): void {
  for (const p of plan) {
    const exists = !!workbook.getWorksheet(p.sheet);
    if (p.create === exists) {
      throw new InputError(p.create ? `bladet "${p.sheet}" finns redan; inget skrevs` : `bladet "${p.sheet}" finns inte; inget skrevs`);
    }
  }
  for (const p of plan) applySheet(workbook, p);
  // Excel recalculates every formula when the file opens, whatever we cached.
  workbook.calcProperties = { ...(workbook.calcProperties ?? {}), fullCalcOnLoad: true };
}
