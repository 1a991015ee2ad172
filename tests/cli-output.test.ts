/**
 * Output safety of the commands that write (forecast, tables): the input is never the target,
 * through any spelling or link; an existing file is replaced only with --force; a folder that
 * cannot be written to is one Swedish line and exit 2; a closed pipe ends quietly.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main';
import { buildCli, expectRefused, ROOT, runCli, SAMPLE } from './helpers/cli';

let dir: string;
const file = (name: string) => path.join(dir, name);
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

beforeAll(() => {
  buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-output-'));
  fs.copyFileSync(SAMPLE, file('in.xlsx'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(['forecast', 'tables'])('%s -o', (command) => {
  it('refuses a symbolic link to the input, with and without --force; the input stays byte-identical', () => {
    const before = sha(file('in.xlsx'));
    fs.symlinkSync('in.xlsx', file(`sym-${command}.xlsx`));
    for (const force of [[], ['--force']]) {
      expectRefused(runCli(dir, [command, 'in.xlsx', '-o', `sym-${command}.xlsx`, ...force]), /samma som indatafilen.*länk/);
    }
    expect(sha(file('in.xlsx'))).toBe(before);
  });

  it('refuses a hard link to the input, with and without --force', () => {
    const before = sha(file('in.xlsx'));
    fs.linkSync(file('in.xlsx'), file(`hard-${command}.xlsx`));
    for (const force of [[], ['--force']]) {
      expectRefused(runCli(dir, [command, 'in.xlsx', '-o', `hard-${command}.xlsx`, ...force]), /samma som indatafilen/);
    }
    expect(sha(file('in.xlsx'))).toBe(before);
  });

  it('refuses an existing file unless --force, and then replaces it whole', () => {
    const target = file(`existing-${command}.xlsx`);
    fs.writeFileSync(target, 'an earlier result');
    expectRefused(runCli(dir, [command, 'in.xlsx', '-o', target]), /finns redan.*--force/);
    expect(fs.readFileSync(target, 'utf8')).toBe('an earlier result');
    const r = runCli(dir, [command, 'in.xlsx', '-o', target, '--force']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    // Written through a temporary file in the same folder, which is gone afterwards.
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('EACCES while writing (faked in the process): one Swedish line, exit 2, no temporary file left', async () => {
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${dir}/x'`), { code: 'EACCES' });
    const spy = jest.spyOn(fs.promises, 'writeFile').mockRejectedValueOnce(denied);
    const out: string[] = [];
    const err: string[] = [];
    try {
      const code = await main([command, file('in.xlsx'), '-o', file(`denied-${command}.xlsx`)], (s) => out.push(s) > 0, (s) => err.push(s) > 0);
      expect(code).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(out).toEqual([]);
    expect(err).toEqual([`finsam-budget: ${file(`denied-${command}.xlsx`)}: kan inte skriva utfilen (ingen behörighet att skriva i mappen); inget skrevs`]);
    expect(fs.readdirSync(dir).filter((n) => n.includes(`denied-${command}`))).toEqual([]);
  });

  // As root, the folder is locked for the user nobody, who must be able to reach the tool.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const reachable = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(path.join(ROOT, 'dist', 'cli.js'))})`], asUser).status === 0;
  (reachable ? it : it.skip)('into a folder the user cannot write to: one Swedish line, exit 2, nothing written', () => {
    const locked = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-locked-'));
    try {
      fs.copyFileSync(SAMPLE, path.join(locked, 'in.xlsx'));
      fs.chmodSync(path.join(locked, 'in.xlsx'), 0o644);
      fs.chmodSync(locked, 0o555);
      const bin = path.join(ROOT, 'bin', 'finsam-budget.js');
      for (const out of [[], ['-o', 'out.xlsx']]) {
        const r = spawnSync(process.execPath, [bin, command, 'in.xlsx', ...out], { cwd: locked, encoding: 'utf8', ...asUser });
        expectRefused({ code: r.status, stdout: r.stdout, stderr: r.stderr }, /kan inte skriva utfilen \(ingen behörighet att skriva i mappen\); inget skrevs/);
      }
      expect(fs.readdirSync(locked)).toEqual(['in.xlsx']);
    } finally {
      fs.chmodSync(locked, 0o755);
      fs.rmSync(locked, { recursive: true, force: true });
    }
  });
});

it('forecast | head ends quietly, without a stack trace', () => {
  const bin = path.join(ROOT, 'bin', 'finsam-budget.js');
  // `true` closes the pipe before node has started: every write meets EPIPE.
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" forecast in.xlsx -o piped.xlsx 2>err.txt | true; cat err.txt`], { cwd: dir, encoding: 'utf8' });
  expect(r.stdout).toBe('');
  expect(fs.existsSync(file('piped.xlsx'))).toBe(true);
});

it('a .csv input is told it is a CSV file', () => {
  fs.writeFileSync(file('budget.csv'), 'Rad;2026;2027\nIntäkter;100;200\n');
  expectRefused(runCli(dir, ['validate', 'budget.csv']), /filen är en CSV-fil.*spara som Excel-arbetsbok \(\.xlsx\)/, 'budget.csv');
});
