import { buildCli, equityRows, expectRefused as refused, runCli, wideLines, type Run } from './helpers/cli';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { validateJsonSchema } from '../src/cli/schemas';
import { validBudgetRows, type TestCell } from './helpers/sheet';

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'examples', 'budgetplan-2026.xlsx');
let dir: string;

const run = (...args: string[]) => runCli(dir, args);

function tmp(name: string): string {
  return path.join(dir, name);
}

function writeRows(ws: ExcelJS.Worksheet, rows: TestCell[][]): void {
  rows.forEach((cells, r) =>
    cells.forEach((c, col) => {
      if (c === null || c === undefined) return;
      ws.getCell(r + 1, col + 1).value =
        typeof c === 'object' ? ({ formula: c.f.slice(1), result: c.v } as ExcelJS.CellFormulaValue) : c;
    }),
  );
}

async function workbook(name: string, sheets: [string, TestCell[][]][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of sheets) writeRows(wb.addWorksheet(sheet), rows);
  const file = tmp(name);
  await wb.xlsx.writeFile(file);
  return file;
}

const expectRefused = (r: Run, names: string, reason: RegExp) => refused(r, reason, names);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'finsam-cli-'));
  buildCli();
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('validate on the sample plan', () => {
  it('text: exit 1, findings grouped by rule and cause, errors first, a summary line and the equity table', () => {
    const r = run('validate', SAMPLE);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(/Blad: Budget 2026\s+Budgetår: 2026/);
    expect(out).toMatch(/^Fel \(7\)$/m);
    expect(out).toMatch(/^Varningar \(24\)$/m);
    expect(out.indexOf('Fel (7)')).toBeLessThan(out.indexOf('Varningar ('));
    // One group for the 20 typed totals, with the cells as ranges; each cell listed under it.
    expect(out).toContain('  20 summor är inskrivna som tal (B4:F4, B8:F8, B21:F21, B23:F23)');
    expect(out.match(/^ {4}[B-F](4|8|21|23) +.*är ett inskrivet tal/gm)).toHaveLength(20);
    expect(out).toContain('  6 summor stämmer inte med sina rader (B21, B23:F23)');
    expect(out).toMatch(/^ {4}B21 +TOTALT Utvecklingsinsatser 2025 stämmer inte med summan av sina rader\.$/m);
    // The numbers once, under the message, with no-break spaces in the amounts.
    expect(out).toContain('Raderna\u00a0summerar\u00a0till\u00a03\u00a0361\u00a0638\u00a0kr · I\u00a0cellen\u00a03\u00a0162\u00a0166\u00a0kr'.replace(/\u00a0(?=summerar|till|cellen)/g, ' '));
    expect(out).not.toMatch(/\d \d{3}/); // never a plain space inside an amount
    expect(out).toMatch(/Formel\u00a0=SUMMA\(C21:C22\)/);
    expect(out).not.toMatch(/\[sum-mismatch\]/);
    expect(out).toMatch(/^Sammanfattning: 7 fel, 24 varningar\.$/m);
    expect(out).toMatch(/^14 av fynden kan åtgärdas utan att något värde ändras/m);
    const table = equityRows(out);
    expect([...table.keys()]).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(table.get(2026)!.Status).toBe('ÖVER TAK');
    expect(table.get(2029)).toEqual({
      Ingående: '884\u00a0402', Medlemsbidrag: '4\u00a0000\u00a0000', Utgående: '713\u00a0002', Tak: '800\u00a0000', Golv: '650\u00a0000', Status: 'ok',
    });
  });

  it('text: no line wider than 80 columns on the sample, for every command that prints', () => {
    for (const args of [['validate', SAMPLE], ['validate', SAMPLE, '-v'], ['equity', SAMPLE], ['fix', SAMPLE, '-o', tmp('wide.xlsx')], ['forecast', SAMPLE, '-o', tmp('wide-forecast.xlsx')], ['tables', SAMPLE, '-o', tmp('wide-tables.xlsx')], ['rules'], ['--help']]) {
      const r = run(...args);
      expect(r.stdout.split('\n').length).toBeGreaterThan(4);
      expect({ args, wide: wideLines(r.stdout) }).toEqual({ args, wide: [] });
    }
  });

  it('--verbose names the rule ids at the groups', () => {
    const out = run('validate', SAMPLE, '--verbose').stdout;
    expect(out).toMatch(/20 summor är inskrivna som tal \(B4:F4, B8:F8, B21:F21, B23:F23\)\s+\[hardcoded-total\]/);
    expect(out).toMatch(/Eget kapital förs inte vidare \[equity-carry-forward\]/);
  });

  it('--json: one JSON object on stdout that matches the schema', () => {
    const r = run('validate', SAMPLE, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const parsed = JSON.parse(r.stdout); // throws on anything but exactly one JSON value
    expect(typeof parsed).toBe('object');
    expect(Array.isArray(parsed)).toBe(false);
    const json = validateJsonSchema.parse(parsed);
    expect(json.sheet).toBe('Budget 2026');
    expect(json.budgetYear).toBe(2026);
    // Intäkter 2025 over the income block, Budget 2025 over the cost block: the more specific kind wins.
    expect(json.years.map((y) => `${y.column}:${y.year}:${y.kind}`)).toEqual([
      'B:2025:budget', 'C:2026:budget', 'D:2027:prognosis', 'E:2028:prognosis', 'F:2029:prognosis',
    ]);
    expect(json.findings.find((f) => f.cell === 'B21' && f.rule === 'sum-mismatch')).toMatchObject({
      severity: 'error', sheet: 'Budget 2026', year: 2025, expected: 3361638, actual: 3162166,
      messageId: 'mismatch', data: { label: 'TOTALT Utvecklingsinsatser', year: 2025 }, group: 'sum-mismatch/mismatch',
    });
    // One object per finding, each with its group: the 20 typed totals share one.
    expect(json.findings.filter((f) => f.group === 'hardcoded-total/typed')).toHaveLength(20);
    for (const f of json.findings) expect(f.cell).not.toContain('$');
    expect(json.findings.filter((f) => f.severity === 'error')).toHaveLength(7);
    expect(json.equity.map((e) => [e.year, e.status])).toEqual([
      [2025, 'over-cap'], [2026, 'over-cap'], [2027, 'over-cap'], [2028, 'over-cap'], [2029, 'ok'],
    ]);
    expect(json.equity.find((e) => e.year === 2029)).toMatchObject({ opening: 884402, closing: 713002, cap: 800000, floor: 650000 });
  });

  it('--sheet with the right name gives the same result', () => {
    const r = run('validate', SAMPLE, '--sheet', 'Budget 2026', '--json');
    expect(r.code).toBe(1);
    expect(validateJsonSchema.parse(JSON.parse(r.stdout)).sheet).toBe('Budget 2026');
  });

  it('a valid configuration file is used (a higher floor puts 2029 under it)', () => {
    const cfg = tmp('floor.json');
    writeFileSync(cfg, JSON.stringify({ equity: { floor: 750000 } }));
    const r = run('validate', SAMPLE, '--config', cfg, '--json');
    expect(r.code).toBe(1);
    const json = validateJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.equity.find((e) => e.year === 2029)).toMatchObject({ floor: 750000, status: 'below-floor' });
  });
});

describe('validate on a correct workbook', () => {
  it('exit 0 in text and in JSON', async () => {
    const file = await workbook('correct.xlsx', [['Budget', validBudgetRows()]]);
    const text = run('validate', file);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Sammanfattning: 0 fel|Inga fel och inga varningar/);
    expect(text.stdout).not.toMatch(/^Fel \(/m);
    const json = run('validate', file, '--json');
    expect(json.code).toBe(0);
    const parsed = validateJsonSchema.parse(JSON.parse(json.stdout));
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds the budget sheet after other sheets; --sheet picks another one', async () => {
    const wrong = validBudgetRows();
    wrong[10] = ['Lön', 1200, 1000]; // Summa administration 2026 no longer adds up
    const file = await workbook('several.xlsx', [
      ['Framsida', [['Verksamhets- och budgetplan 2026'], ['Samordningsförbundet']]],
      ['Budget', validBudgetRows()],
      ['Budget utkast', wrong],
    ]);
    const auto = run('validate', file, '--json');
    expect(auto.code).toBe(0);
    expect(validateJsonSchema.parse(JSON.parse(auto.stdout)).sheet).toBe('Budget');
    const picked = run('validate', file, '--json', '--sheet', 'Budget utkast');
    expect(picked.code).toBe(1);
    const json = validateJsonSchema.parse(JSON.parse(picked.stdout));
    expect(json.sheet).toBe('Budget utkast');
    expect(json.findings.find((f) => f.rule === 'sum-mismatch')).toMatchObject({ cell: 'B13', expected: 1300, actual: 1100 });
  });
});

describe('unusable input: exit 2, one Swedish line on stderr, nothing on stdout', () => {
  it('a file that does not exist', () => {
    expectRefused(run('validate', 'finns-inte.xlsx'), 'finns-inte.xlsx', /finns inte/);
  });

  it('a text file named .xlsx', () => {
    const file = tmp('text.xlsx');
    writeFileSync(file, 'Det här är ingen arbetsbok\n');
    expectRefused(run('validate', file), file, /inte en Excel-arbetsbok/);
  });

  it('an empty file and a directory', () => {
    const file = tmp('zero-bytes.xlsx');
    writeFileSync(file, '');
    expectRefused(run('validate', file), file, /tom/);
    const folder = tmp('folder.xlsx');
    mkdirSync(folder);
    expectRefused(run('validate', folder), folder, /mapp/);
  });

  it('a truncated .xlsx', async () => {
    const file = await workbook('whole.xlsx', [['Budget', validBudgetRows()]]);
    const { readFileSync } = await import('node:fs');
    const cut = tmp('cut.xlsx');
    writeFileSync(cut, readFileSync(file).subarray(0, 2000));
    expectRefused(run('validate', cut), cut, /kunde inte läsas/);
  });

  it('a workbook with one empty sheet', async () => {
    const file = await workbook('empty.xlsx', [['Blad1', []]]);
    expectRefused(run('validate', file), file, /arbetsboken är tom/);
  });

  it('a workbook with no sheets at all', async () => {
    const file = tmp('no-sheets.xlsx');
    await new ExcelJS.Workbook().xlsx.writeFile(file);
    expectRefused(run('validate', file), file, /inga blad/);
  });

  it('a workbook whose sheets hold no budget table', async () => {
    const file = await workbook('goals.xlsx', [
      ['Mål', [['Mål 3.1.1', 'Målvärde'], ['Andel deltagare i arbete', '40 %']]],
      ['Insatser', [['Insats', 'Period'], ['Jobbvägen', '2024–2026']]],
    ]);
    expectRefused(run('validate', file), file, /ingen budgettabell.*"Mål".*"Insatser"/);
  });

  it('an encrypted workbook', async () => {
    const plain = await workbook('plain.xlsx', [['Budget', validBudgetRows()]]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const officeCrypto = require('officecrypto-tool');
    const { readFileSync } = await import('node:fs');
    const encrypted: Buffer = await officeCrypto.encrypt(readFileSync(plain), { password: 'x' });
    expect(officeCrypto.isEncrypted(encrypted)).toBe(true);
    const file = tmp('encrypted.xlsx');
    writeFileSync(file, encrypted);
    expectRefused(run('validate', file), file, /lösenordsskyddad/);
  });

  it('a zip file that is not a workbook', async () => {
    // A minimal zip: one stored file "a.txt" holding "hej".
    const name = Buffer.from('a.txt');
    const data = Buffer.from('hej');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(0x0a0d8d9b, 14); // crc32 of "hej" is not checked by the sniffing
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const file = tmp('zip.xlsx');
    writeFileSync(file, Buffer.concat([local, name, data]));
    expectRefused(run('validate', file), file, /inte en Excel-arbetsbok|ingen Excel-arbetsbok|kunde inte läsas/);
  });

  it('configuration that is not JSON', () => {
    const cfg = tmp('broken.json');
    writeFileSync(cfg, '{ "equity": { floor: 5 } ');
    expectRefused(run('validate', SAMPLE, '--config', cfg), cfg, /inte giltig JSON/);
  });

  it('configuration with a wrong value names the field', () => {
    const cfg = tmp('floor-negative.json');
    writeFileSync(cfg, JSON.stringify({ equity: { floor: -5 } }));
    expectRefused(run('validate', SAMPLE, '--config', cfg), cfg, /"equity\.floor"/);
  });

  it('configuration with an unknown field names the field', () => {
    const cfg = tmp('unknown.json');
    writeFileSync(cfg, JSON.stringify({ equity: { flor: 5 } }));
    expectRefused(run('validate', SAMPLE, '--config', cfg), cfg, /"equity\.flor"|"flor"/);
    const top = tmp('unknown-top.json');
    writeFileSync(top, JSON.stringify({ colour: 'blå' }));
    expectRefused(run('validate', SAMPLE, '--config', top), top, /"colour"/);
  });

  it('a configuration file that does not exist', () => {
    expectRefused(run('validate', SAMPLE, '--config', 'saknas.json'), 'saknas.json', /finns inte/);
  });

  it('an unknown --sheet names the sheets there are', () => {
    expectRefused(run('validate', SAMPLE, '--sheet', 'Budget 2030'), SAMPLE, /"Budget 2030" finns inte.*"Budget 2026"/);
  });

  it('an unknown command', () => {
    expectRefused(run('kontrollera', SAMPLE), 'kontrollera', /okänt kommando/);
  });

  it('an unknown option and an option without its value', () => {
    expectRefused(run('validate', SAMPLE, '--bogus'), '--bogus', /okänd flagga/);
    expectRefused(run('validate', SAMPLE, '--sheet'), '--sheet', /saknar värde/);
  });

  it('no workbook given', () => {
    expectRefused(run('validate'), 'validate', /ange en arbetsbok/);
  });
});
