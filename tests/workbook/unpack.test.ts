/**
 * The command line inflates a workbook once, bounded (src/workbook/load.ts), and hands exceljs
 * those very parts stored uncompressed. The repacked zip must be a correct zip (checked here
 * with an independent CRC and by JSZip, the reader exceljs uses, with its CRC check on), hold
 * exactly the original parts, and read in exceljs as the original does.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';
import { snapshotsOf } from '../../src/workbook/snapshot';
import { loadWorkbookBuffer, unpackChecked } from '../../src/workbook/load';
import { readCentralDirectory, storedZip } from '../../src/workbook/zip';
import { crc32 } from '../hostile/helpers';
import { validBudgetRows } from '../helpers/sheet';
import { writeRows } from '../hostile/helpers';

async function budgetXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  writeRows(wb.addWorksheet('Budget 2026'), validBudgetRows());
  wb.addWorksheet('Anteckningar åäö').getCell('B2').value = 'Ränteintäkter 2 000 kr';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function partsOf(zip: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of readCentralDirectory(zip)) {
    const at = entry.localHeaderOffset;
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    parts.set(entry.name, entry.method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return parts;
}

describe('unpackChecked: the parts exceljs reads are the parts that were checked', () => {
  it('repacks every part stored, byte for byte, with correct CRCs', async () => {
    const original = await budgetXlsx();
    const repacked = unpackChecked(original, 'budget.xlsx');
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

  it('reads in exceljs exactly as the original file does', async () => {
    const original = await budgetXlsx();
    const direct = new ExcelJS.Workbook();
    await direct.xlsx.load(original as unknown as ArrayBuffer);
    const viaRepack = await loadWorkbookBuffer(original, 'budget.xlsx');
    expect(snapshotsOf(viaRepack)).toEqual(snapshotsOf(direct));
  });

  it('keeps names in UTF-8 and empty parts', () => {
    const zip = storedZip([
      { name: 'xl/worksheets/blad åäö.xml', data: Buffer.from('<x/>') },
      { name: 'docProps/tom.xml', data: Buffer.alloc(0) },
    ]);
    expect(readCentralDirectory(zip).map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['xl/worksheets/blad åäö.xml', 4],
      ['docProps/tom.xml', 0],
    ]);
    expect([...partsOf(zip).values()].map(String)).toEqual(['<x/>', '']);
  });
});
