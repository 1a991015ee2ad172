import type ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { InputError } from './errors';
import { checkedWorkbookBytes } from './checked';
import { DamagedPackageError, readWorkbookSnapshots, XlsxReadError, type ReadSheet } from './read';
import { megabytes, sniffBytes, type SniffLimits } from './sniff';
import { nodeZip } from './zip-node';

export interface LoadOptions {
  /** Files larger than this are refused before they are read into memory. */
  maxBytes?: number;
  /**
   * The parts of the .xlsx together may unpack to at most this many bytes; checked from the
   * zip's directory before anything is unpacked, and proved part by part while unpacking with
   * a bounded buffer (a zip bomb can lie in its directory). Default: the larger of
   * DEFAULT_MAX_INFLATED_BYTES and twice maxBytes.
   */
  maxInflatedBytes?: number;
  /** At most this many parts in the zip (a workbook of 1 000 sheets has about 1 010). */
  maxEntries?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * exceljs holds about 25 times the unpacked XML in memory (measured: 1.6 MB of sheet XML took
 * 42 MB), so 100 MB of XML is some 2.5 GB, within node's default heap on a 64-bit machine.
 * A budget workbook unpacks to well under 1 MB.
 */
export const DEFAULT_MAX_INFLATED_BYTES = 100 * 1024 * 1024;
export const DEFAULT_MAX_ENTRIES = 20_000;

/** The limits of these options, as the format check (./sniff, shared with the preview) takes them. */
function limitsOf(options: LoadOptions): SniffLimits {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return {
    maxBytes,
    maxInflatedBytes: options.maxInflatedBytes ?? Math.max(DEFAULT_MAX_INFLATED_BYTES, 2 * maxBytes),
    maxEntries: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
  };
}

/** The bytes of an input file within the size limit; every reason it cannot be used becomes an InputError naming the file. */
export async function readInputFile(path: string, options: LoadOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new InputError(`${path}: är en mapp, inte en fil`);
    size = stat.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: filen finns inte; kontrollera sökvägen`);
  }
  if (size > maxBytes) {
    throw new InputError(`${path}: filen är ${megabytes(size)}, större än gränsen ${megabytes(maxBytes)}; filen lästes inte (höj gränsen med --max-mb om filen ska läsas)`);
  }
  return fs.readFile(path);
}

/** Reads an .xlsx file with exceljs, for a command that writes it back. */
export async function loadWorkbookFile(path: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(await readInputFile(path, options), path, options);
}

/**
 * Every worksheet of an .xlsx as the engine's snapshot, read straight from the bytes
 * (./read): what every command reads, whether or not it writes.
 */
export async function readSnapshots(bytes: Uint8Array, name: string, options: LoadOptions = {}): Promise<ReadSheet[]> {
  const problem = sniffBytes(bytes, limitsOf(options), name);
  if (problem) throw new InputError(`${name}: ${problem}`);
  try {
    return await readWorkbookSnapshots(bytes, nodeZip);
  } catch (e) {
    if (e instanceof DamagedPackageError) throw new InputError(`${name}: ${e.message}`);
    if (e instanceof XlsxReadError) throw new InputError(`${name}: kunde inte läsas som .xlsx: ${e.message}; öppna den i Excel och spara om den`);
    throw e;
  }
}

export async function loadWorkbookBuffer(buf: Buffer | ArrayBuffer, name: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  const checked = await checkedWorkbookBytes(bytes, name, limitsOf(options), nodeZip);
  // exceljs is loaded only by a command that writes: reading needs none of it.
  const { Workbook } = await import('./exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch {
    throw new InputError(`${name}: kunde inte läsas som .xlsx för att skriva en ny arbetsbok; öppna den i Excel och spara om den`);
  }
  return workbook;
}
