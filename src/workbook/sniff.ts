/**
 * What a file is, from its bytes, without node (no fs, no Buffer, no zlib): the browser
 * preview checks a file with this before exceljs sees it. Each problem is a Swedish sentence
 * that says what the file is and what to do; null when the bytes look like an .xlsx.
 */

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
export function textProblem(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*>\s*)?<Workbook/i.test(head) || /urn:schemas-microsoft-com:office:spreadsheet/.test(head)) {
    return `filen är ett XML-kalkylblad (Excel 2003), inte .xlsx; ${SAVE_AS_XLSX}`;
  }
  if (/^<(!doctype\s+html|html|table)\b/i.test(head)) {
    return `filen är en webbsida (HTML) med fel filändelse, inte en Excel-arbetsbok; ${SAVE_AS_XLSX}`;
  }
  const lines = head.split(/\r?\n/).filter((l) => l.trim()).slice(0, 5);
  if (lines.length > 0 && lines.every((l) => /[;,\t]/.test(l))) {
    return `filen är en textfil (CSV) med fel filändelse, inte en Excel-arbetsbok; ${SAVE_AS_XLSX}`;
  }
  return `filen är en textfil, inte en Excel-arbetsbok (.xlsx); ${SAVE_AS_XLSX}`;
}

export interface ZipListing {
  names: string[];
  /** The sum of the parts' unpacked sizes as the zip's directory declares them. */
  declaredBytes: number;
}

/**
 * The zip's central directory (names and declared sizes), read with a DataView; null when it
 * is missing or malformed. ZIP64 sizes count as unlimited (no budget workbook needs them).
 */
export function listZip(bytes: Uint8Array): ZipListing | null {
  if (bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22, stop = Math.max(0, bytes.length - 22 - 0xffff); i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { names: [], declaredBytes: Infinity };
  if (offset + size > bytes.length || count > size / 46 + 1) return null;
  const names: string[] = [];
  let declaredBytes = 0;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0, p = offset; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    declaredBytes += uncompressed === 0xffffffff ? Infinity : uncompressed;
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { names, declaredBytes };
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
export function sniffBytes(bytes: Uint8Array, limits: SniffLimits): string | null {
  if (bytes.length === 0) return 'filen är tom';
  if (bytes.length > limits.maxBytes) return `filen är ${megabytes(bytes.length)}, större än gränsen ${megabytes(limits.maxBytes)}; filen lästes inte`;
  if (startsWithBytes(bytes, ZIP)) {
    const listing = listZip(bytes);
    if (!listing) return `filen kunde inte läsas som .xlsx: zip-filen är skadad eller avkortad; ${SAVE_AS_XLSX}`;
    if (listing.names.length > limits.maxEntries) return `arbetsboken har ${listing.names.length} delar, fler än gränsen ${limits.maxEntries}; filen lästes inte`;
    if (listing.declaredBytes > limits.maxInflatedBytes) {
      const size = Number.isFinite(listing.declaredBytes) ? megabytes(listing.declaredBytes) : 'mer än 4 GB';
      return `arbetsboken packas upp till ${size}, mer än gränsen ${megabytes(limits.maxInflatedBytes)} (en så stor fil kan vara en zip-bomb); filen lästes inte`;
    }
    return zipNamesProblem(listing.names, bytes);
  }
  if (startsWithBytes(bytes, OLE)) return oleProblem(bytes);
  if (looksLikeText(bytes)) return textProblem(bytes);
  return `filen är inte en Excel-arbetsbok (.xlsx); ${SAVE_AS_XLSX}`;
}
