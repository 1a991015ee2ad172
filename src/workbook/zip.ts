/**
 * Just enough of the zip format to judge an .xlsx before exceljs inflates it: the central
 * directory's entries (names, sizes, method), ZIP64 included, and a bounded inflate of one
 * entry that proves its data is no larger than the directory says (a zip bomb may lie there).
 * No dependency: node's zlib does the inflating.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else exceljs cannot read either. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;

function u64(buf: Buffer, at: number): number {
  const n = buf.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('orimligt stort tal i zip-katalogen');
  return Number(n);
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - MAX16);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipFormatError('zip-filens innehållsförteckning saknas (filen är avkortad eller skadad)');
}

/** Every entry of the central directory, in order. Throws ZipFormatError on a malformed zip. */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipFormatError('filen är för kort för att vara en zip-fil');
  const eocd = findEndOfCentralDirectory(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipFormatError('ZIP64-posten saknas');
    const at = u64(buf, locator + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipFormatError('ZIP64-posten är skadad');
    count = u64(buf, at + 32);
    size = u64(buf, at + 40);
    offset = u64(buf, at + 48);
  }
  if (offset + size > buf.length) throw new ZipFormatError('zip-filens innehållsförteckning pekar utanför filen (filen är avkortad eller skadad)');
  // Each entry takes at least 46 bytes: a count larger than that is a lie.
  if (count > size / 46 + 1) throw new ZipFormatError('zip-filens innehållsförteckning är skadad');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('zip-filens innehållsförteckning är skadad');
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    // ZIP64 extended information: the 64-bit values, in this order, for the fields set to 0xFFFFFFFF.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === MAX32 && q + 8 <= e + 4 + len) (uncompressedSize = u64(buf, q)), (q += 8);
        if (compressedSize === MAX32 && q + 8 <= e + 4 + len) (compressedSize = u64(buf, q)), (q += 8);
        if (localHeaderOffset === MAX32 && q + 8 <= e + 4 + len) localHeaderOffset = u64(buf, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** Where an entry's data starts: after its local header, whose name and extra lengths may differ. */
function dataStart(buf: Buffer, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw new ZipFormatError(`delen ${entry.name} är skadad`);
  return at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
}

/**
 * The entry's content, inflated, never more than `limit` bytes of memory: throws
 * ZipFormatError when the data inflates to more than the directory declares (or than limit).
 */
export function readEntry(buf: Buffer, entry: ZipEntry, limit = entry.uncompressedSize): Buffer {
  const start = dataStart(buf, entry);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipFormatError(`delen ${entry.name} pekar utanför filen (filen är avkortad)`);
  const data = buf.subarray(start, end);
  const cap = Math.min(limit, entry.uncompressedSize);
  if (entry.method === 0) {
    if (data.length > cap) throw new ZipFormatError(`delen ${entry.name} är större än zip-katalogen anger`);
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`delen ${entry.name} är packad med en metod (${entry.method}) som inte stöds`);
  try {
    // maxOutputLength makes zlib stop (RangeError) instead of growing the buffer past cap.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (e) {
    if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipFormatError(`delen ${entry.name} packas upp till mer än zip-katalogen anger (${entry.uncompressedSize} byte)`);
    }
    throw new ZipFormatError(`delen ${entry.name} går inte att packa upp (${(e as Error).message})`);
  }
}

export interface ZipPart {
  name: string;
  data: Buffer;
}

/**
 * A zip of these parts, each stored as it is (method 0). Used to hand exceljs the parts that
 * were just inflated and checked, so it reads exactly those bytes and spends no time inflating
 * them again. Plain zip: at most 65 535 parts and 4 GB, far above the load limits.
 */
export function storedZip(parts: ZipPart[]): Buffer {
  const names = parts.map((p) => Buffer.from(p.name, 'utf8'));
  const localSize = parts.reduce((s, p, i) => s + 30 + names[i].length + p.data.length, 0);
  const centralSize = names.reduce((s, n) => s + 46 + n.length, 0);
  if (parts.length >= MAX16 || localSize + centralSize >= MAX32) throw new ZipFormatError('arbetsboken är för stor för att packas om');
  const out = Buffer.alloc(localSize + centralSize + 22);
  let local = 0;
  let central = localSize;
  parts.forEach(({ data }, i) => {
    const name = names[i];
    const crc = crc32(data);
    // Local header: version 2.0, flag 0x0800 (names in UTF-8), method 0, no time stamp.
    out.writeUInt32LE(LOCAL, local);
    out.writeUInt16LE(20, local + 4);
    out.writeUInt16LE(0x0800, local + 6);
    out.writeUInt32LE(crc, local + 14);
    out.writeUInt32LE(data.length, local + 18);
    out.writeUInt32LE(data.length, local + 22);
    out.writeUInt16LE(name.length, local + 26);
    name.copy(out, local + 30);
    data.copy(out, local + 30 + name.length);
    // Central directory entry pointing at it.
    out.writeUInt32LE(CENTRAL, central);
    out.writeUInt16LE(20, central + 4);
    out.writeUInt16LE(20, central + 6);
    out.writeUInt16LE(0x0800, central + 8);
    out.writeUInt32LE(crc, central + 16);
    out.writeUInt32LE(data.length, central + 20);
    out.writeUInt32LE(data.length, central + 24);
    out.writeUInt16LE(name.length, central + 28);
    out.writeUInt32LE(local, central + 42);
    name.copy(out, central + 46);
    local += 30 + name.length + data.length;
    central += 46 + name.length;
  });
  out.writeUInt32LE(EOCD, central);
  out.writeUInt16LE(parts.length, central + 8);
  out.writeUInt16LE(parts.length, central + 10);
  out.writeUInt32LE(centralSize, central + 12);
  out.writeUInt32LE(localSize, central + 16);
  return out;
}
