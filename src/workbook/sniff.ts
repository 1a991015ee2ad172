/**
 * What a file is, from its bytes, without node (no fs, no Buffer, no zlib): the command line
 * and the browser preview check a file with this before anything is unpacked. Each problem is a Swedish sentence
 * that says what the file is and what to do; null when the bytes look like an .xlsx.
 */

import { readCentralDirectory, ZipFormatError, type ZipEntry } from './zip';

export const SAVE_AS_XLSX = 'öppna den i Excel (eller LibreOffice) och spara som Excel-arbetsbok (.xlsx)';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function startsWithBytes(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Index of `needle` in `bytes`, or -1. */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first, from); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const ascii = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

export function megabytes(bytes: number): string {
  const v = bytes / (1024 * 1024);
  return v >= 10 ? `${Math.round(v)} MB` : `${Math.round(v * 10) / 10} MB`.replace('.', ',');
}

/** An OLE compound file: a password-protected (encrypted) .xlsx or an old .xls. */
export function oleProblem(bytes: Uint8Array): string {
  return indexOfBytes(bytes, utf16le('EncryptionInfo')) !== -1
    ? 'arbetsboken är lösenordsskyddad (krypterad); spara en kopia utan lösenord i Excel (Arkiv > Info > Skydda arbetsbok) och försök igen'
    : 'filen är en äldre Excel-fil (.xls); spara den som Excel-arbetsbok (.xlsx) och försök igen';
}

/** True when the first bytes read as text (no NUL byte, mostly printable). */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  return printable / head.length > 0.95;
}

/** A text file given as .xlsx: an Excel 2003 XML sheet, a web page, a CSV file, or other text. */
export function textProblem(bytes: Uint8Array, name = ''): string {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*>\s*)?<Workbook/i.test(head) || /urn:schemas-microsoft-com:office:spreadsheet/.test(head)) {
    return `filen är ett XML-kalkylblad (Excel 2003), inte .xlsx; ${SAVE_AS_XLSX}`;
  }
  if (/^<(!doctype\s+html|html|table)\b/i.test(head)) {
    return `filen är en webbsida (HTML) med fel filändelse, inte en Excel-arbetsbok; ${SAVE_AS_XLSX}`;
  }
  const lines = head.split(/\r?\n/).filter((l) => l.trim()).slice(0, 5);
  const csvName = /\.(csv|tsv)$/i.test(name);
  if (csvName || (lines.length > 0 && lines.every((l) => /[;,\t]/.test(l)))) {
    // Named .csv, it is what it says: only the format is wrong for this tool, not the name.
    if (csvName) return `filen är en CSV-fil (text med avgränsade värden), inte en Excel-arbetsbok; öppna den i Excel (eller LibreOffice) och spara som Excel-arbetsbok (.xlsx)`;
    return `filen är en textfil (CSV) med fel filändelse, inte en Excel-arbetsbok; ${SAVE_AS_XLSX}`;
  }
  return `filen är en textfil, inte en Excel-arbetsbok (.xlsx); ${SAVE_AS_XLSX}`;
}

/** What a zip holds, by its part names: an .xlsx has xl/workbook.xml. */
export function zipNamesProblem(names: string[], bytes: Uint8Array): string | null {
  const set = new Set(names);
  if (set.has('xl/workbook.xml')) return null;
  if (set.has('xl/workbook.bin')) return `filen är en binär Excel-arbetsbok (.xlsb); ${SAVE_AS_XLSX}`;
  if (set.has('mimetype')) {
    // OpenDocument stores its mimetype first and uncompressed, so it reads as plain bytes.
    if (indexOfBytes(bytes.subarray(0, 200), ascii('application/vnd.oasis.opendocument.spreadsheet')) !== -1) {
      return 'filen är ett OpenDocument-kalkylblad (.ods, från LibreOffice eller OpenOffice); spara som .xlsx (Arkiv > Spara som > Excel 2007-365)';
    }
    if (indexOfBytes(bytes.subarray(0, 200), ascii('application/vnd.oasis.opendocument')) !== -1) {
      return `filen är ett OpenDocument-dokument, inte ett kalkylblad; ${SAVE_AS_XLSX}`;
    }
  }
  if (names.some((n) => n.startsWith('word/'))) return 'filen är ett Word-dokument (.docx), inte en Excel-arbetsbok';
  if (names.some((n) => n.startsWith('ppt/'))) return 'filen är en PowerPoint-presentation (.pptx), inte en Excel-arbetsbok';
  // A package may keep its workbook at another path: the reader finds it through _rels/.rels.
  if (set.has('_rels/.rels') && set.has('[Content_Types].xml')) return null;
  return `filen är en zip-fil men ingen Excel-arbetsbok (.xlsx); ${SAVE_AS_XLSX}`;
}

export interface SniffLimits {
  /** The file may be at most this large. */
  maxBytes: number;
  /** Its parts may together unpack to at most this much, as the zip's directory declares. */
  maxInflatedBytes: number;
  /** At most this many parts. */
  maxEntries: number;
}

/** Why these bytes are not a workbook the tool can read, or null when they look like one. */
export function sniffBytes(bytes: Uint8Array, limits: SniffLimits, name = ''): string | null {
  if (bytes.length === 0) return 'filen är tom';
  if (bytes.length > limits.maxBytes) return `filen är ${megabytes(bytes.length)}, större än gränsen ${megabytes(limits.maxBytes)}; filen lästes inte`;
  if (startsWithBytes(bytes, ZIP)) {
    let entries: ZipEntry[];
    try {
      entries = readCentralDirectory(bytes);
    } catch (e) {
      if (e instanceof ZipFormatError) return `filen kunde inte läsas som .xlsx: zip-filen är skadad eller avkortad (${e.message}); ${SAVE_AS_XLSX}`;
      throw e;
    }
    if (entries.length > limits.maxEntries) return `arbetsboken har ${entries.length} delar, fler än gränsen ${limits.maxEntries}; filen lästes inte`;
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > limits.maxInflatedBytes) {
      return `arbetsboken packas upp till ${megabytes(declared)}, mer än gränsen ${megabytes(limits.maxInflatedBytes)} (en så stor fil kan vara en zip-bomb); filen lästes inte`;
    }
    return zipNamesProblem(entries.map((e) => e.name), bytes);
  }
  if (startsWithBytes(bytes, OLE)) return oleProblem(bytes);
  if (looksLikeText(bytes)) return textProblem(bytes, name);
  return `filen är inte en Excel-arbetsbok (.xlsx); ${SAVE_AS_XLSX}`;
}
