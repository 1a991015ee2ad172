/**
 * The standard tables as the engine defines and places them (pure: no file, no host): their
 * headers and rows, the budget-sheet cells their formulas point at, the cap expression against
 * equityCap, and where they may land.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { defaultConfig, equityCap, parseConfig, type Config } from '../../src/domain/config';
import type { CellEdit } from '../../src/domain/edits';
import { computeEquity } from '../../src/domain/equity';
import { parseBudgetSheet } from '../../src/domain/parse';
import type { SheetSnapshot } from '../../src/domain/snapshot';
import { buildTables, tableDefinitions, TableError, type TablesOptions, type TableId } from '../../src/domain/tables';
import { looksLikeCellReference, uniqueTableName } from '../../src/domain/tables/place';
import { capExpression, STATUS_TEXT } from '../../src/domain/tables/refs';
import { snapshotOf } from '../../src/workbook/snapshot';
import { sheetOf, type TestCell } from '../helpers/sheet';
import { budgetRows, equityTable } from '../rules/tables';

const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'budgetplan-2026.xlsx');
const B = "'Budget 2026'";
let sample: SheetSnapshot;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  sample = snapshotOf(wb.getWorksheet('Budget 2026')!);
});

function facts(snapshot: SheetSnapshot, extra: Partial<TablesOptions['workbook']> = {}): TablesOptions['workbook'] {
  return { sheetNames: [snapshot.sheetName], tableNames: [], sheets: [snapshot], ...extra };
}

/** One table placed on a sheet of its own: its edits by cell, and what buildTables said. */
function placed(snapshot: SheetSnapshot, id: TableId, config: Config = defaultConfig, year?: number) {
  const result = buildTables(snapshot, config, { only: [id], year, workbook: facts(snapshot) });
  expect(result.plan).toHaveLength(1);
  const cells = new Map<string, CellEdit>(result.plan[0].edits.map((e) => [e.cell, e]));
  return { ...result, table: result.tables[0], sheetPlan: result.plan[0], cells, at: (a: string) => cells.get(a) };
}

function context(snapshot: SheetSnapshot, config: Config = defaultConfig, year?: number) {
  const sheet = parseBudgetSheet(snapshot, config);
  return { snapshot, sheet, equity: computeEquity(sheet, config), config, year: year ?? sheet.budgetYear! };
}

/** Evaluates ROUND/MAX/MIN arithmetic on numbers, as Excel would (ROUND half away from zero). */
function evaluate(expression: string): number {
  if (!/^[0-9A-Z(),.+*\-]+$/.test(expression)) throw new Error(`cannot evaluate ${expression}`);
  const js = expression.replace(/ROUND\(/g, 'round(').replace(/MAX\(/g, 'Math.max(').replace(/MIN\(/g, 'Math.min(');
  const round = (x: number, d: number) => (Math.sign(x) * Math.round(Math.abs(x) * 10 ** d)) / 10 ** d;
  return new Function('round', `return ${js};`)(round) as number;
}

describe('equity table (EgetKapital) on the sample', () => {
  it('has one row a year, 2025-2029, under the nine headers', () => {
    const content = tableDefinitions.equity.build(context(sample));
    expect(content.headers).toEqual(['År', 'Ingående eget kapital', 'Medlemsbidrag', 'Övriga intäkter', 'Kostnader', 'Utgående eget kapital', 'Tak', 'Golv', 'Status']);
    expect(content.rows.map((r) => r[0].value)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(content.formats.slice(1, 8)).toEqual(Array(7).fill('#,##0 "kr"'));
  });

  it('points its 2027 row at column D of the budget sheet', () => {
    const { at, table } = placed(sample, 'equity');
    expect(table).toMatchObject({ name: 'EgetKapital', sheet: 'Eget kapital', range: 'A3:I8' });
    // Row 6 of the table's sheet is 2027 (header in row 3, 2025 in row 4).
    expect(at('A6')?.value).toBe(2027);
    expect(at('B6')?.formula).toBe(`=${B}!D7`);
    expect(at('C6')?.formula).toBe(`=${B}!D2+${B}!D3`);
    expect(at('D6')?.formula).toBe(`=${B}!D6`);
    expect(at('E6')?.formula).toBe(`=${B}!D23`);
    expect(at('F6')?.formula).toBe(`=${B}!D8-${B}!D23`);
    expect(at('G6')?.formula).toBe(`=${capExpression('C6', defaultConfig)}`);
    expect(at('H6')).toMatchObject({ value: 650_000 });
    expect(at('H6')?.formula).toBeUndefined();
    expect(at('I6')?.formula).toBe('=IF(F6>G6+1,"Över taket",IF(F6<H6-1,"Under golvet","Inom gränserna"))');
  });

  it('never refers to the excluded Lönebidrag* row (row 5) or to a subtotal', () => {
    const { sheetPlan } = placed(sample, 'equity');
    const formulas = sheetPlan.edits.flatMap((e) => (e.formula ? [e.formula] : []));
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).not.toMatch(/!\$?[A-F]\$?(4|5|21)\b/);
  });

  it('caches the numbers the equity command computes', () => {
    const { at } = placed(sample, 'equity');
    const equity = computeEquity(parseBudgetSheet(sample, defaultConfig), defaultConfig);
    equity.forEach((e, i) => {
      const r = 4 + i;
      expect([at(`B${r}`), at(`C${r}`), at(`D${r}`), at(`E${r}`), at(`F${r}`), at(`G${r}`), at(`H${r}`)].map((x) => x?.value)).toEqual([
        e.opening, e.contributions, e.otherIncome, e.costs, e.closing, e.cap, e.floor,
      ]);
      expect(at(`I${r}`)?.value).toBe(STATUS_TEXT[e.status]);
    });
    expect(equity.map((e) => e.status)).toEqual(['over-cap', 'over-cap', 'over-cap', 'over-cap', 'ok']);
  });
});

describe('cap expression', () => {
  it.each([0, 1_000_000, 4_200_000, 5e6, 7e6, 9e6, 12e6, 15e6, 12_345_678])('equals equityCap for contributions %d', (c) => {
    expect(evaluate(capExpression(String(c), defaultConfig))).toBe(equityCap(c, defaultConfig));
  });

  it('gives 1 000 000, 1 700 000 and 2 450 000 kr for 5, 9 and 15 MSEK', () => {
    expect([5e6, 9e6, 15e6].map((c) => evaluate(capExpression(String(c), defaultConfig)))).toEqual([1_000_000, 1_700_000, 2_450_000]);
  });

  it('follows configured tiers, also when the last tier has an upper bound', () => {
    const config = parseConfig({ equity: { capTiers: [{ upTo: 3_000_000, rate: 0.25 }, { upTo: 10_000_000, rate: 0.05 }] } });
    for (const c of [1e6, 3e6, 5e6, 15e6]) expect(evaluate(capExpression(String(c), config))).toBe(equityCap(c, config));
  });
});

describe('equity status and financial goals agree', () => {
  /** Contributions 5 MSEK (cap 1 000 000 kr), opening 800 000 kr, closing as asked in both years. */
  const oneYear = (closing: number) =>
    sheetOf(equityTable([{ contributions: 5_000_000, costs: 800_000 + 5_000_000 - closing }, { contributions: 5_000_000, costs: 5_000_000 }], 800_000));

  it.each([
    ['within', 900_000, 'ok'],
    ['at the cap plus the tolerance', 1_000_001, 'ok'],
    ['over the cap', 1_000_002, 'over-cap'],
    ['at the floor minus the tolerance', 649_999, 'ok'],
    ['under the floor', 649_998, 'below-floor'],
  ] as const)('closing equity %s', (_, closing, status) => {
    const snapshot = oneYear(closing);
    const equity = computeEquity(parseBudgetSheet(snapshot, defaultConfig), defaultConfig);
    expect(equity.map((e) => [e.closing, e.status])).toEqual([[closing, status], [closing, status]]);
    const eq = placed(snapshot, 'equity');
    expect(eq.at('I4')?.value).toBe(STATUS_TEXT[status]);
    const goals = placed(snapshot, 'financial-goals');
    // Goal 2 (floor) in row 5, goal 3 (cap) in row 6; the year in column C.
    expect(goals.at('C5')?.value).toBe(status === 'below-floor' ? 'Ej uppfyllt' : 'Uppfyllt');
    expect(goals.at('C6')?.value).toBe(status === 'over-cap' ? 'Ej uppfyllt' : 'Uppfyllt');
    expect(goals.at('C4')?.value).toBe('Uppfyllt');
  });
});

describe('financial goals table (FinansiellaMal)', () => {
  it('lists the three goals of 3.1.3 with a status per year of the sample', () => {
    const { at, table, sheetPlan } = placed(sample, 'financial-goals');
    expect(table).toMatchObject({ name: 'FinansiellaMal', range: 'A3:G6' });
    expect(['A3', 'B3', 'C3', 'D3', 'E3', 'F3', 'G3'].map((a) => at(a)?.value)).toEqual(['Mål', 'Mått', '2025', '2026', '2027', '2028', '2029']);
    expect(String(at('A4')?.value)).toMatch(/budgetram/);
    expect(String(at('A5')?.value)).toMatch(/självfinansierat/);
    expect(at('A6')?.value).toBe('Förbundets egna kapital ska maximalt uppgå till 20 % på belopp upp till 7 miljoner kronor.');
    // 2027 is column E; it reads closing equity from D8 and D23 of the budget sheet.
    expect(at('E4')?.formula).toBe(`=IF((${B}!D8-${B}!D23)>=0,"Uppfyllt","Ej uppfyllt")`);
    expect(at('E5')?.formula).toBe(`=IF((${B}!D8-${B}!D23)>=649999,"Uppfyllt","Ej uppfyllt")`);
    expect(at('E6')?.formula).toContain(`(${B}!D2+${B}!D3)`);
    // The cap goal fails exactly in the years the equity status is over the cap.
    const equity = computeEquity(parseBudgetSheet(sample, defaultConfig), defaultConfig);
    expect(['C6', 'D6', 'E6', 'F6', 'G6'].map((a) => at(a)?.value)).toEqual(
      equity.map((e) => (e.status === 'over-cap' ? 'Ej uppfyllt' : 'Uppfyllt')),
    );
    expect(sheetPlan.edits.filter((e) => e.formula).length).toBe(15);
  });

  it('states a one-tier cap without an upper bound sensibly', () => {
    const config = parseConfig({ equity: { capTiers: [{ upTo: null, rate: 0.125 }] } });
    const { at } = placed(sample, 'financial-goals', config);
    expect(at('A6')?.value).toBe('Förbundets egna kapital ska maximalt uppgå till 12,5 % av årets medlemsbidrag.');
  });
});

describe('goals table (Mal)', () => {
  it('carries the individual and structural goals with their target values', () => {
    const content = tableDefinitions.goals.build(context(sample));
    expect(content.headers).toEqual(['Nivå', 'Mål', 'Indikator', 'Målvärde', 'Utfall', 'Källa']);
    expect(content.rows).toHaveLength(5);
    const col = (c: number) => content.rows.map((r) => r[c].value);
    expect(col(0)).toEqual(['Individ', 'Individ', 'Individ', 'Struktur', 'Struktur']);
    expect(col(3).filter((v) => typeof v === 'number')).toEqual([0.75, 0.75, 0.9]);
    expect(col(4)).toEqual([null, null, null, null, null]);
    expect(col(5).some((s) => /NNS/.test(String(s)))).toBe(true);
    expect(col(5)).toContain('SUS');
    expect(content.formats[3]).toBe('0%');
    expect(content.formats[4]).toBe('0%');
    expect(tableDefinitions.goals.title(context(sample))).toBe('Mål 2026');
  });
});

describe('insatser table (Insatser)', () => {
  const row = (content: ReturnType<typeof tableDefinitions.insatser.build>, name: string) => {
    const r = content.rows.find((cells) => cells[0].value === name);
    if (!r) throw new Error(`no row ${name} in ${content.rows.map((c) => c[0].value).join(', ')}`);
    return r;
  };

  it('has the period of each insats of the sample', () => {
    const content = tableDefinitions.insatser.build(context(sample));
    expect(content.headers).toEqual(['Insats', 'Målgrupp', 'Startår', 'Slutår', 'Budget 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029']);
    const period = (name: string) => row(content, name).slice(2, 4).map((c) => c.value);
    expect(period('Jobbvagen A/R')).toEqual([2025, 2025]);
    expect(period('Ung Vux Gotland')).toEqual([2025, 2026]);
    expect(period('Nya insatser')).toEqual([2026, null]);
    expect(period('Jobbvägen försteget')).toEqual([2025, 2028]);
    const names = content.rows.map((c) => c[0].value);
    for (const other of ['Försäkringskassan', 'Lönebidrag', 'Reserv eget kapital', 'SUMMA KOSTNADER', 'TOTALT Utvecklingsinsatser']) {
      expect(names.some((n) => String(n).startsWith(other))).toBe(false);
    }
  });

  it('lists the insatser, not the continuing development work of their section', () => {
    const names = tableDefinitions.insatser.build(context(sample)).rows.map((c) => c[0].value);
    expect(names).toEqual(['Jobbvagen A/R', 'Jobbvägen försteget', 'Ung Vux Gotland', 'Nya insatser']);
  });

  it('takes a configured end year over the one read from the sheet', () => {
    const config = parseConfig({ forecast: { insatsEndYears: { 'Nya insatser': 2028 } } });
    const content = tableDefinitions.insatser.build(context(sample, config));
    expect(row(content, 'Nya insatser').slice(2, 4).map((c) => c.value)).toEqual([2026, 2028]);
  });

  it('links each year to the insats row of the budget sheet', () => {
    const { at, table } = placed(sample, 'insatser');
    const names = tableDefinitions.insatser.build(context(sample)).rows.map((c) => c[0].value);
    const r = 4 + names.indexOf('Ung Vux Gotland');
    expect(at(`A${r}`)?.value).toBe('Ung Vux Gotland');
    expect(at(`F${r}`)).toMatchObject({ formula: `=${B}!C19`, value: 850_000 });
    expect(at(`G${r}`)?.formula).toBe(`=${B}!D19`);
    expect(table.range).toBe(`A3:I${3 + names.length}`);
  });
});

describe('budget table (Budgetplan)', () => {
  it('spans the year before the budget year to budget year + 3', () => {
    expect(tableDefinitions.budget.build(context(sample)).headers).toEqual(['Intäkter', 'Budget 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029']);
    expect(tableDefinitions.budget.build(context(sample, defaultConfig, 2028)).headers).toEqual(['Intäkter', 'Budget 2027', 'Budget 2028', 'Prognos 2029', 'Prognos 2030', 'Prognos 2031']);
  });

  it('lays out the reference sections with every total a formula and the items empty', () => {
    const { at, sheetPlan, table } = placed(sample, 'budget');
    const labels = new Map<string, number>();
    for (let r = 4; ; r++) {
      const v = at(`A${r}`)?.value;
      if (r > 60) break;
      if (typeof v === 'string') labels.set(v, r);
    }
    for (const l of ['Försäkringskassan', 'Region Gotland', 'Summa samverkansmedel', 'Ränteintäkter', 'Eget kapital', 'TOTALT', 'Kostnader',
      'Administration', 'Summa administration', 'Utvecklingsinsatser', 'TOTALT Utvecklingsinsatser', 'Insatser', 'Jobbvagen A/R', 'Nya insatser',
      'Summa insatser', 'Reserv eget kapital', 'SUMMA KOSTNADER']) {
      expect(labels.has(l)).toBe(true);
    }
    expect([...labels.keys()].some((l) => l.startsWith('Lönebidrag'))).toBe(false);
    const row = (l: string) => labels.get(l)!;
    expect(at(`B${row('Summa samverkansmedel')}`)?.formula).toBe(`=SUM(B${row('Försäkringskassan')},B${row('Region Gotland')})`);
    expect(at(`D${row('TOTALT')}`)?.formula).toBe(`=SUM(D${row('Summa samverkansmedel')},D${row('Ränteintäkter')},D${row('Eget kapital')})`);
    expect(at(`F${row('SUMMA KOSTNADER')}`)?.formula).toBe(
      `=SUM(F${row('Summa administration')},F${row('TOTALT Utvecklingsinsatser')},F${row('Summa insatser')},F${row('Reserv eget kapital')})`,
    );
    // Equity carried forward: opening of 2027 = TOTALT 2026 - SUMMA KOSTNADER 2026; the first year is typed.
    expect(at(`D${row('Eget kapital')}`)?.formula).toBe(`=C${row('TOTALT')}-C${row('SUMMA KOSTNADER')}`);
    expect(at(`B${row('Eget kapital')}`)?.formula).toBeUndefined();
    expect(at(`B${row('Eget kapital')}`)?.value).toBeNull();
    for (const item of ['Försäkringskassan', 'Personalkostnader', 'Jobbvagen A/R', 'Reserv eget kapital']) {
      for (const c of 'BCDEF') expect(at(`${c}${row(item)}`)).toMatchObject({ value: null });
      expect(at(`C${row(item)}`)?.formula).toBeUndefined();
    }
    expect(table.range).toBe(`A3:F${row('SUMMA KOSTNADER')}`);
    expect(sheetPlan.edits.every((e) => !e.formula || !/!/.test(e.formula))).toBe(true);
  });

  it('uses the reference labels on a sheet without insatser', () => {
    const content = tableDefinitions.budget.build(context(sheetOf(budgetRows())));
    const labels = content.rows.map((r) => r[0].value);
    expect(labels.slice(0, 3)).toEqual(['Försäkringskassan', 'Region Gotland', 'Summa samverkansmedel']);
    expect(labels).toContain('Personalkostnader');
    expect(labels).toContain('Ny insats');
    expect(content.headers).toEqual(['Intäkter', 'Budget 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029']);
  });
});

describe('placement', () => {
  it('puts each table on a new sheet whose name is free, whatever its case', () => {
    const { tables, plan } = buildTables(sample, defaultConfig, {
      only: ['equity', 'goals'],
      workbook: facts(sample, { sheetNames: ['Budget 2026', 'EGET KAPITAL', 'Eget kapital (2)'] }),
    });
    expect(tables.map((t) => t.sheet)).toEqual(['Eget kapital (3)', 'Mål 2026']);
    expect(tables[0].sheetRenamedFrom).toBe('Eget kapital');
    expect(plan.every((p) => p.create)).toBe(true);
    expect(plan.map((p) => p.sheet)).toEqual(['Eget kapital (3)', 'Mål 2026']);
  });

  it('names tables apart from the existing ones, never like a cell address', () => {
    const { tables } = buildTables(sample, defaultConfig, {
      workbook: facts(sample, { tableNames: ['egetkapital', 'Mal', 'Insatser', 'Insatser2'] }),
    });
    expect(tables.map((t) => t.name)).toEqual(['Budgetplan', 'EgetKapital2', 'FinansiellaMal', 'Mal_2', 'Insatser3']);
    expect(tables.map((t) => t.renamedFrom)).toEqual([undefined, 'EgetKapital', undefined, 'Mal', 'Insatser']);
    for (const t of tables) expect(looksLikeCellReference(t.name)).toBe(false);
  });

  it('tells cell addresses from names', () => {
    expect(['Mal2', 'A1', 'XFD1048576', 'r1c1', 'R', 'C12'].filter(looksLikeCellReference)).toEqual(['Mal2', 'A1', 'XFD1048576', 'r1c1', 'R', 'C12']);
    expect(['Mal', 'Mal_2', 'XFE1', 'EgetKapital2', 'ABC0', 'A1048577'].filter(looksLikeCellReference)).toEqual([]);
    const taken = new Set<string>();
    expect(['Mal', 'Mal', 'Mal'].map((b) => uniqueTableName(b, taken))).toEqual(['Mal', 'Mal_2', 'Mal_3']);
  });

  it("'below' lands under the budget sheet's last used row, one table after the other", () => {
    const { tables, plan } = buildTables(sample, defaultConfig, { placement: { mode: 'below' }, workbook: facts(sample) });
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ sheet: 'Budget 2026', create: false });
    // Last used row 23 (SUMMA KOSTNADER): two rows of air, the title in 26, the header in 28.
    expect(plan[0].edits[0]).toMatchObject({ cell: 'A26', value: 'Budgetplan 2026' });
    expect(tables[0].range).toMatch(/^A28:F\d+$/);
    const rows = tables.map((t) => t.range.match(/\d+/g)!.map(Number));
    for (let i = 1; i < rows.length; i++) expect(rows[i][0]).toBeGreaterThan(rows[i - 1][1] + 2);
    for (const e of plan[0].edits) expect(Number(e.cell.match(/\d+/)![0])).toBeGreaterThanOrEqual(26);
  });

  it("'below' on a sheet with notes further down and to the right lands under them", () => {
    const rows: TestCell[][] = [...budgetRows(), [], [], [], []];
    rows.push([undefined, undefined, undefined, undefined, 'Anteckning']);
    const snapshot = sheetOf(rows);
    const { tables } = buildTables(snapshot, defaultConfig, { only: ['equity'], placement: { mode: 'below' }, workbook: facts(snapshot) });
    expect(tables[0].range).toBe('A25:I27');
  });

  it("'at' on empty cells places the table there", () => {
    const { tables, plan } = buildTables(sample, defaultConfig, {
      only: ['equity'],
      placement: { mode: 'at', sheet: 'Budget 2026', cell: 'H1' },
      workbook: facts(sample),
    });
    expect(tables[0]).toMatchObject({ sheet: 'Budget 2026', range: 'H3:P8' });
    expect(plan[0].create).toBe(false);
  });

  it("'at' on non-empty cells throws a TableError and returns nothing", () => {
    const call = () =>
      buildTables(sample, defaultConfig, { only: ['equity'], placement: { mode: 'at', sheet: 'Budget 2026', cell: 'A20' }, workbook: facts(sample) });
    expect(call).toThrow(TableError);
    expect(call).toThrow(/inte tomma/);
  });

  it("'at' refuses when a later table of the same call would land on non-empty cells", () => {
    // The equity table takes rows 1-8, then two rows of air; the goals table would take 11-18.
    const other = sheetOf([...Array.from({ length: 12 }, () => []), ['upptaget']], { name: 'Blad2' });
    const first = buildTables(sample, defaultConfig, {
      only: ['equity'],
      placement: { mode: 'at', sheet: 'Blad2', cell: 'A1' },
      workbook: facts(sample, { sheetNames: ['Budget 2026', 'Blad2'], sheets: [sample, other] }),
    });
    expect(first.tables[0].range).toBe('A3:I8');
    const call = () =>
      buildTables(sample, defaultConfig, {
        only: ['equity', 'goals'],
        placement: { mode: 'at', sheet: 'Blad2', cell: 'A1' },
        workbook: facts(sample, { sheetNames: ['Budget 2026', 'Blad2'], sheets: [sample, other] }),
      });
    expect(call).toThrow(TableError);
  });

  it("'at' refuses a sheet it cannot see into, and one that does not exist", () => {
    const at = (sheet: string, sheetNames: string[]) => () =>
      buildTables(sample, defaultConfig, { only: ['equity'], placement: { mode: 'at', sheet, cell: 'A1' }, workbook: facts(sample, { sheetNames }) });
    expect(at('Blad2', ['Budget 2026', 'Blad2'])).toThrow(TableError);
    expect(at('Saknas', ['Budget 2026'])).toThrow(/finns inte/);
  });

  it('asks once for a table named twice in --only', () => {
    const { tables } = buildTables(sample, defaultConfig, { only: ['equity', 'equity'], workbook: facts(sample) });
    expect(tables.map((t) => t.name)).toEqual(['EgetKapital']);
  });
});
