import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli, run, SAMPLE } from './helpers';

/** The forecast honours the end years of a "Beslutade insatser" table in the workbook. */
describe('end years from the insatser table', () => {
  let dir: string;
  beforeAll(() => {
    buildCli();
    dir = mkdtempSync(path.join(os.tmpdir(), 'finsam-insats-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fills Jobbvägen försteget 2029 with 0 once the table says it ends in 2028', () => {
    const withTable = path.join(dir, 'with-table.xlsx');
    expect(run(dir, 'tables', SAMPLE, '-o', withTable, '--only', 'insatser').code).toBe(0);
    const out = run(dir, 'forecast', withTable, '-o', path.join(dir, 'out.xlsx'), '--json');
    expect(out.code).toBe(0);
    const f18 = JSON.parse(out.stdout).filled.find((c: { cell: string }) => c.cell === 'F18');
    expect(f18).toMatchObject({ method: 'insats', value: 0 });
    expect(f18.assumption).toContain('2028');
  });

  it('without an end year it would carry it flat, which the typed total F21 would not follow: F18 is left, with the reason', () => {
    const out = run(dir, 'forecast', SAMPLE, '-o', path.join(dir, 'plain.xlsx'), '--json');
    const json = JSON.parse(out.stdout);
    expect(json.filled.find((c: { cell: string }) => c.cell === 'F18')).toBeUndefined();
    expect(json.leftOut).toEqual([expect.objectContaining({ cell: 'F18', year: 2029 })]);
  });
});
