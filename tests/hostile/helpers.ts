/** Shared by the hostile-input tests: the built command line, a temp folder, tiny zip writer. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { constants, deflateRawSync } from 'node:zlib';
import type { TestCell } from '../helpers/sheet';
import { expectRefused as refused, type Run } from '../helpers/cli';

export { buildCli, ROOT, runCli } from '../helpers/cli';
export type { Run } from '../helpers/cli';

/** Unusable input: exit 2, nothing on stdout, one Swedish line on stderr naming the file. */
export function expectRefused(r: Run, names: string, reason: RegExp): void {
  refused(r, reason, names);
}

export function tempDir(prefix: string): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `finsam-hostile-${prefix}-`));
  return { dir, file: (name) => path.join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeRows(ws: ExcelJS.Worksheet, rows: TestCell[][]): void {
  rows.forEach((cells, r) =>
    cells.forEach((c, col) => {
      if (c === null || c === undefined) return;
      ws.getCell(r + 1, col + 1).value =
        typeof c === 'object' ? ({ formula: c.f.slice(1), result: c.v } as ExcelJS.CellFormulaValue) : c;
    }),
  );
}

export async function writeWorkbook(file: string, sheets: [string, TestCell[][]][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) writeRows(wb.addWorksheet(name), rows);
  await wb.xlsx.writeFile(file);
  return file;
}

// --- a minimal zip writer -------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface RawEntry {
  name: string;
  /** The bytes as stored in the zip (deflated when method is 8). */
  data: Buffer;
  method: 0 | 8;
  /** What the directory claims the entry unpacks to. */
  declaredSize: number;
  crc: number;
}

export function storedEntry(name: string, text: string | Buffer): RawEntry {
  const data = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  return { name, data, method: 0, declaredSize: data.length, crc: crc32(data) };
}

/** A zip from raw entries: local headers, data, central directory, end record (no ZIP64). */
export function zipOf(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * A deflate stream that unpacks to `blocks` × 16 MB of sheet XML: one 16 MB block compressed
 * with a full flush (so it refers to nothing before it), repeated, then an empty final block.
 */
export function bombStream(blocks: number): { data: Buffer; size: number } {
  const block = Buffer.alloc(16 * 1024 * 1024, ' '); // whitespace between XML tags
  const segment = deflateRawSync(block, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const data = Buffer.concat([...Array.from({ length: blocks }, () => segment), Buffer.from([0x03, 0x00])]);
  return { data, size: blocks * block.length };
}

export function bombWorkbook(declared: (real: number) => number): Buffer {
  const { data, size } = bombStream(200); // 3.2 GB of XML in about 3 MB
  const sheet: RawEntry = { name: 'xl/worksheets/sheet1.xml', data, method: 8, declaredSize: declared(size), crc: 0 };
  return zipOf([
    storedEntry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    // The sheet is listed and linked, so a reader that unpacks only the parts it needs reaches it too.
    storedEntry(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    storedEntry(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheet,
  ]);
}
