/**
 * Just enough of the zip format to judge an .xlsx before exceljs reads it, in node and in the
 * browser alike (Uint8Array and DataView, no Buffer): the central directory (ZIP64 included),
 * each part inflated with a cap that proves it is no larger than the directory says (a zip bomb
 * may lie there), and the checked parts repacked uncompressed for exceljs. The host brings
 * the inflating and the CRC-32 (node's zlib on the command line, the browser's
 * DecompressionStream in the preview): see ZipPlatform.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else exceljs cannot read either. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

/** What a host brings: a raw-deflate inflater that stops past `cap` bytes (null), and CRC-32. */
export interface ZipPlatform {
  inflate(compressed: Uint8Array, cap: number): Uint8Array | null | Promise<Uint8Array | null>;
  crc32(data: Uint8Array): number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function u64(view: DataView, at: number): number {
  const n = view.getBigUint64(at, true);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('orimligt stort tal i zip-katalogen');
  return Number(n);
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - MAX16);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw new ZipFormatError('zip-filens innehållsförteckning saknas (filen är avkortad eller skadad)');
}

/** Every entry of the central directory, in order. Throws ZipFormatError on a malformed zip. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw new ZipFormatError('filen är för kort för att vara en zip-fil');
  try {
    return readEntries(bytes, viewOf(bytes));
  } catch (e) {
    // A length field that points past the end makes DataView throw: the zip is damaged.
    if (e instanceof RangeError) throw new ZipFormatError('zip-filens innehållsförteckning pekar utanför filen (filen är avkortad eller skadad)');
    throw e;
  }
}

function readEntries(bytes: Uint8Array, view: DataView): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipFormatError('ZIP64-posten saknas');
    const at = u64(view, locator + 8);
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD) throw new ZipFormatError('ZIP64-posten är skadad');
    count = u64(view, at + 32);
    size = u64(view, at + 40);
    offset = u64(view, at + 48);
  }
  if (offset + size > bytes.length) throw new ZipFormatError('zip-filens innehållsförteckning pekar utanför filen (filen är avkortad eller skadad)');
  // Each entry takes at least 46 bytes: a count larger than that is a lie.
  if (count > size / 46 + 1) throw new ZipFormatError('zip-filens innehållsförteckning är skadad');
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError('zip-filens innehållsförteckning är skadad');
    const nameLength = view.getUint16(p + 28, true);
    const extraStart = p + 46 + nameLength;
    const extraEnd = extraStart + view.getUint16(p + 30, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, extraStart)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    readZip64Extra(view, extraStart, extraEnd, entry);
    entries.push(entry);
    p = extraEnd + view.getUint16(p + 32, true);
  }
  return entries;
}

/** ZIP64 extended information: the 64-bit values, in this order, for the fields set to 0xFFFFFFFF. */
function readZip64Extra(view: DataView, start: number, end: number, entry: ZipEntry): void {
  for (let e = start; e + 4 <= end; e += 4 + view.getUint16(e + 2, true)) {
    if (view.getUint16(e, true) !== 0x0001) continue;
    const stop = e + 4 + view.getUint16(e + 2, true);
    let q = e + 4;
    const next = () => {
      const n = q + 8 <= stop ? u64(view, q) : null;
      q += 8;
      return n;
    };
    if (entry.uncompressedSize === MAX32) entry.uncompressedSize = next() ?? MAX32;
    if (entry.compressedSize === MAX32) entry.compressedSize = next() ?? MAX32;
    if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = next() ?? MAX32;
  }
}

/** The entry's bytes as stored (compressed when method is 8), after its local header. */
function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = viewOf(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`delen ${entry.name} är skadad`);
  // The local header's name and extra lengths may differ from the directory's.
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`delen ${entry.name} pekar utanför filen (filen är avkortad)`);
  return bytes.subarray(start, end);
}

/**
 * The entry's content, inflated, never more than the directory declares in memory: throws
 * ZipFormatError when the data inflates to more than that.
 */
export async function readEntry(bytes: Uint8Array, entry: ZipEntry, platform: ZipPlatform): Promise<Uint8Array> {
  const data = storedBytes(bytes, entry);
  const cap = entry.uncompressedSize;
  if (entry.method === 0) {
    if (data.length > cap) throw new ZipFormatError(`delen ${entry.name} är större än zip-katalogen anger`);
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`delen ${entry.name} är packad med en metod (${entry.method}) som inte stöds`);
  let inflated: Uint8Array | null;
  try {
    inflated = await platform.inflate(data, cap);
  } catch (e) {
    throw new ZipFormatError(`delen ${entry.name} går inte att packa upp (${(e as Error).message})`);
  }
  if (!inflated) throw new ZipFormatError(`delen ${entry.name} packas upp till mer än zip-katalogen anger (${entry.uncompressedSize} byte)`);
  return inflated;
}

/**
 * Every part inflated with its cap, then repacked uncompressed (storedZip): exceljs reads exactly
 * the bytes checked here and does not inflate them again. The caller has checked the directory's
 * declared sizes against its limit, so memory stays within that limit (twice: parts and copy).
 */
export async function unpackChecked(bytes: Uint8Array, platform: ZipPlatform): Promise<Uint8Array> {
  const parts: ZipPart[] = [];
  for (const entry of readCentralDirectory(bytes)) parts.push({ name: entry.name, data: await readEntry(bytes, entry, platform) });
  return storedZip(parts, platform.crc32);
}

/**
 * A zip of these parts, each stored as it is (method 0). Plain zip: at most 65 535 parts and
 * 4 GB, far above the load limits.
 */
export function storedZip(parts: ZipPart[], crc32: (data: Uint8Array) => number): Uint8Array {
  const encoder = new TextEncoder();
  const names = parts.map((p) => encoder.encode(p.name));
  const localSize = parts.reduce((s, p, i) => s + 30 + names[i].length + p.data.length, 0);
  const centralSize = names.reduce((s, n) => s + 46 + n.length, 0);
  if (parts.length >= MAX16 || localSize + centralSize >= MAX32) throw new ZipFormatError('arbetsboken är för stor för att packas om');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = viewOf(out);
  let local = 0;
  let central = localSize;
  parts.forEach(({ data }, i) => {
    const name = names[i];
    const crc = crc32(data);
    // Local header: version 2.0, flag 0x0800 (names in UTF-8), method 0, no time stamp.
    view.setUint32(local, LOCAL, true);
    view.setUint16(local + 4, 20, true);
    view.setUint16(local + 6, 0x0800, true);
    view.setUint32(local + 14, crc, true);
    view.setUint32(local + 18, data.length, true);
    view.setUint32(local + 22, data.length, true);
    view.setUint16(local + 26, name.length, true);
    out.set(name, local + 30);
    out.set(data, local + 30 + name.length);
    // Central directory entry pointing at it.
    view.setUint32(central, CENTRAL, true);
    view.setUint16(central + 4, 20, true);
    view.setUint16(central + 6, 20, true);
    view.setUint16(central + 8, 0x0800, true);
    view.setUint32(central + 16, crc, true);
    view.setUint32(central + 20, data.length, true);
    view.setUint32(central + 24, data.length, true);
    view.setUint16(central + 28, name.length, true);
    view.setUint32(central + 42, local, true);
    out.set(name, central + 46);
    local += 30 + name.length + data.length;
    central += 46 + name.length;
  });
  view.setUint32(central, EOCD, true);
  view.setUint16(central + 8, parts.length, true);
  view.setUint16(central + 10, parts.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}
