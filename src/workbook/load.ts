import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { InputError } from './errors';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export interface LoadOptions {
  /** Files larger than this are refused before they are read into memory. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Why a buffer is not a workbook we can read, or null when it looks like one. */
export function sniffProblem(buf: Buffer): string | null {
  if (buf.length === 0) return 'filen är tom';
  if (startsWith(buf, ZIP)) {
    // Part names are stored as plain text in the zip's headers; an .xlsx has its parts under xl/.
    return buf.includes(Buffer.from('xl/'))
      ? null
      : 'filen är en zip-fil men ingen Excel-arbetsbok (.xlsx); öppna den i Excel och spara som .xlsx';
  }
  if (startsWith(buf, OLE)) {
    const encrypted = buf.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    return encrypted
      ? 'arbetsboken är lösenordsskyddad (krypterad); spara en kopia utan lösenord i Excel (Arkiv > Info > Skydda arbetsbok) och försök igen'
      : 'filen är en äldre Excel-fil (.xls); spara den som Excel-arbetsbok (.xlsx) och försök igen';
  }
  return 'filen är inte en Excel-arbetsbok (.xlsx); öppna den i Excel och spara som .xlsx';
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
    throw new InputError(`${path}: filen är ${Math.round(size / 1e6)} MB, större än gränsen ${Math.round(maxBytes / 1e6)} MB`);
  }
  const buf = await fs.readFile(path);
  return loadWorkbookBuffer(buf, path);
}

export async function loadWorkbookBuffer(buf: Buffer | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  const problem = sniffProblem(bytes);
  if (problem) throw new InputError(`${name}: ${problem}`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(`${name}: kunde inte läsas som .xlsx (${(e as Error).message}); öppna den i Excel och spara om den`);
  }
  return workbook;
}
