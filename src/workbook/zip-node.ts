/** The command line's zip platform: node's zlib, native and synchronous. */
import { crc32, inflateRawSync } from 'node:zlib';
import type { ZipPlatform } from './zip';

export const nodeZip: ZipPlatform = {
  inflate(compressed, cap) {
    try {
      // maxOutputLength makes zlib stop (RangeError) instead of growing the buffer past cap.
      const out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, cap) });
      return out.length > cap ? null : out;
    } catch (e) {
      if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
      throw e;
    }
  },
  crc32: (data) => crc32(data),
};
