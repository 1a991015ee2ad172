/**
 * `finsam-budget tables` end to end on the sample: the written workbook re-read by exceljs with
 * its tables intact, formats and widths, --json, inserting twice, --place below, bad flags.
 */
import { buildCli, expectRefused, runCli } from '../helpers/cli';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { tablesJsonSchema } from '../../src/cli/schemas';
import { parseA1, toA1 } from '../../src/domain/snapshot';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'examples', 'budgetplan-2026.xlsx');
const KR = '#,##0 "kr"';
let dir: string;

const run = (...args: string[]) => runCli(dir, args);
const tmp = (name: string) => path.join(dir, name);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface TableModel {
  name: string;
  tableRef?: string;
  ref: string;
  headerRow: boolean;
  columns: { name: string }[];
  style: { theme?: string; showRowStripes?: boolean };
}
function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  return (ws.getTables() as unknown as { table: TableModel }[]).map((t) => t.table);
}
function tableRange(t: TableModel): string {
  return t.tableRef ?? t.ref;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every table of the workbook: name -> sheet, range, header names, style. */
function allTables(wb: ExcelJS.Workbook) {
  return new Map(
    wb.worksheets.flatMap((ws) =>
      tablesOf(ws).map((t) => [t.name, { sheet: ws.name, range: tableRange(t), headers: t.columns.map((c) => c.name), style: t.style }] as const),
    ),
  );
}

/** The cells of a sheet as comparable text: address -> value (formulas as their text). */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const text = v && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : JSON.stringify(v);
      out.set(cell.address, `${text} ${cell.numFmt ?? ''}`);
    }),
  );
  return out;
}

function cellsIn(range: string): string[] {
  const [a, b] = range.split(':').map(parseA1);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(toA1(r, c));
  return out;
}

const EXPECTED = {
  Budgetplan: { sheet: 'Budgetplan 2026', first: ['Intäkter', 'Budget 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029'] },
  EgetKapital: { sheet: 'Eget kapital', first: ['År', 'Ingående eget kapital', 'Medlemsbidrag', 'Övriga intäkter', 'Kostnader', 'Utgående eget kapital', 'Tak', 'Golv', 'Status'] },
  FinansiellaMal: { sheet: 'Finansiella mål', first: ['Mål', 'Mått', '2025', '2026', '2027', '2028', '2029'] },
  Mal: { sheet: 'Mål 2026', first: ['Nivå', 'Mål', 'Indikator', 'Målvärde', 'Utfall', 'Källa'] },
  Insatser: { sheet: 'Beslutade insatser', first: ['Insats', 'Målgrupp', 'Startår', 'Slutår', 'Budget 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029'] },
};

let first: ReturnType<typeof run>;
let out1: string;
let sampleHash: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'finsam-tables-cli-'));
  buildCli();
  sampleHash = sha(SAMPLE);
  out1 = tmp('tabeller.xlsx');
  first = run('tables', SAMPLE, '-o', out1);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('tables on the sample', () => {
  it('writes a new workbook and leaves the input alone', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Infogade 5 tabeller från bladet "Budget 2026"');
    expect(first.stdout).toContain(out1);
    expect(first.stdout).not.toMatch(/fanns redan/);
    expect(sha(SAMPLE)).toBe(sampleHash);
  });

  it('re-reads with exceljs with every table intact: name, sheet, header, style', async () => {
    const wb = await open(out1);
    const tables = allTables(wb);
    expect([...tables.keys()]).toEqual(Object.keys(EXPECTED));
    for (const [name, want] of Object.entries(EXPECTED)) {
      const t = tables.get(name)!;
      expect(t.sheet).toBe(want.sheet);
      expect(t.headers).toEqual(want.first);
      expect(t.style).toMatchObject({ theme: 'TableStyleMedium2', showRowStripes: true });
      expect(t.range).toMatch(/^A3:[A-Z]+\d+$/);
      // The header row of the range holds the header names as text.
      const ws = wb.getWorksheet(t.sheet)!;
      const headerCells = cellsIn(t.range).filter((a) => a.endsWith('3') && parseA1(a).row === 2);
      expect(headerCells.map((a) => ws.getCell(a).value)).toEqual(want.first);
      expect(ws.getCell('A1').font?.bold).toBe(true);
    }
    expect(tables.get('EgetKapital')!.range).toBe('A3:I8');
    expect(tables.get('FinansiellaMal')!.range).toBe('A3:G6');
    expect(tables.get('Mal')!.range).toBe('A3:F8');
    // The budget sheet itself is unchanged.
    const before = await open(SAMPLE);
    expect(cellsOf(wb.getWorksheet('Budget 2026')!)).toEqual(cellsOf(before.getWorksheet('Budget 2026')!));
  });

  it('keeps the formulas into the budget sheet and the kronor format on kronor columns', async () => {
    const wb = await open(out1);
    const eq = wb.getWorksheet('Eget kapital')!;
    expect(eq.getCell('F6').formula).toBe("'Budget 2026'!D8-'Budget 2026'!D23");
    for (const col of 'BCDEFGH') for (let r = 4; r <= 8; r++) expect(eq.getCell(`${col}${r}`).numFmt).toBe(KR);
    expect(eq.getCell('A4').numFmt).not.toBe(KR);
    const ins = wb.getWorksheet('Beslutade insatser')!;
    for (const col of 'EFGHI') expect(ins.getCell(`${col}4`).numFmt).toBe(KR);
    const plan = wb.getWorksheet('Budgetplan 2026')!;
    expect(plan.getCell('B6').formula).toMatch(/^SUM\(/);
    expect(plan.getCell('B6').numFmt).toBe(KR);
    const goals = wb.getWorksheet('Mål 2026')!;
    expect(goals.getCell('D4')).toMatchObject({ value: 0.75, numFmt: '0%' });
  });

  it('fits the column widths', async () => {
    const wb = await open(out1);
    for (const want of Object.values(EXPECTED)) {
      const ws = wb.getWorksheet(want.sheet)!;
      want.first.forEach((h, c) => {
        const width = ws.getColumn(c + 1).width;
        expect(width).toBeDefined();
        expect(width!).toBeGreaterThanOrEqual(Math.min(60, h.length + 2));
        expect(width!).toBeLessThanOrEqual(60);
      });
    }
    expect(wb.getWorksheet('Finansiella mål')!.getColumn(1).width).toBe(60);
    expect(wb.getWorksheet('Budgetplan 2026')!.getColumn(1).width).toBeGreaterThanOrEqual('Strukturell samverkan & kompetensutveckling'.length);
  });
});

describe('--json', () => {
  it('lists each table with name, sheet and range, as the workbook has them', async () => {
    const out = tmp('json.xlsx');
    const r = run('tables', SAMPLE, '-o', out, '--json', '--only', 'equity,insatser');
    expect(r.code).toBe(0);
    const json = tablesJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.output).toBe(out);
    expect(json.tables.map((t) => [t.id, t.name, t.sheet])).toEqual([
      ['equity', 'EgetKapital', 'Eget kapital'],
      ['insatser', 'Insatser', 'Beslutade insatser'],
    ]);
    const tables = allTables(await open(out));
    for (const t of json.tables) expect(tables.get(t.name)).toMatchObject({ sheet: t.sheet, range: t.range });
    expect(tables.size).toBe(2);
  });
});

describe('inserting twice', () => {
  let second: ReturnType<typeof run>;
  const out2 = () => tmp('tabeller-2.xlsx');

  beforeAll(() => {
    second = run('tables', out1, '-o', out2());
  });

  it('gives the new tables new names on new sheets, and says so', async () => {
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const tables = allTables(await open(out2()));
    expect([...tables.keys()]).toEqual([...Object.keys(EXPECTED), 'Budgetplan2', 'EgetKapital2', 'FinansiellaMal2', 'Mal_2', 'Insatser2']);
    expect(tables.get('EgetKapital2')!.sheet).toBe('Eget kapital (2)');
    expect(tables.get('Mal_2')!.sheet).toBe('Mål 2026 (2)');
    for (const [name, want] of Object.entries(EXPECTED)) expect(tables.get(name)!.sheet).toBe(want.sheet);
    // A line too long for 80 columns goes on, indented, on the next: read each table's line whole.
    const lines = second.stdout.replace(/\n {4}/g, ' ').split('\n').filter((l) => /tabellen \S+ på bladet/.test(l));
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(l).toMatch(/fanns redan, så den nya fick ett eget namn och en egen plats/);
    expect(lines.join('\n')).toMatch(/tabellen EgetKapital2 på bladet "Eget kapital \(2\)".*EgetKapital.*fanns redan/);
  });

  it('leaves the first insertion as it was', async () => {
    const a = await open(out1);
    const b = await open(out2());
    for (const want of [...Object.values(EXPECTED), { sheet: 'Budget 2026' }]) {
      const before = cellsOf(a.getWorksheet(want.sheet)!);
      expect(before.size).toBeGreaterThan(0);
      expect(cellsOf(b.getWorksheet(want.sheet)!)).toEqual(before);
    }
    const t1 = allTables(a);
    const t2 = allTables(b);
    for (const name of Object.keys(EXPECTED)) expect(t2.get(name)).toEqual(t1.get(name));
  });

  it('a third time: EgetKapital3 on "Eget kapital (3)"', async () => {
    const out3 = tmp('tabeller-3.xlsx');
    const r = run('tables', out2(), '-o', out3, '--only', 'equity', '--json');
    expect(r.code).toBe(0);
    const json = tablesJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.tables).toEqual([expect.objectContaining({ name: 'EgetKapital3', sheet: 'Eget kapital (3)' })]);
    expect(allTables(await open(out3)).size).toBe(11);
  });
});

describe('--place below', () => {
  it('puts the tables under the budget table, never on a non-empty cell, without narrowing its columns', async () => {
    const out = tmp('below.xlsx');
    const r = run('tables', SAMPLE, '-o', out, '--place', 'below', '--json');
    expect(r.code).toBe(0);
    const json = tablesJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.tables).toHaveLength(5);
    expect(json.tables.every((t) => t.sheet === 'Budget 2026')).toBe(true);
    expect(json.tables[0].range).toBe('A28:F54');
    const sample = (await open(SAMPLE)).getWorksheet('Budget 2026')!;
    const original = cellsOf(sample);
    const wb = await open(out);
    const ws = wb.getWorksheet('Budget 2026')!;
    // The original cells are unchanged; every cell of every table and its title was empty.
    const after = cellsOf(ws);
    for (const [a, v] of original) expect(after.get(a)).toBe(v);
    let lastEnd = 23;
    for (const t of json.tables) {
      const [start, end] = t.range.split(':').map(parseA1);
      expect(start.row - 2).toBeGreaterThan(lastEnd); // title row, 0-based start.row - 2, past the last used row
      for (const a of cellsIn(`${toA1(start.row - 2, start.col)}:${toA1(end.row, end.col)}`)) expect(original.has(a)).toBe(false);
      lastEnd = end.row + 1;
    }
    const tables = allTables(wb);
    for (const t of json.tables) expect(tables.get(t.name)).toMatchObject({ sheet: 'Budget 2026', range: t.range });
    for (let c = 1; c <= 6; c++) expect(ws.getColumn(c).width!).toBeGreaterThanOrEqual(sample.getColumn(c).width!);
  });

  it('a second time lands under the first insertion', async () => {
    const first = tmp('below-1.xlsx');
    const second = tmp('below-2.xlsx');
    expect(run('tables', SAMPLE, '-o', first, '--place', 'below', '--only', 'equity').code).toBe(0);
    const r = run('tables', first, '-o', second, '--place', 'below', '--only', 'equity', '--json');
    expect(r.code).toBe(0);
    const json = tablesJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.tables[0].name).toBe('EgetKapital2');
    const tables = allTables(await open(second));
    const r1 = tables.get('EgetKapital')!.range;
    const r2 = tables.get('EgetKapital2')!.range;
    expect(parseA1(r2.split(':')[0]).row).toBeGreaterThan(parseA1(r1.split(':')[1]).row + 2);
  });
});

describe('bad flags', () => {
  it.each([
    [['--only', 'eget-kapital'], /--only: okänd tabell "eget-kapital"; välj bland budget, equity/],
    [['--only', ''], /--only/],
    [['--only', 'equity,nope'], /"nope"/],
    [['--year', '26'], /--year ska vara ett årtal/],
    [['--year', 'tjugo'], /--year/],
    [['--place', 'top'], /--place ska vara "sheet".*"below"/],
    [['--place'], /--place/],
  ])('%j exits 2 with one Swedish line and writes nothing', (flags, reason) => {
    const out = tmp(`bad-${flags.join('_').replace(/[^a-z0-9_-]/gi, '')}.xlsx`);
    const r = run('tables', SAMPLE, '-o', out, ...flags);
    expectRefused(r, reason);
    expect(existsSync(out)).toBe(false);
  });
});
