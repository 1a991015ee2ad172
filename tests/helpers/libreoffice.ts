/**
 * LibreOffice as an independent calculator for tests: it opens a workbook, recalculates every
 * formula (ignoring the results cached in the file) and exports every sheet to CSV.
 *
 * - Profile: one throw-away user installation per process, or per test file under Jest (made
 *   on first use; disposeProfile() removes it), whose registrymodifications.xcu sets Calc > Formula > Load > OOXMLRecalcMode and
 *   ODFRecalcMode to 0 ("always recalculate on load"), and the locale to en-US so that the
 *   decimal separator is '.' whatever the machine's LANG is (with sv_SE it would be ',').
 *   Calls are serialised, since two soffice processes cannot share a profile.
 * - Export: the CSV filter with token 12 = -1 writes every sheet to <name>-<Sheet>.csv
 *   (LibreOffice 7.2 and later). Token 9 ("save cell contents as shown") is false, so cells
 *   come out as raw values, not formatted: 1234567.5 with the format '#,##0 "kr"' is
 *   "1234567.5", not "1 234 568 kr". Numbers are in LibreOffice's general format (decimal
 *   point, no grouping, up to 15 significant digits); use toNumber() to read them.
 * - Import: .xlsx/.xlsm files are opened with the OOXML filter explicitly, so a corrupt file
 *   fails instead of being imported as text.
 * - Timeout: 60 s per conversion (the soffice process group is killed, and the promise rejects
 *   with an error naming the file).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Every sheet, comma-separated, "-quoted, UTF-8, raw values (not as shown), all sheets (-1). */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ConvertOptions {
  /** Milliseconds before soffice is killed; default 60 000. */
  timeoutMs?: number;
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

const PROFILE_PREFIX = 'finsam-lo-profile-';
let profileDir: string | undefined;

/**
 * The LibreOffice profile directory, made on first use and reused. Under Jest each test file
 * has its own module registry, hence its own profile; call disposeProfile() in afterAll. (Jest
 * hands tests a copy of `process` whose 'exit' listeners never fire, so a profile a test file
 * forgets is removed by the next process that makes one, once its owner has exited.)
 */
export function profileDirectory(): string {
  if (profileDir) return profileDir;
  removeStaleProfiles();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  profileDir = dir;
  return dir;
}

/** Removes this module's profile (after any conversion under way); the next call makes a new one. */
export async function disposeProfile(): Promise<void> {
  await queue;
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  profileDir = undefined;
}

function removeStaleProfiles(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const m = new RegExp(`^${PROFILE_PREFIX}(\\d+)-`).exec(name);
    if (!m || isAlive(Number(m[1]))) continue;
    fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let queue: Promise<unknown> = Promise.resolve();
function serially<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

interface SofficeResult {
  code: number | null;
  output: string;
}

/** Runs soffice with a timeout that kills its whole process group. Shared by libreoffice-xlsx.ts. */
export function runSoffice(args: string[], what: string, timeoutMs: number): Promise<SofficeResult> {
  return new Promise((resolve, reject) => {
    // Own process group, so that a timeout also kills soffice.bin behind the soffice script.
    const child = spawn('soffice', args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        err.code === 'ENOENT'
          ? new Error('LibreOffice (soffice) is not on PATH: install it with scripts/setup-debian.sh')
          : err,
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new Error(`LibreOffice did not finish ${what} within ${timeoutMs / 1000} s and was killed. Output so far:\n${output}`));
      } else {
        resolve({ code, output });
      }
    });
  });
}

/** `LibreOffice 7.4.7.2 40(Build:2)` as [7, 4, 7, 2]. */
export async function libreOfficeVersion(): Promise<number[]> {
  const { output } = await serially(() => runSoffice(['--version'], 'printing its version', DEFAULT_TIMEOUT_MS));
  const m = /LibreOffice\s+(\d+(?:\.\d+)*)/.exec(output);
  if (!m) throw new Error(`Unexpected output of soffice --version: ${output}`);
  return m[1].split('.').map(Number);
}

interface Conversion {
  ok: boolean;
  output: string;
  /** Sheet name to its CSV file, in workbook order. */
  sheets: Array<[string, string]>;
  cleanup: () => void;
}

function importFilterFor(file: string): string | undefined {
  return /\.xls[xm]$/i.test(file) ? 'Calc MS Excel 2007 XML' : undefined;
}

/** soffice's arguments to convert `input` headless into `outDir`, in a profile of its own. */
export function convertArgs(profile: string, input: string, convertTo: string, outDir: string, infilter?: string): string[] {
  return [
    '--headless',
    '--norestore',
    '--nolockcheck',
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    ...(infilter ? [`--infilter=${infilter}`] : []),
    '--convert-to',
    convertTo,
    '--outdir',
    outDir,
    input,
  ];
}

async function convertToCsv(xlsxPath: string, timeoutMs: number): Promise<Conversion> {
  if (!fs.existsSync(xlsxPath)) throw new Error(`No such workbook: ${xlsxPath}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-lo-run-'));
  const cleanup = () => fs.rmSync(work, { recursive: true, force: true });
  try {
    // A copy with a plain name, so the output names are predictable: book-<Sheet>.csv.
    const input = path.join(work, `book${path.extname(xlsxPath).toLowerCase()}`);
    fs.copyFileSync(xlsxPath, input);
    const outDir = path.join(work, 'out');
    fs.mkdirSync(outDir);
    const args = convertArgs(profileDirectory(), input, CSV_ALL_SHEETS, outDir, importFilterFor(xlsxPath));
    const { code, output } = await serially(() => runSoffice(args, `converting ${xlsxPath}`, timeoutMs));
    // soffice prints "Writing sheet <name> -> <file>" for each sheet, in workbook order.
    const sheets: Array<[string, string]> = [];
    for (const m of output.matchAll(/^Writing sheet (.*) -> (.*\.csv)\s*$/gm)) {
      if (fs.existsSync(m[2])) sheets.push([m[1], m[2]]);
    }
    if (sheets.length === 0) {
      // Fallback, should the message change: the files themselves (directory order).
      for (const f of fs.readdirSync(outDir).sort()) {
        const m = /^book-(.*)\.csv$/.exec(f);
        if (m) sheets.push([m[1], path.join(outDir, f)]);
      }
    }
    const ok = code === 0 && sheets.length > 0 && !/^Error:/m.test(output);
    return { ok, output, sheets, cleanup };
  } catch (err) {
    cleanup();
    throw err;
  }
}

/**
 * Opens the workbook in LibreOffice, recalculates every formula and returns each sheet's values
 * as CSV rows (strings; raw values, not formatted), keyed by sheet name in workbook order.
 */
export async function recalculate(xlsxPath: string, options: ConvertOptions = {}): Promise<Record<string, string[][]>> {
  const conv = await convertToCsv(xlsxPath, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    if (!conv.ok) throw new Error(`LibreOffice could not convert ${xlsxPath}:\n${conv.output}`);
    const result: Record<string, string[][]> = {};
    for (const [sheet, file] of conv.sheets) result[sheet] = parseCsv(fs.readFileSync(file, 'utf8'));
    return result;
  } finally {
    conv.cleanup();
  }
}

/** True when LibreOffice opens the workbook as OOXML and exports every sheet without an error. */
export async function convertsWithoutError(xlsxPath: string, options: ConvertOptions = {}): Promise<boolean> {
  const conv = await convertToCsv(xlsxPath, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  conv.cleanup();
  return conv.ok;
}

/** RFC 4180 CSV: "-quoted fields with "" for a quote, newlines inside quotes; LF or CRLF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The value at an A1 address ("B3") in a sheet's rows; '' when outside the exported range. */
export function cellValue(rows: string[][], address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return rows[Number(m[2]) - 1]?.[col] ?? '';
}

/** A raw exported value as a number: "1234567.5" -> 1234567.5; throws on text or an empty cell. */
export function toNumber(value: string): number {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n)) throw new Error(`Not a number: ${JSON.stringify(value)}`);
  return n;
}

/**
 * A LibreOffice profile of a helper module's own (a copy of the settings above: recalculate on
 * load, en-US), with the module's conversions run one at a time in it: two soffice processes
 * must not share a profile.
 */
export interface OwnProfile {
  /** The profile folder, made on first use and removed when the process exits. */
  dir(): string;
  /** Runs `job` after every job queued before it, whether those succeeded or not. */
  serial<T>(job: () => Promise<T>): Promise<T>;
  /** Removes the profile (after any conversion under way). */
  dispose(): Promise<void>;
}

export function ownProfile(prefix: string): OwnProfile {
  let dir: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    dir() {
      if (dir) return dir;
      const settings = path.join(profileDirectory(), 'user', 'registrymodifications.xcu');
      const made = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
      fs.mkdirSync(path.join(made, 'user'), { recursive: true });
      fs.copyFileSync(settings, path.join(made, 'user', 'registrymodifications.xcu'));
      process.once('exit', () => fs.rmSync(made, { recursive: true, force: true }));
      dir = made;
      return made;
    },
    serial(job) {
      const run = queue.then(job, job);
      queue = run.catch(() => undefined);
      return run;
    },
    async dispose() {
      await queue.catch(() => undefined);
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    },
  };
}
