/**
 * Many workbooks at once: `validate` and `equity` over a folder of 100 generated workbooks
 * (sample copies, blank prognoses, truncated files, one without a budget table, and a file that
 * is not a workbook) or a list of files. One table or one JSON array; exit status the worst of
 * the files, an unreadable file counting 2 as it does alone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeBatchFolder, type BatchFolder } from '../scripts/batch-workbooks';
import { batchEquityJsonSchema, batchValidateJsonSchema } from '../src/cli/batch';
import { equityReportJsonSchema, validateJsonSchema } from '../src/cli/schemas';
import { expectRefused, ROOT, SAMPLE } from './helpers/cli';
import { validBudgetRows } from './helpers/sheet';
import { buildCli, runCli, tempDir, writeWorkbook } from './hostile/helpers';

const tmp = tempDir('batch');
let folder: BatchFolder;
const run = (...args: string[]) => runCli(tmp.dir, args);
const rel = (f: string) => path.relative(tmp.dir, f);

beforeAll(async () => {
  buildCli();
  folder = await writeBatchFolder(tmp.file('planer'), 100, SAMPLE, true);
  await writeWorkbook(tmp.file('ok-1.xlsx'), [['Budget', validBudgetRows()]]);
  await writeWorkbook(tmp.file('ok-2.xlsx'), [['Budget', validBudgetRows()]]);
  fs.mkdirSync(tmp.file('tom'));
  fs.writeFileSync(tmp.file('tom/anteckningar.txt'), 'inga arbetsböcker här');
}, 60_000);
afterAll(() => tmp.remove());

const byKind = (kind: string) => folder.files.filter((f) => f.kind === kind).map((f) => rel(f.file));

describe('validate over a folder of 100 workbooks', () => {
  it('prints one table: a row per workbook, the broken ones with their reason; exit 2; progress on stderr', () => {
    expect(folder.files.length).toBe(100);
    expect(byKind('truncated').length).toBe(10);
    const r = run('validate', 'planer');
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Fil\s+Blad\s+Budgetår\s+Fel\s+Varningar\s+Eget kapital per år/);
    const rows = new Map(lines.slice(1, 101).map((l) => [l.split(/\s+/)[0], l]));
    expect([...rows.keys()]).toEqual(folder.files.map((f) => rel(f.file)));
    for (const f of byKind('sample')) expect(rows.get(f)).toMatch(/Budget 2026\s+2026\s+7\s+24\s+2026 ÖVER TAKET, 2027 ÖVER TAKET, 2028 ÖVER TAKET, 2029 inom$/);
    for (const f of byKind('truncated')) expect(rows.get(f)).toMatch(/EJ LÄST .*avkortad/);
    expect(rows.get(byKind('no-budget')[0])).toMatch(/EJ LÄST .*ingen budgettabell/);
    expect(r.stdout).toContain('100 arbetsböcker: 89 lästa, 11 kunde inte läsas');
    expect(r.stdout).toContain(`Hoppade över 1 fil som inte är .xlsx: ${path.join('planer', 'läsmig.txt')}`);
    expect(r.stdout).toMatch(/Slutkod 2: minst en fil kunde inte läsas/);
    const progress = r.stderr.trimEnd().split('\n');
    expect(progress[progress.length - 1]).toBe('finsam-budget: 100/100 filer lästa');
    expect(progress.length).toBe(10);
  });

  it('a blank-prognosis row counts what validating that file alone counts', () => {
    const file = byKind('blank-prognosis')[0];
    const alone = validateJsonSchema.parse(JSON.parse(run('validate', file, '--json').stdout));
    const errors = alone.findings.filter((f) => f.severity === 'error').length;
    const row = run('validate', 'planer').stdout.split('\n').find((l) => l.startsWith(`${file} `))!;
    expect(row.split(/\s{2,}/).slice(1, 5)).toEqual(['Budget 2026', '2026', String(errors), String(alone.findings.length - errors)]);
  });

  it('--json: one array, each workbook as validate --json prints it alone, the broken with their reason', () => {
    // 100 workbooks' findings are megabytes of JSON: more than spawnSync's default buffer.
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'finsam-budget.js'), 'validate', 'planer', '--json'], { cwd: tmp.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(2);
    const list = batchValidateJsonSchema.parse(JSON.parse(r.stdout));
    expect(list.length).toBe(101);
    const sample = byKind('sample')[0];
    const alone = JSON.parse(run('validate', sample, '--json').stdout);
    expect(list.find((x) => x.file === sample)).toEqual(alone);
    for (const f of byKind('truncated')) expect(list.find((x) => x.file === f)).toEqual({ file: f, error: expect.stringMatching(/avkortad/) });
    expect(list[list.length - 1]).toEqual({ file: path.join('planer', 'läsmig.txt'), skipped: 'inte en .xlsx-fil' });
  });
});

describe('exit status: the worst of the files', () => {
  it('0 when no workbook has an error, 1 when one has, 2 when one cannot be read or is missing', () => {
    const ok = run('validate', 'ok-1.xlsx', 'ok-2.xlsx');
    expect([ok.code, ok.stderr]).toEqual([0, '']); // two files: no progress line
    expect(ok.stdout).toContain('Slutkod 0');
    const [a, b] = byKind('sample');
    expect(run('validate', 'ok-1.xlsx', a).code).toBe(1);
    expect(run('validate', 'ok-1.xlsx', b, byKind('truncated')[0]).code).toBe(2);
    const missing = run('validate', 'ok-1.xlsx', 'finns-inte.xlsx');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/finns-inte\.xlsx\s+EJ LÄST .*filen finns inte/);
  });

  it('equity: 0 for readable workbooks whatever their findings, 2 with an unreadable one; --json one array', () => {
    const [a, b] = byKind('sample');
    const r = run('equity', a, b, '--json');
    expect(r.code).toBe(0);
    const list = batchEquityJsonSchema.parse(JSON.parse(r.stdout));
    expect(list.map((x) => equityReportJsonSchema.safeParse(x).success)).toEqual([true, true]);
    expect(list[0]).toEqual(JSON.parse(run('equity', a, '--json').stdout));
    const text = run('equity', a, byKind('no-budget')[0]);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/2026 ÖVER TAKET/);
  });

  it('a folder without workbooks, or a bad configuration, is refused as a whole (2, one line)', () => {
    expectRefused(run('validate', 'tom'), /inga \.xlsx-filer/, 'tom');
    expectRefused(run('validate', 'ok-1.xlsx', 'ok-2.xlsx', '--config', 'saknas.json'), /konfigurationsfilen finns inte/, 'saknas.json');
  });

  it('forecast and tables still take one workbook', () => {
    expectRefused(run('forecast', 'ok-1.xlsx', 'ok-2.xlsx'), /okända argument: ok-2\.xlsx/);
    expectRefused(run('tables', 'ok-1.xlsx', 'ok-2.xlsx'), /okända argument/);
  });
});
