/**
 * The one gate every file passes before exceljs reads it, on the command line and in the
 * preview: format, size and the zip directory's declared sizes (./sniff), then each part
 * unpacked with a cap, since a directory can lie (./zip). What it returns is what exceljs reads.
 */
import { InputError } from './errors';
import { sniffBytes, type SniffLimits } from './sniff';
import { unpackChecked, ZipFormatError, type ZipPlatform } from './zip';

export async function checkedWorkbookBytes(bytes: Uint8Array, name: string, limits: SniffLimits, platform: ZipPlatform): Promise<Uint8Array> {
  const problem = sniffBytes(bytes, limits, name);
  if (problem) throw new InputError(`${name}: ${problem}`);
  try {
    return await unpackChecked(bytes, platform);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new InputError(`${name}: arbetsboken är skadad eller manipulerad (${e.message}); filen lästes inte`);
    throw e;
  }
}
