/** The "Antaganden" sheet: Swedish words, the sheet's order, labels that fit, live amounts. */
import { parseConfig } from '../../src/domain/config';
import { forecast } from '../../src/domain/forecast/forecast';
import { parseA1 } from '../../src/domain/snapshot';
import { sheetOf, type TestCell } from '../helpers/sheet';

/** A budget year and three blank prognosis years, with an indexed row, an insats that ends and a reserve. */
function rows(): TestCell[][] {
  return [
    ['Intäkter', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029'],
    ['Försäkringskassan', 1000, null, null, null],
    ['Region Gotland', 1000, null, null, null],
    ['Summa samverkansmedel', { f: '=SUM(B2:B3)', v: 2000 }, null, null, null],
    ['Ränteintäkter', 10, null, null, null],
    ['Eget kapital', 500, null, null, null],
    ['TOTALT', { f: '=SUM(B4:B6)', v: 2510 }, null, null, null],
    [],
    ['Kostnader', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029'],
    ['Administration'],
    ['Lön förbundschef och ekonomiadministration', 1000, null, null, null],
    ['Summa administration', { f: '=SUM(B11)', v: 1000 }, null, null, null],
    ['Utvecklingsinsatser'],
    ['Ung Vux Gotland', 300, null, null, null],
    ['TOTALT Utvecklingsinsatser', { f: '=SUM(B14)', v: 300 }, null, null, null],
    ['Reserv eget kapital', 100, null, null, null],
    ['SUMMA KOSTNADER', { f: '=SUM(B12,B15:B16)', v: 1400 }, null, null, null],
  ];
}

const config = parseConfig({ forecast: { insatsEndYears: { 'Ung Vux Gotland': 2027 } } });
const result = forecast(sheetOf(rows(), { name: 'Budget 2026' }), config);
const plan = result.plan[1];
const cell = (a1: string) => plan.edits.find((e) => e.cell === a1);
const tableRows = () => {
  const out: { row: number; cells: Record<string, unknown> }[] = [];
  for (const e of plan.edits) {
    const { row, col } = parseA1(e.cell);
    if (row < 5) continue;
    let r = out.find((x) => x.row === row);
    if (!r) out.push((r = { row, cells: {} }));
    r.cells['ABCDEF'[col]] = e.formula ?? e.value;
  }
  return out.filter((r) => typeof r.cells.C === 'number');
};

describe('the Antaganden sheet', () => {
  it('names methods in Swedish only: no English method id anywhere a user reads ("insats" is Swedish)', () => {
    const texts = plan.edits.map((e) => (typeof e.value === 'string' ? e.value : '')).join('\n');
    for (const id of ['flat', 'indexed', 'announced', 'trend', 'carry-forward', 'sum']) expect(texts).not.toMatch(new RegExp(`\\b${id}\\b`));
    const names = new Set(tableRows().map((r) => r.cells.D));
    expect(names).toEqual(new Set(['oförändrat', 'indexuppräkning', 'insats till slutår', 'summa', 'eget kapital överfört']));
    expect(texts).toContain('gäller raderna med metoden "indexuppräkning"');
  });

  it('lists the filled cells in the sheet\'s order, by row and then column', () => {
    expect(result.filled.map((f) => f.cell).slice(0, 4)).toEqual(['C2', 'C3', 'C5', 'C11']); // computed year by year
    const listed = tableRows().map((r) => r.cells.A as string);
    expect(listed.slice(0, 7)).toEqual(['C2', 'D2', 'E2', 'C3', 'D3', 'E3', 'C4']);
    const positions = listed.map((a) => parseA1(a));
    const sorted = [...positions].sort((a, b) => a.row - b.row || a.col - b.col);
    expect(positions).toEqual(sorted);
    expect(listed.length).toBe(result.filled.length);
  });

  it('makes every column at least as wide as its longest entry, so no label is cut', () => {
    expect(cell('A3')!.value).toBe('Index per år');
    const longest: Record<string, number> = {};
    for (const e of plan.edits) {
      const { row, col } = parseA1(e.cell);
      // Rows 1-2 and the notes below the table run on into empty cells; C3 too (D3 is empty).
      if (row < 2 || e.cell === 'C3' || typeof e.value !== 'string' || !/^[A-F]$/.test(e.cell.replace(/\d+/, ''))) continue;
      if (row > 4 + tableRows().length) continue;
      const letter = 'ABCDEF'[col];
      longest[letter] = Math.max(longest[letter] ?? 0, e.value.length);
    }
    expect(longest.B).toBe('Lön förbundschef och ekonomiadministration'.length);
    for (const [letter, len] of Object.entries(longest)) expect(plan.columnWidths[letter]).toBeGreaterThanOrEqual(len);
  });

  it('gives each amount as a formula on its filled cell, so it follows the index rate in B3', () => {
    for (const r of tableRows()) expect(r.cells.F).toBe(`='Budget 2026'!${r.cells.A}`);
    const f = plan.edits.find((e) => e.formula === "='Budget 2026'!C11")!;
    expect(f.value).toBe(1030);
    expect(result.filled.find((x) => x.cell === 'C11')!.formula).toBe('=ROUND(B11*(1+Antaganden!$B$3),0)');
  });
});
