import { parseYearHeader, kindWord } from '../../src/domain/headers';
import { NoBudgetTableError } from '../../src/domain/parse';
import { findings, parsed, type TestCell } from './helpers';

describe('parseYearHeader: header words and shapes', () => {
  it.each([
    ['Budget 2026', { year: 2026, kind: 'budget' }],
    ['Budgetplan 2026', { year: 2026, kind: 'budget' }],
    ['Plan 2027', { year: 2027, kind: 'prognosis' }],
    ['Prognos 2027', { year: 2027, kind: 'prognosis' }],
    ['Utfall 2025', { year: 2025, kind: 'outcome' }],
    ['Bokslut 2024', { year: 2024, kind: 'outcome' }],
    ['2026 Budget', { year: 2026, kind: 'budget' }],
    ['Budget\n2026', { year: 2026, kind: 'budget' }],
    ['Budget 2026 (tkr)', { year: 2026, kind: 'budget', tkr: true }],
    ['Rev budget 2025', { year: 2025, kind: 'budget' }],
    [2026, { year: 2026, kind: 'year' }],
    ['Prognos 2023/2024', { year: 2023, kind: 'prognosis', alsoYear: 2024 }],
  ] as [TestCell, object][])('%j', (cell, want) => {
    expect(parseYearHeader(cell as never)).toEqual(want);
  });

  it.each([['Budgetplan 2026 för Samordningsförbundet'], ['Beslut 2025-11-20'], ['Konto 3010'], [3010], ['Förändring %']])('%j is no year header', (cell) => {
    expect(parseYearHeader(cell as never)).toBeNull();
  });

  it('kind words alone for two-row headers', () => {
    expect(['Utfall', 'Budget', 'Plan', 'Prognos', 'Bokslut', 'Text'].map((w) => kindWord(w))).toEqual(['outcome', 'budget', 'prognosis', 'prognosis', 'outcome', null]);
  });
});

const body = (years: number): TestCell[][] => [
  ['Försäkringskassan', ...Array(years).fill(2_000_000)],
  ['Region Skåne', ...Array(years).fill(2_000_000)],
  ['Summa intäkter', ...Array(years).fill(4_000_000)],
  ['Kostnader'],
  ['Personal', ...Array(years).fill(3_000_000)],
  ['Lokaler', ...Array(years).fill(500_000)],
  ['Summa kostnader', ...Array(years).fill(3_500_000)],
];

describe('where the header is and what it says', () => {
  it('title, association, "Belopp i kr", a date and blank rows above the header', () => {
    const rows: TestCell[][] = [
      ['Budgetplan 2026'],
      ['Samordningsförbundet Mitt'],
      ['Belopp i kr'],
      ['2025-10-15'],
      [],
      ['Intäkter', 'Utfall 2025', 'Budget 2026', 'Plan 2027', 'Plan 2028'],
      ...body(4),
    ];
    const sheet = parsed(rows);
    expect(sheet.headerRows).toEqual([5]);
    expect(sheet.years.map((y) => `${y.kind} ${y.year}`)).toEqual(['outcome 2025', 'budget 2026', 'prognosis 2027', 'prognosis 2028']);
    expect(sheet.budgetYear).toBe(2026);
    expect(findings(rows)).toEqual([]);
  });

  it('two header rows: kinds above the years, "Plan" merged over two columns', () => {
    const rows: TestCell[][] = [
      ['Budget för förbundet'],
      [null, 'Utfall', 'Budget', 'Plan', null],
      ['Intäkter', 2025, 2026, 2027, 2028],
      ...body(4),
    ];
    const sheet = parsed(rows);
    expect(sheet.years.map((y) => y.kind)).toEqual(['outcome', 'budget', 'prognosis', 'prognosis']);
    expect(sheet.budgetYear).toBe(2026);
    expect(sheet.headerRows.sort()).toEqual([1, 2]);
    expect(findings(rows)).toEqual([]);
  });

  it('two header rows: kinds below the years', () => {
    const rows: TestCell[][] = [
      ['Intäkter', '2025', '2026', '2027'],
      [null, 'Bokslut', 'Budget', 'Prognos'],
      ...body(3),
    ];
    const sheet = parsed(rows);
    expect(sheet.budgetYear).toBe(2026);
    expect(sheet.rows.find((r) => r.label === 'Summa intäkter')?.role).toBe('income-total');
    expect(findings(rows)).toEqual([]);
  });

  it('bare years and a title naming the budget year', () => {
    const rows: TestCell[][] = [['Budget 2026 med plan för 2027–2028'], [], ['Intäkter', 2026, 2027, 2028], ...body(3)];
    expect(parsed(rows).budgetYear).toBe(2026);
    expect(findings(rows)).toEqual([]);
  });

  it('a combined column "Prognos 2023/2024" is reported (skipped, with a warning), not dropped silently', () => {
    const rows: TestCell[][] = [
      ['Intäkter', 'Budget 2021', 'Budgetplan 2022', 'Prognos 2023/2024'],
      ...body(2).map((r) => (r.length > 1 ? [...r, `${r[1]}/${r[1]}`] : r)),
    ];
    const sheet = parsed(rows);
    expect(sheet.years.map((y) => y.year)).toEqual([2021, 2022]);
    expect(sheet.skipped).toEqual([expect.objectContaining({ what: 'column', text: 'Prognos 2023/2024', warn: true })]);
    expect(findings(rows)).toEqual([]);
    expect(findings(rows, {}, 'warning')).toContain('unclear-structure@D1');
  });

  it('Utfall and Prognos for the same year: the later column is read, the other is skipped with its reason', () => {
    const rows: TestCell[][] = [['Intäkter', 'Utfall 2025', 'Prognos 2025', 'Budget 2026', 'Plan 2027'], ...body(4)];
    const sheet = parsed(rows);
    expect(sheet.years.map((y) => y.header)).toEqual(['Prognos 2025', 'Budget 2026', 'Plan 2027']);
    expect(sheet.skipped[0]).toMatchObject({ text: 'Utfall 2025', reason: expect.stringMatching(/Prognos 2025/) });
    expect(findings(rows)).toEqual([]);
  });

  it('no budget year: the message names the header cells it read', () => {
    const rows: TestCell[][] = [['Intäkter', 'Utfall 2024', 'Utfall 2025'], ...body(2)];
    expect(parsed(rows).yearProblems.join(' ')).toMatch(/B1 "Utfall 2024", C1 "Utfall 2025"/);
  });

  it('years with no label column: the error names the cells read', () => {
    expect(() => parsed([['Budget 2026', 'Prognos 2027'], [1, 2]])).toThrow(NoBudgetTableError);
    expect(() => parsed([['Budget 2026', 'Prognos 2027'], [1, 2]])).toThrow(/A1 "Budget 2026"/);
  });

  it('tkr in a header or a note: amounts are thousands', () => {
    const tkr = (rows: TestCell[][]) => parsed(rows).unit;
    expect(tkr([['Intäkter', 'Budget 2026 (tkr)', 'Plan 2027 (tkr)'], ...body(2)])).toMatchObject({ name: 'tkr', scale: 1000 });
    expect(tkr([['Belopp i tkr'], ['Intäkter', 'Budget 2026', 'Plan 2027'], ...body(2)])).toMatchObject({ name: 'tkr', source: expect.stringMatching(/A1/) });
    expect(tkr([['Intäkter', 'Budget 2026', 'Plan 2027'], ...body(2)])).toMatchObject({ name: 'kr', scale: 1 });
    expect(parsed([['Intäkter', 'Budget 2026', 'Plan 2027'], ...body(2)], { unit: 'tkr' }).unit.source).toMatch(/konfigurationen/);
  });

  it('structure.ignoreColumns leaves a column out, by letter or header', () => {
    const rows: TestCell[][] = [['Intäkter', 'Budget 2026', 'Plan 2027', 'Plan 2028'], ...body(3)];
    expect(parsed(rows, { structure: { ignoreColumns: ['D'] } }).years.map((y) => y.year)).toEqual([2026, 2027]);
    expect(parsed(rows, { structure: { ignoreColumns: ['plan 2027'] } }).years.map((y) => y.year)).toEqual([2026, 2028]);
  });
});
