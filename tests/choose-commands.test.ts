/**
 * One choice of the budget sheet for every command (src/domain/choose.ts through
 * src/cli/context.ts): a sheet with year headers but neither an income nor a cost total is no
 * budget, and validate, equity, forecast and tables refuse it in the same words.
 */
import { existsSync } from 'node:fs';
import { buildCli, expectRefused, runCli } from './helpers/cli';
import { validBudgetRows } from './helpers/sheet';
import { tempDir, writeWorkbook } from './hostile/helpers';

const tmp = tempDir('choose');
const TAX_TABLE = [
  ['Skattesatser (Irland)', 2007, 2008, 2009],
  ['Standard rate', 20, 20, 20],
  ['Higher rate', 41, 41, 41],
  ['PRSI', 4, 4, 4],
];
const CHART_DATA = [
  ['', 'Budget 2026', 'Prognos 2027', 'Prognos 2028'],
  ['Deltagare', 120, 130, 140],
  ['Insatser', 8, 9, 9],
];

beforeAll(buildCli);
afterAll(tmp.remove);

it('years without totals: every command refuses it alike, and nothing is written', async () => {
  const file = await writeWorkbook(tmp.file('tax.xlsx'), [
    ['Skatt', TAX_TABLE],
    ['Diagramdata', CHART_DATA],
  ]);
  const lines = ['validate', 'equity', 'forecast', 'tables'].map((command) => {
    const r = runCli(tmp.dir, [command, file]);
    expectRefused(r, /ingen budgettabell hittades: bladet "Skatt" har årtal men ingen rad för intäkter totalt eller kostnader totalt; bladet "Diagramdata" har årtal/, file);
    return r.stderr;
  });
  expect(new Set(lines).size).toBe(1);
  expect(existsSync(tmp.file('tax-prognos.xlsx')) || existsSync(tmp.file('tax-tabeller.xlsx'))).toBe(false);
  expectRefused(runCli(tmp.dir, ['validate', file, '--sheet', 'Skatt']), /ingen budgettabell hittades: bladet "Skatt" har årtal men ingen rad/, file);
});

it('the budget is found behind such sheets by every command', async () => {
  const file = await writeWorkbook(tmp.file('mixed.xlsx'), [
    ['Skatt', TAX_TABLE],
    ['Budget', validBudgetRows()],
  ]);
  for (const command of ['validate', 'equity']) {
    const r = runCli(tmp.dir, [command, file, '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).sheet).toBe('Budget');
  }
  for (const command of ['forecast', 'tables']) {
    const r = runCli(tmp.dir, [command, file, '-o', tmp.file(`mixed-${command}.xlsx`), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
});
