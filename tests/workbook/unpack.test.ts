/**
 * Both hosts inflate a workbook once, bounded (src/workbook/zip.ts: node's zlib on the command
 * line, DecompressionStream in the preview), and hand exceljs those very parts stored
 * uncompressed. The repacked zip must be a correct zip (checked here with an independent CRC
 * and by JSZip, the reader exceljs uses, with its CRC check on), hold exactly the original
 * parts, read in exceljs as the original does, and be the same on both platforms.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { snapshotsOf } from '../../src/workbook/snapshot';
import { loadWorkbookBuffer } from '../../src/workbook/load';
import { readCentralDirectory, storedZip, unpackChecked, ZipFormatError, type ZipPlatform } from '../../src/workbook/zip';
import { nodeZip } from '../../src/workbook/zip-node';
import { webZip } from '../../src/workbook/zip-web';
import { crc32 } from '../hostile/helpers';
import { validBudgetRows } from '../helpers/sheet';
import { writeRows } from '../hostile/helpers';

async function budgetXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  writeRows(wb.addWorksheet('Budget 2026'), validBudgetRows());
  wb.addWorksheet('Anteckningar åäö').getCell('B2').value = 'Ränteintäkter 2 000 kr';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function partsOf(zip: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  return partsOfBuffer(buf);
}

function partsOfBuffer(zip: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of readCentralDirectory(zip)) {
    const at = entry.localHeaderOffset;
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    parts.set(entry.name, entry.method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return parts;
}

const platforms: [string, ZipPlatform][] = [
  ['node', nodeZip],
  ['web', webZip],
];

describe.each(platforms)('unpackChecked with the %s platform: the parts exceljs reads are the parts that were checked', (_, platform) => {
  it('repacks every part stored, byte for byte, with correct CRCs', async () => {
    const original = await budgetXlsx();
    const repacked = Buffer.from(await unpackChecked(original, platform));
    const entries = readCentralDirectory(repacked);
    expect(entries.every((e) => e.method === 0 && e.compressedSize === e.uncompressedSize)).toBe(true);
    expect(partsOf(repacked)).toEqual(partsOf(original));
    // The CRC in the directory is at offset 16 of each entry; compare with an independent CRC-32.
    let p = repacked.readUInt32LE(repacked.length - 22 + 16);
    for (const [name, data] of partsOf(repacked)) {
      expect(repacked.toString('utf8', p + 46, p + 46 + repacked.readUInt16LE(p + 28))).toBe(name);
      expect(repacked.readUInt32LE(p + 16)).toBe(crc32(data));
      p += 46 + repacked.readUInt16LE(p + 28);
    }
    const zip = await JSZip.loadAsync(repacked, { checkCRC32: true });
    expect(Object.keys(zip.files).sort()).toEqual([...partsOf(original).keys()].sort());
  });

  it('refuses a part that unpacks to more than the directory declares, and a damaged one', async () => {
    const xml = Buffer.alloc(1_000_000, ' ');
    const inflate = async (data: Uint8Array, cap: number) => platform.inflate(data, cap);
    await expect(inflate(deflateRawSync(xml), 999_999)).resolves.toBeNull();
    await expect(inflate(deflateRawSync(xml), 1_000_000)).resolves.toHaveLength(1_000_000);
    await expect(inflate(Buffer.from('not deflate at all'), 100)).rejects.toThrow();
  });

  it('computes the CRC-32 of the zip format', () => {
    expect(platform.crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('unpackChecked', () => {
  it('names the lying part', async () => {
    const original = await budgetXlsx();
    const entries = readCentralDirectory(original);
    // Shrink the declared size of the sheet in the central directory: its data now unpacks to more.
    const lying = Buffer.from(original);
    let p = lying.readUInt32LE(lying.length - 22 + 16);
    for (const entry of entries) {
      if (entry.name === 'xl/worksheets/sheet1.xml') lying.writeUInt32LE(entry.uncompressedSize - 1, p + 24);
      p += 46 + lying.readUInt16LE(p + 28) + lying.readUInt16LE(p + 30) + lying.readUInt16LE(p + 32);
    }
    for (const [, platform] of platforms) {
      await expect(unpackChecked(lying, platform)).rejects.toThrow(ZipFormatError);
      await expect(unpackChecked(lying, platform)).rejects.toThrow(/sheet1\.xml packas upp till mer än zip-katalogen anger/);
    }
  });

  it('reads in exceljs exactly as the original file does', async () => {
    const original = await budgetXlsx();
    const direct = new ExcelJS.Workbook();
    await direct.xlsx.load(original as unknown as ArrayBuffer);
    const viaRepack = await loadWorkbookBuffer(original, 'budget.xlsx');
    expect(snapshotsOf(viaRepack)).toEqual(snapshotsOf(direct));
  });

  it('keeps names in UTF-8 and empty parts', () => {
    const zip = storedZip(
      [
        { name: 'xl/worksheets/blad åäö.xml', data: Buffer.from('<x/>') },
        { name: 'docProps/tom.xml', data: Buffer.alloc(0) },
      ],
      (data) => crc32(Buffer.from(data)),
    );
    expect(readCentralDirectory(zip).map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['xl/worksheets/blad åäö.xml', 4],
      ['docProps/tom.xml', 0],
    ]);
    expect([...partsOf(zip).values()].map(String)).toEqual(['<x/>', '']);
  });
});
