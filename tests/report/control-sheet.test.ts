/**
 * @jest-environment node
 *
 * The control report as a sheet ("Kontroll"): for the sample, the plan adds one new sheet with
 * the facts, the summary line, the 7 errors by group and the equity per year, as values (no
 * formula at all, so no label can become one), a page setup and column widths; the name is
 * "Kontroll (2)" when the workbook has a "Kontroll".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { defaultConfig, parseConfig } from '../../src/domain/config';
import { sheetPlanSchema, type CellEdit, type SheetPlan } from '../../src/domain/edits';
import { KRONOR_FORMAT } from '../../src/domain/format';
import { reportModel, type ReportModel } from '../../src/domain/report';
import { controlSheetPlan } from '../../src/domain/report-sheet';
import { validate } from '../../src/domain/validate';
import { snapshotOf } from '../../src/workbook/snapshot';

const SAMPLE = readFileSync(path.join(__dirname, '../../examples/budgetplan-2026.xlsx'));

async function sampleModel(config = defaultConfig): Promise<ReportModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(SAMPLE as unknown as ArrayBuffer);
  const snapshot = snapshotOf(wb.worksheets[0]);
  return reportModel({ file: 'budgetplan-2026.xlsx', snapshot, validation: validate(snapshot, config), date: '2026-11-30', version: '0.1.0', config });
}

/** The sheet's cells by address, and the text of each row (its cells joined by " | "). */
function cellsOf(plan: SheetPlan) {
  const byCell = new Map<string, CellEdit>(plan.edits.map((e) => [e.cell, e]));
  const rows = new Map<number, string[]>();
  for (const e of plan.edits) {
    const row = Number(/\d+$/.exec(e.cell)![0]);
    rows.set(row, [...(rows.get(row) ?? []), String(e.value)]);
  }
  const lines = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => cells.join(' | '));
  return { byCell, lines };
}

describe('the Kontroll sheet of the sample', () => {
  it('is one new sheet "Kontroll" with the facts, the summary, the 7 errors by group and the equity per year', async () => {
    const m = await sampleModel();
    const { sheet, plan } = controlSheetPlan(m, ['Budget 2026']);
    expect(sheet).toBe('Kontroll');
    expect(plan).toHaveLength(1);
    const p = sheetPlanSchema.parse(plan[0]);
    expect(p).toMatchObject({ sheet: 'Kontroll', create: true, tables: [] });
    const { byCell, lines } = cellsOf(p);
    expect(byCell.get('A1')).toMatchObject({ value: 'Kontrollrapport: Budget 2026, budgetår 2026', bold: true });
    expect(lines).toEqual(expect.arrayContaining(['Fil | budgetplan-2026.xlsx', 'Blad | Budget 2026', 'Budgetår | 2026', 'Datum | 2026-11-30', 'Verktyg | Finsam Budget 0.1.0']));
    expect(lines).toContain('7 fel, 24 varningar, 0 ignorerade.');
    // Every error of the report is a row: its cell in A, its message in E, under its group's heading.
    const errors = m.groups.filter((g) => g.severity === 'error').flatMap((g) => g.findings);
    expect(errors).toHaveLength(7);
    for (const f of errors) {
      const row = p.edits.find((e) => e.cell.startsWith('A') && e.value === f.cell && byCell.get(`E${e.cell.slice(1)}`)?.value === f.message);
      expect(row).toBeDefined();
    }
    for (const g of m.groups) expect(lines).toContain(`${g.severity === 'error' ? 'Fel' : 'Varning'}: ${g.title}`);
    // The equity table: a header, then one row per year with the amounts as kronor numbers.
    const header = lines.indexOf('År | Ingående | Utgående | Tak | Golv | Status');
    expect(header).toBeGreaterThan(lines.indexOf('Eget kapital per år'));
    expect(lines.slice(header + 1)).toEqual(
      m.equity.map((e) => [e.year, e.opening ?? '–', e.closing, e.cap, e.floor, { ok: 'Inom gränserna', 'over-cap': 'Över taket', 'below-floor': 'Under golvet' }[e.status]].join(' | ')),
    );
    expect(lines[header + 2]).toBe('2026 | 2714095 | 1532148 | 840000 | 650000 | Över taket');
    // Amounts in the kronor format, the year as a plain number.
    const row2026 = p.edits.filter((e) => e.value === 2026 && e.cell.startsWith('A')).pop()!.cell.slice(1);
    expect(byCell.get(`C${row2026}`)).toMatchObject({ value: 1532148, numberFormat: KRONOR_FORMAT });
    expect(byCell.get(`A${row2026}`)!.numberFormat).toBeUndefined();
  });

  it('prints as the other written sheets: A4, one page wide, the footer; widths from the content, the message column widest', async () => {
    const { plan } = controlSheetPlan(await sampleModel(), []);
    expect(plan[0].pageSetup).toEqual({ paperSize: 'A4', orientation: 'landscape', fitToWidth: 1, footer: { left: '&A', right: 'Sida &P av &N' } });
    const w = plan[0].columnWidths;
    expect(Object.keys(w)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(w.E).toBeGreaterThan(40);
    expect(w.E).toBeLessThanOrEqual(80);
    expect(w.C).toBeGreaterThanOrEqual('5 382 447 kr'.length);
  });

  it('is "Kontroll (2)" when the workbook has a sheet Kontroll (any case), "Kontroll (3)" when that is taken too', async () => {
    const m = await sampleModel();
    expect(controlSheetPlan(m, ['Budget 2026', 'kontroll']).sheet).toBe('Kontroll (2)');
    const { sheet, plan } = controlSheetPlan(m, ['Kontroll', 'Kontroll (2)']);
    expect(sheet).toBe('Kontroll (3)');
    expect(plan[0].sheet).toBe('Kontroll (3)');
  });

  it('lists the findings set aside with their reasons, and counts them in the summary', async () => {
    const config = parseConfig({ dismissed: { findings: [{ rule: 'equity-carry-forward', sheet: 'Budget 2026', cell: 'C7', reason: '2025 är reviderad budget' }] } });
    const { lines } = cellsOf(controlSheetPlan(await sampleModel(config), []).plan[0]);
    expect(lines).toContain('6 fel, 24 varningar, 1 ignorerade.');
    expect(lines).toContain('Ignorerade (1)');
    expect(lines.find((l) => l.startsWith('C7 | ') && l.endsWith(' | 2025 är reviderad budget'))).toBeDefined();
  });
});

describe('text from the workbook', () => {
  it('is written as values, never as a formula, however it begins', async () => {
    const hostile = '=HYPERLINK("http://example.com","klick")';
    const m = await sampleModel();
    const bad: ReportModel = {
      ...m,
      file: '+cmd|x.xlsx',
      sheet: '@SUM(1)',
      groups: [{ ...m.groups[0], title: hostile, findings: [{ ...m.groups[0].findings[0], message: `-${hostile}`, expected: hostile }] }],
      ignored: [{ cell: 'B3', rule: 'r', message: hostile, reason: hostile }],
    };
    const { plan } = controlSheetPlan(bad, []);
    expect(plan[0].edits.filter((e) => e.formula !== undefined)).toEqual([]);
    const values = plan[0].edits.map((e) => e.value);
    for (const text of ['+cmd|x.xlsx', `Fel: ${hostile}`, `-${hostile}`, hostile]) expect(values).toContain(text);
  });
});
