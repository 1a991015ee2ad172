import { copyFileSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixJsonSchema, rulesJsonSchema, validateJsonSchema } from '../../src/cli/schemas';
import { chooseBudgetSheet } from '../../src/domain/choose';
import { defaultConfig } from '../../src/domain/config';
import { rules } from '../../src/domain/rules';
import type { SheetSnapshot } from '../../src/domain/snapshot';
import { loadWorkbookFile } from '../../src/workbook/load';
import { snapshotsOf } from '../../src/workbook/snapshot';
import { buildCli, runCli, SAMPLE } from '../helpers/cli';

let dir: string;
const run = (...args: string[]) => runCli(dir, args);
const tmp = (name: string) => path.join(dir, name);

async function budget(file: string): Promise<SheetSnapshot> {
  return chooseBudgetSheet(snapshotsOf(await loadWorkbookFile(file)), defaultConfig).snapshot;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'finsam-fix-'));
  buildCli();
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('finsam-budget fix', () => {
  it('writes only the fixes that change no value, and lists the suggestions it left with both numbers and the equity effect', async () => {
    const r = run('fix', SAMPLE, '-o', tmp('fixed.xlsx'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Bladet "Budget 2026": 14 åtgärder ändrar inget värde och är gjorda\.$/m);
    expect(r.stdout).toMatch(/6 förslag ändrar ett värde och är inte gjorda/);
    const flat = r.stdout.replace(/\n\s+/g, ' ').replace(/\u00a0/g, ' ').replace(/ +/g, ' ');
    expect(flat).toContain('C23 Ersätt 5 382 447 kr med =SUMMA(C21:C22) = 4 757 447 kr; eget kapital 2026 ändras med +625 000 kr');
    expect(flat).toContain('Efter åtgärderna: 7 fel, 10 varningar.');

    const before = await budget(SAMPLE);
    const after = await budget(tmp('fixed.xlsx'));
    // Every cell shows the same value as before; exactly the 14 fixed totals became formulas.
    expect(after.values).toEqual(before.values);
    const formulas: string[] = [];
    after.formulas.forEach((line, r) => line.forEach((f, c) => f && !before.formulas[r][c] && formulas.push(`${String.fromCharCode(65 + c)}${r + 1}=${f}`)));
    expect(formulas.sort()).toEqual(
      ['B4=SUM(B2:B3)', 'C4=SUM(C2:C3)', 'D4=SUM(D2:D3)', 'E4=SUM(E2:E3)', 'F4=SUM(F2:F3)',
        'B8=SUM(B4,B6:B7)', 'C8=SUM(C4,C6:C7)', 'D8=SUM(D4,D6:D7)', 'E8=SUM(E4,E6:E7)', 'F8=SUM(F4,F6:F7)',
        'C21=SUM(C14:C20)', 'D21=SUM(D14:D20)', 'E21=SUM(E14:E20)', 'F21=SUM(F14:F20)'].map((x) => x.replace('=', '==')).sort(),
    );
  });

  it('--json: the fixes and the suggestions, each with its edit; C23 moves 2026 equity by +625 000 kr', () => {
    const r = run('fix', SAMPLE, '-o', tmp('fixed-json.xlsx'), '--json');
    expect(r.code).toBe(0);
    const json = fixJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.output).toBe(tmp('fixed-json.xlsx'));
    expect(json.fixed).toHaveLength(14);
    expect(json.suggestions.map((s) => s.cell)).toEqual(['B21', 'B23', 'C23', 'D23', 'E23', 'F23']);
    expect(json.suggestions.find((s) => s.cell === 'C23')).toMatchObject({
      equity: { year: 2026, change: 625_000 },
      edit: { cell: 'C23', formula: '=SUM(C21:C22)', value: 4_757_447 },
    });
  });

  it('without -o writes NAME-åtgärdad.xlsx beside the input and leaves the input alone', () => {
    copyFileSync(SAMPLE, tmp('plan.xlsx'));
    expect(run('fix', 'plan.xlsx').code).toBe(0);
    expect(run('fix', 'plan.xlsx').code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('plan')).sort()).toEqual(['plan-åtgärdad-2.xlsx', 'plan-åtgärdad.xlsx', 'plan.xlsx']);
  });

  it('on an already fixed workbook there is nothing safe left to do, and nothing is written', () => {
    const r = run('fix', tmp('fixed.xlsx'), '-o', tmp('again.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 åtgärder ändrar inget värde/);
    expect(r.stdout).toMatch(/Inget att skriva; ingen fil skapades\./);
    expect(readdirSync(dir)).not.toContain('again.xlsx');
  });
});

describe('dismissed findings on the command line', () => {
  it('a dismissed error leaves the exit status, shows as a count, and stays in the JSON marked; taking it back brings exit 1 again', () => {
    const cfg = tmp('dismiss.json');
    writeFileSync(
      cfg,
      JSON.stringify({
        dismissed: {
          rules: [{ rule: 'sum-mismatch', reason: 'Administrationen redovisas separat' }],
          findings: [{ rule: 'equity-carry-forward', sheet: 'Budget 2026', cell: 'C7', reason: '2025 är reviderad budget' }],
        },
      }),
    );
    const text = run('validate', SAMPLE, '--config', cfg);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/^Fel \(/m);
    expect(text.stdout).toMatch(/Sammanfattning: 0 fel, 24 varningar\. 7 ignorerade/);
    const json = validateJsonSchema.parse(JSON.parse(run('validate', SAMPLE, '--config', cfg, '--json').stdout));
    expect(json.findings.filter((f) => f.dismissed).map((f) => f.cell).sort()).toEqual(['B21', 'B23', 'C23', 'C7', 'D23', 'E23', 'F23']);
    expect(run('validate', SAMPLE, '--config', cfg, '--json').code).toBe(0);

    // Un-dismiss the finding: its error counts again.
    writeFileSync(cfg, JSON.stringify({ dismissed: { rules: [{ rule: 'sum-mismatch' }] } }));
    const back = run('validate', SAMPLE, '--config', cfg);
    expect(back.code).toBe(1);
    expect(back.stdout).toMatch(/^Fel \(1\)$/m);
    expect(back.stdout).toMatch(/6 ignorerade/);
  });

  it('equity leaves out the breaches set aside, and says so', () => {
    const cfg = tmp('dismiss-cap.json');
    writeFileSync(cfg, JSON.stringify({ dismissed: { rules: [{ rule: 'equity-over-cap', reason: 'Planerad förbrukning 2027–2029' }] } }));
    const r = run('equity', SAMPLE, '--config', cfg);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/över taket \(/);
    expect(r.stdout).toMatch(/Alla 3 år utanför tak eller golv är ignorerade/);
  });

  it('a malformed dismissal is refused naming the field', () => {
    const cfg = tmp('bad-dismiss.json');
    writeFileSync(cfg, JSON.stringify({ dismissed: { findings: [{ rule: 'sum-mismatch', sheet: 'Budget', cell: '$B$2' }] } }));
    const r = run('validate', SAMPLE, '--config', cfg);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fältet "dismissed\.findings\.0\.cell"/);
  });
});

describe('finsam-budget rules', () => {
  it('explains every rule in Swedish: what, why, and the source (the law for the split, the financial goals for cap and floor)', () => {
    const r = run('rules');
    expect(r.code).toBe(0);
    for (const rule of rules) expect(r.stdout).toContain(`${rule.name.sv} (${rule.severity === 'error' ? 'fel' : 'varning'}, ${rule.id})`);
    const json = rulesJsonSchema.parse(JSON.parse(run('rules', '--json').stdout));
    expect(json.map((x) => x.id)).toEqual(rules.map((x) => x.id));
    expect(json.find((x) => x.id === 'funding-split')!.source).toMatch(/2003:1210/);
    expect(json.find((x) => x.id === 'equity-over-cap')!.source).toMatch(/finansiella mål/);
    expect(json.find((x) => x.id === 'equity-below-floor')!.source).toMatch(/finansiella mål/);
    for (const x of json) for (const field of [x.what, x.why, x.source]) expect(field.length).toBeGreaterThan(10);
  });
});
