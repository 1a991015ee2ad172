import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { structureSchema } from '../../src/domain/structure-report';
import type { TestCell } from '../helpers/sheet';

const dir = mkdtempSync(path.join(os.tmpdir(), 'finsam-structure-'));

async function file(rows: TestCell[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget 2026');
  rows.forEach((cells, r) =>
    cells.forEach((c, col) => {
      if (c === null || c === undefined) return;
      ws.getCell(r + 1, col + 1).value = typeof c === 'object' ? ({ formula: c.f.slice(1), result: c.v } as ExcelJS.CellFormulaValue) : c;
    }),
  );
  const out = path.join(dir, `nested-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
  return out;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s) > 0, (s) => err.push(s) > 0);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A nested workbook: a title, a combined column, sub-headings, three levels of totals, typed and as formulas. */
const NESTED: TestCell[][] = [
  ['Samordningsförbundet Väst: budget 2026'],
  ['Belopp i tkr'],
  ['Intäkter', 'Budget 2026', 'Plan 2027', 'Prognos 2028/2029'],
  ['Försäkringskassan', 2_000, 2_000, '2 000/2 000'],
  ['Västra Götalandsregionen', 1_000, 1_000, '1 000/1 000'],
  ['Göteborgs Stad', 1_000, 1_000, '1 000/1 000'],
  ['Summa intäkter', { f: '=SUM(B4:B6)', v: 4_000 }, { f: '=SUM(C4:C6)', v: 4_000 }, '4 000/4 000'],
  ['Kostnader'],
  ['Insatser'],
  ['Individinriktade insatser'],
  ['Jobbsteget', 1_500, 1_500],
  ['Om insatsen förlängs'],
  ['Steget vidare', 500, 500],
  ['Summa individinriktade', 2_000, 2_000],
  ['Strukturella insatser'],
  ['Kartläggning', 1_000, 1_000],
  ['Summa strukturella', 1_000, 1_000],
  ['Summa insatser', 3_000, 3_000],
  ['Administration', null, null],
  ['Personal', 1_200, 1_200],
  ['Summa administration', { f: '=SUM(B20)', v: 1_200 }, { f: '=SUM(C20)', v: 1_200 }],
  ['Summa kostnader', 4_200, 4_200],
  ['Årets resultat', { f: '=B7-B22', v: -200 }, { f: '=C7-C22', v: -200 }],
  ['Eget kapital vid årets början', 1_500, 1_300],
  ['Eget kapital vid årets slut', { f: '=B24+B23', v: 1_300 }, { f: '=C24+C23', v: 1_100 }],
];

describe('finsam-budget structure', () => {
  it('prints the JSON of a nested workbook: every decision with its reason', async () => {
    const r = await run(['structure', await file(NESTED), '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = structureSchema.parse(JSON.parse(r.out));
    expect(json).toEqual({
      sheet: 'Budget 2026',
      headerRows: [3],
      labelColumn: 'A',
      budgetYear: 2026,
      unit: { name: 'tkr', scale: 1000, source: 'cellen A2 "Belopp i tkr"' },
      years: [
        { year: 2026, column: 'B', kind: 'budget', header: 'Budget 2026' },
        { year: 2027, column: 'C', kind: 'prognosis', header: 'Plan 2027' },
      ],
      rows: [
        { row: 4, label: 'Försäkringskassan', block: 'income', role: 'contribution' },
        { row: 5, label: 'Västra Götalandsregionen', block: 'income', role: 'contribution' },
        { row: 6, label: 'Göteborgs Stad', block: 'income', role: 'contribution' },
        { row: 7, label: 'Summa intäkter', block: 'income', role: 'income-total' },
        { row: 9, label: 'Insatser', block: 'cost', role: 'section-header', section: 'Insatser' },
        { row: 10, label: 'Individinriktade insatser', block: 'cost', role: 'section-header', section: 'Individinriktade insatser' },
        { row: 11, label: 'Jobbsteget', block: 'cost', role: 'item', section: 'Individinriktade insatser' },
        { row: 12, label: 'Om insatsen förlängs', block: 'cost', role: 'section-header', section: 'Om insatsen förlängs' },
        { row: 13, label: 'Steget vidare', block: 'cost', role: 'item', section: 'Om insatsen förlängs' },
        { row: 14, label: 'Summa individinriktade', block: 'cost', role: 'subtotal', section: 'Om insatsen förlängs' },
        { row: 15, label: 'Strukturella insatser', block: 'cost', role: 'section-header', section: 'Strukturella insatser' },
        { row: 16, label: 'Kartläggning', block: 'cost', role: 'item', section: 'Strukturella insatser' },
        { row: 17, label: 'Summa strukturella', block: 'cost', role: 'subtotal', section: 'Strukturella insatser' },
        { row: 18, label: 'Summa insatser', block: 'cost', role: 'subtotal', section: 'Strukturella insatser' },
        { row: 19, label: 'Administration', block: 'cost', role: 'section-header', section: 'Administration' },
        { row: 20, label: 'Personal', block: 'cost', role: 'item', section: 'Administration' },
        { row: 21, label: 'Summa administration', block: 'cost', role: 'subtotal', section: 'Administration' },
        { row: 22, label: 'Summa kostnader', block: 'cost', role: 'cost-total', section: 'Administration' },
        { row: 23, label: 'Årets resultat', block: 'cost', role: 'result', section: 'Administration' },
        { row: 24, label: 'Eget kapital vid årets början', block: 'cost', role: 'opening-equity', section: 'Administration' },
        { row: 25, label: 'Eget kapital vid årets slut', block: 'cost', role: 'closing-equity', section: 'Administration' },
      ],
      totals: [
        { row: 7, label: 'Summa intäkter', covers: [4, 5, 6], decidedBy: 'formula', reason: 'formeln i summacellen anger raderna', uncertain: false },
        {
          row: 14, label: 'Summa individinriktade', covers: [11, 13], decidedBy: 'arithmetic', uncertain: false,
          reason: 'raderna ovanför summerar till beloppet (stämmer 2 av 2 år); rubrikerna ensamma hade angett andra rader',
        },
        { row: 17, label: 'Summa strukturella', covers: [16], decidedBy: 'label', reason: 'rubrikerna anger raderna (stämmer 2 av 2 år)', uncertain: false },
        { row: 18, label: 'Summa insatser', covers: [14, 17], decidedBy: 'label', reason: 'rubrikerna anger raderna (stämmer 2 av 2 år)', uncertain: false },
        { row: 21, label: 'Summa administration', covers: [20], decidedBy: 'formula', reason: 'formeln i summacellen anger raderna', uncertain: false },
        { row: 22, label: 'Summa kostnader', covers: [18, 21], decidedBy: 'label', reason: 'rubrikerna anger raderna (stämmer 2 av 2 år)', uncertain: false },
        { row: 23, label: 'Årets resultat', covers: [7], minus: [22], decidedBy: 'formula', reason: 'formeln i summacellen anger raderna', uncertain: false },
        { row: 25, label: 'Eget kapital vid årets slut', covers: [24, 23], decidedBy: 'formula', reason: 'formeln i summacellen anger raderna', uncertain: false },
      ],
      members: [
        { row: 4, label: 'Försäkringskassan', payer: 'state' },
        { row: 5, label: 'Västra Götalandsregionen', payer: 'region' },
        { row: 6, label: 'Göteborgs Stad', payer: 'municipality' },
      ],
      equity: { convention: 'result', description: expect.stringMatching(/vid årets slut = vid årets början \+ årets resultat/) },
      skipped: [
        { what: 'column', cell: 'D3', text: 'Prognos 2028/2029', reason: expect.stringMatching(/två år i samma cell \(2028 och 2029\)/) },
      ],
      yearProblems: [],
    });
  });

  it('validate on the same workbook: no error, equity in kronor from tkr, the combined column as a warning', async () => {
    const r = await run(['validate', await file(NESTED), '--json']);
    const json = JSON.parse(r.out);
    expect(json.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(json.findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toContain('unclear-structure@D3');
    expect(json.equity.map((e: { closing: number }) => e.closing)).toEqual([1_300_000, 1_100_000]);
    expect(r.code).toBe(0);
  });

  it('text output names the sheet, the totals and how each was decided', async () => {
    const r = await run(['structure', await file(NESTED)]);
    expect(r.out).toMatch(/Så läste verktyget bladet "Budget 2026"/);
    expect(r.out).toMatch(/Summa individinriktade: rad 11, 13 {2}\[aritmetik\]/);
    expect(r.out).toMatch(/D3 {2}"Prognos 2028\/2029"/);
  });
});
