import type ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { InputError } from './errors';
import { Workbook } from './exceljs';
import { looksLikeText, oleProblem, SAVE_AS_XLSX, textProblem } from './sniff';
import { readCentralDirectory, readEntry, storedZip, ZipFormatError, type ZipEntry, type ZipPart } from './zip';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

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

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

function mb(bytes: number): string {
  const v = bytes / (1024 * 1024);
  return v >= 10 ? `${Math.round(v)} MB` : `${Math.round(v * 10) / 10} MB`.replace('.', ',');
}

/** What a zip holds, by its part names: an .xlsx has xl/workbook.xml. */
function zipProblem(buf: Buffer, entries: ZipEntry[]): string | null {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return null;
  if (names.has('xl/workbook.bin')) return `filen är en binär Excel-arbetsbok (.xlsb); ${SAVE_AS_XLSX}`;
  if (names.has('mimetype')) {
    const mimetype = entries.find((e) => e.name === 'mimetype')!;
    let type = '';
    try {
      type = readEntry(buf, mimetype, 200).toString('utf8');
    } catch {
      /* unreadable mimetype: fall through to the generic message */
    }
    if (type.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
      return 'filen är ett OpenDocument-kalkylblad (.ods, från LibreOffice eller OpenOffice); spara som .xlsx (Arkiv > Spara som > Excel 2007-365)';
    }
    if (type.startsWith('application/vnd.oasis.opendocument')) return `filen är ett OpenDocument-dokument, inte ett kalkylblad; ${SAVE_AS_XLSX}`;
  }
  if ([...names].some((n) => n.startsWith('word/'))) return 'filen är ett Word-dokument (.docx), inte en Excel-arbetsbok';
  if ([...names].some((n) => n.startsWith('ppt/'))) return 'filen är en PowerPoint-presentation (.pptx), inte en Excel-arbetsbok';
  return `filen är en zip-fil men ingen Excel-arbetsbok (.xlsx); ${SAVE_AS_XLSX}`;
}

// Text files and OLE files (.xls, encrypted) are named by ./sniff, which the browser preview
// uses too, so both say the same.

/** Why a buffer is not a workbook we can read, or null when it looks like one. */
export function sniffProblem(buf: Buffer): string | null {
  if (buf.length === 0) return 'filen är tom';
  if (startsWith(buf, ZIP)) {
    let entries: ZipEntry[];
    try {
      entries = readCentralDirectory(buf);
    } catch (e) {
      if (e instanceof ZipFormatError) return `filen kunde inte läsas som .xlsx: zip-filen är skadad eller avkortad (${e.message}); ${SAVE_AS_XLSX}`;
      throw e;
    }
    return zipProblem(buf, entries);
  }
  if (startsWith(buf, OLE)) return oleProblem(buf);
  if (looksLikeText(buf)) return textProblem(buf);
  return `filen är inte en Excel-arbetsbok (.xlsx); ${SAVE_AS_XLSX}`;
}

/**
 * Refuses a zip bomb before exceljs unpacks anything: the directory's declared sizes must stay
 * within the limit, and each part must unpack to no more than declared (checked with a buffer
 * that cannot grow past it, so a lying directory costs at most the limit in memory).
 * Returns the workbook with those checked parts stored uncompressed: exceljs then reads exactly
 * the bytes checked here, and does not inflate them a second time (in JavaScript, slower than
 * node's zlib).
 */
export function unpackChecked(buf: Buffer, name: string, options: LoadOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const limit = options.maxInflatedBytes ?? Math.max(DEFAULT_MAX_INFLATED_BYTES, 2 * maxBytes);
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const damaged = (e: unknown): never => {
    if (e instanceof ZipFormatError) throw new InputError(`${name}: arbetsboken är skadad eller manipulerad (${e.message}); filen lästes inte`);
    throw e;
  };
  let entries: ZipEntry[] = [];
  try {
    entries = readCentralDirectory(buf);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new InputError(`${name}: filen kunde inte läsas som .xlsx: zip-filen är skadad (${e.message})`);
    throw e;
  }
  if (entries.length > maxEntries) {
    throw new InputError(`${name}: arbetsboken har ${entries.length} delar, fler än gränsen ${maxEntries}; filen lästes inte`);
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limit) {
    throw new InputError(
      `${name}: arbetsboken packas upp till ${mb(declared)}, mer än gränsen ${mb(limit)} (en så stor fil kan vara en zip-bomb); filen lästes inte`,
    );
  }
  const parts: ZipPart[] = [];
  for (const entry of entries) {
    try {
      parts.push({ name: entry.name, data: readEntry(buf, entry) });
    } catch (e) {
      damaged(e);
    }
  }
  try {
    return storedZip(parts);
  } catch (e) {
    return damaged(e);
  }
}

/** Reads an .xlsx file; every reason it cannot be used becomes an InputError naming the file. */
export async function loadWorkbookFile(path: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
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
    throw new InputError(`${path}: filen är ${mb(size)}, större än gränsen ${mb(maxBytes)}; filen lästes inte (höj gränsen med --max-mb om filen ska läsas)`);
  }
  const buf = await fs.readFile(path);
  return loadWorkbookBuffer(buf, path, options);
}

export async function loadWorkbookBuffer(buf: Buffer | ArrayBuffer, name: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new InputError(`${name}: filen är ${mb(bytes.length)}, större än gränsen ${mb(maxBytes)}; filen lästes inte`);
  const problem = sniffProblem(bytes);
  if (problem) throw new InputError(`${name}: ${problem}`);
  const checked = unpackChecked(bytes, name, options);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(`${name}: kunde inte läsas som .xlsx (${(e as Error).message}); öppna den i Excel och spara om den`);
  }
  return workbook;
}
