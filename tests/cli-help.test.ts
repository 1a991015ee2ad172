/** What a newcomer types first: the version and the help, each answered with exit 0. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli, ROOT, runCli } from './helpers/cli';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

beforeAll(buildCli);

describe('finsam-budget --version and help', () => {
  it.each([['--version'], ['-V'], ['version']])('%s prints the version from package.json and exits 0', (arg) => {
    const r = runCli(os.tmpdir(), [arg]);
    expect(r.stdout.trim()).toBe(`finsam-budget ${version}`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it.each([['help'], ['--help'], ['-h'], []])('%s prints the usage and exits 0', (...args) => {
    const r = runCli(os.tmpdir(), args.filter(Boolean) as string[]);
    expect(r.stdout).toMatch(/^Användning:\n {2}finsam-budget validate FIL\.xlsx/);
    expect(r.stdout).toContain('finsam-budget version | --version');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('an unknown command still names the known ones and exits 2', () => {
    const r = runCli(os.tmpdir(), ['valdate', 'x.xlsx']);
    expect(r.stderr).toMatch(/okänt kommando "valdate"; kända kommandon: validate, forecast, equity, tables/);
    expect(r.code).toBe(2);
  });
});
