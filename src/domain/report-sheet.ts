/**
 * The control report as a sheet of the workbook ("Kontroll"): the plan's facts, the summary
 * line, the findings by group, the ones set aside with their reasons, and the equity per year.
 * Values only: every text (a finding's message quotes the user's labels) is written as a value,
 * never inside a formula (SECURITY.md, "Formula injection"), and the figures are the report's
 * own, so the sheet records what the check found on the day it was made. Pure: the pane applies
 * the plan through the host, as one undoable action.
 */
import type { CellEdit, EditPlan } from './edits';
import { uniqueSheetName } from './forecast/assumptions';
import { KRONOR_FORMAT } from './format';
import { DEFAULT_WIDTH, pageSetupFor } from './print';
import type { ReportModel } from './report';
import { columnLetter, toA1 } from './snapshot';
import { STATUS_TEXT } from './tables/refs';

export const CONTROL_SHEET = 'Kontroll';
const REASON = 'kontrollrapporten';
const SEVERITY = { error: 'Fel', warning: 'Varning' } as const;
/** Widest a column gets, in characters: one long message would otherwise shrink the whole page when it is fitted to one page wide. */
const MAX_WIDTH = [12, 10, 16, 16, 80, 40];

type Cell = string | number | null | undefined;

/** The rows of the sheet, top to bottom; a row of a table sizes its columns, a free line does not. */
export interface Line {
  cells: Cell[];
  bold?: boolean;
  table?: boolean;
  /** Columns whose numbers are kronor (the others, years, are plain). */
  kronor?: number[];
}

const FINDING_HEADERS = ['Cell', 'År', 'Förväntat', 'Faktiskt', 'Vad'];
const EQUITY_HEADERS = ['År', 'Ingående', 'Utgående', 'Tak', 'Golv', 'Status'];

function summaryLine(m: ReportModel): string {
  const { errors, warnings, ignored } = m.summary;
  return `${errors} fel, ${warnings} varningar, ${ignored} ignorerade.`;
}

function findingLines(m: ReportModel): Line[] {
  const lines: Line[] = [{ cells: ['Fynd'], bold: true }];
  if (!m.groups.length) lines.push({ cells: ['Inga fel och inga varningar.'] });
  for (const g of m.groups) {
    lines.push({ cells: [`${SEVERITY[g.severity]}: ${g.title}`], bold: true });
    lines.push({ cells: FINDING_HEADERS, bold: true, table: true });
    for (const f of g.findings) lines.push({ cells: [f.cell, f.year, f.expected, f.actual, f.message], table: true, kronor: [2, 3] });
    lines.push({ cells: [] });
  }
  if (m.ignored.length) {
    lines.push({ cells: [`Ignorerade (${m.ignored.length})`], bold: true });
    lines.push({ cells: ['Cell', null, null, null, 'Vad', 'Skäl'], bold: true, table: true });
    for (const f of m.ignored) lines.push({ cells: [f.cell, null, null, null, f.message, f.reason ?? 'inget skäl angivet'], table: true });
    lines.push({ cells: [] });
  }
  return lines;
}

function equityLines(m: ReportModel): Line[] {
  return [
    { cells: ['Eget kapital per år'], bold: true },
    { cells: EQUITY_HEADERS, bold: true, table: true },
    ...m.equity.map((e) => ({ cells: [e.year, e.opening ?? '–', e.closing, e.cap, e.floor, STATUS_TEXT[e.status]], table: true, kronor: [1, 2, 3, 4] })),
  ];
}

/** The lines of the sheet for a report: what the HTML report's first pages show, as cells. */
export function controlSheetLines(m: ReportModel): Line[] {
  return [
    { cells: [`Kontrollrapport: ${m.sheet}${m.budgetYear ? `, budgetår ${m.budgetYear}` : ''}`], bold: true },
    { cells: [] },
    { cells: ['Fil', m.file] },
    { cells: ['Blad', m.sheet] },
    { cells: ['Budgetår', m.budgetYear ?? 'hittades inte'] },
    { cells: ['Datum', m.date] },
    { cells: ['Verktyg', `Finsam Budget ${m.version}`] },
    { cells: [] },
    { cells: [summaryLine(m)], bold: true },
    { cells: [] },
    ...findingLines(m),
    ...equityLines(m),
  ];
}

/** Characters a cell shows: numbers in the kronor format ("−1 234 567 kr"), years as they are. */
function shownWidth(v: Cell, kronor: boolean): number {
  if (typeof v !== 'number') return String(v ?? '').length;
  const digits = String(Math.abs(Math.round(v))).length;
  return kronor ? digits + Math.floor((digits - 1) / 3) + 3 + (v < 0 ? 1 : 0) : digits;
}

/**
 * The plan that adds the sheet: "Kontroll", or "Kontroll (2)" when the workbook has one.
 * `existingSheets` are the workbook's sheet names as last read.
 */
export function controlSheetPlan(m: ReportModel, existingSheets: string[]): { sheet: string; plan: EditPlan } {
  const sheet = uniqueSheetName(CONTROL_SHEET, existingSheets);
  const edits: CellEdit[] = [];
  const widths = MAX_WIDTH.map(() => DEFAULT_WIDTH);
  controlSheetLines(m).forEach((line, r) =>
    line.cells.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const kronor = typeof v === 'number' && (line.kronor?.includes(c) ?? false);
      const edit: CellEdit = { cell: toA1(r, c), value: v, reason: REASON };
      if (kronor) edit.numberFormat = KRONOR_FORMAT;
      if (line.bold) edit.bold = true;
      edits.push(edit);
      if (line.table) widths[c] = Math.min(MAX_WIDTH[c], Math.max(widths[c], shownWidth(v, kronor) + 2));
    }),
  );
  const columnWidths = Object.fromEntries(widths.map((w, c) => [columnLetter(c), w]));
  return { sheet, plan: [{ sheet, create: true, edits, tables: [], columnWidths, pageSetup: pageSetupFor(widths) }] };
}
