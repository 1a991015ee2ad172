/**
 * The browser preview's zip platform: DecompressionStream, fed in slices and read as it goes,
 * so a part that inflates past its cap is stopped there and never held whole; and CRC-32 in
 * plain JavaScript (browsers offer none).
 */
import type { ZipPlatform } from './zip';

/** Compressed bytes fed per write: deflate expands at most about 1 000 times, so one write stays small. */
const SLICE = 16 * 1024;

async function inflate(compressed: Uint8Array, cap: number): Promise<Uint8Array | null> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const drain = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.length;
      if (size > cap) {
        over = true;
        await reader.cancel();
        return;
      }
      chunks.push(value);
    }
  })();
  // Once the reader is cancelled the writer errors; that is the stop, not a failure.
  writer.closed.catch(() => undefined);
  try {
    for (let i = 0; i < compressed.length && !over; i += SLICE) await writer.write(compressed.subarray(i, i + SLICE) as Uint8Array<ArrayBuffer>);
    if (!over) await writer.close();
  } catch (e) {
    if (!over) {
      // Damaged data: both sides fail with it; settle the reading side before saying so.
      await drain.catch(() => undefined);
      throw e;
    }
  }
  await drain;
  if (over) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const webZip: ZipPlatform = { inflate, crc32 };
