/**
 * Test-side surgery on an .xlsx: its parts as text, changed, and zipped again (deflated), to
 * make the hostile and unusual workbooks of the reader's tests from the sample.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { readCentralDirectory } from '../../src/workbook/zip';
import { zipOf, type RawEntry } from '../hostile/helpers';

export type Parts = Map<string, string>;

export function partsOf(bytes: Uint8Array): Parts {
  const buf = Buffer.from(bytes);
  const parts: Parts = new Map();
  for (const e of readCentralDirectory(buf)) {
    const start = e.localHeaderOffset + 30 + buf.readUInt16LE(e.localHeaderOffset + 26) + buf.readUInt16LE(e.localHeaderOffset + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    parts.set(e.name, (e.method === 8 ? inflateRawSync(data) : data).toString('utf8'));
  }
  return parts;
}

export function xlsxOf(parts: Parts): Buffer {
  const entries: RawEntry[] = [...parts].map(([name, text]) => {
    const data = Buffer.from(text, 'utf8');
    return { name, data: deflateRawSync(data), method: 8, declaredSize: data.length, crc: crc32(data) };
  });
  return zipOf(entries);
}

/** Changes one part's text; throws when the part is missing. */
export function edit(parts: Parts, name: string, change: (xml: string) => string): void {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}`);
  parts.set(name, change(xml));
}

/** Inserts XML into a worksheet right after </sheetData> (where mergeCells and dataValidations go). */
export function afterSheetData(parts: Parts, sheet: string, xml: string): void {
  edit(parts, sheet, (s) => s.replace('</sheetData>', `</sheetData>${xml}`));
}

/** Adds rows at the end of a worksheet's sheetData. */
export function appendRows(parts: Parts, sheet: string, rowsXml: string): void {
  edit(parts, sheet, (s) => s.replace('</sheetData>', `${rowsXml}</sheetData>`));
}

/** Adds a worksheet (its sheetData's inner XML) as the workbook's last sheet. */
export function addSheet(parts: Parts, name: string, sheetDataXml: string, workbook = 'xl/workbook.xml'): void {
  const part = `xl/worksheets/extra${parts.size}.xml`;
  parts.set(part, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetDataXml}</sheetData></worksheet>`);
  const id = `rIdExtra${parts.size}`;
  edit(parts, workbook.replace(/[^/]+$/, (f) => `_rels/${f}.rels`), (s) =>
    s.replace('</Relationships>', `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/${part}"/></Relationships>`),
  );
  edit(parts, workbook, (s) => s.replace('</sheets>', `<sheet name="${name}" sheetId="${parts.size + 10}" r:id="${id}"/></sheets>`));
  edit(parts, '[Content_Types].xml', (s) =>
    s.replace('</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
  );
}

/** Every element of the part's default namespace written with a prefix instead (as the OpenXML SDK does). */
export function prefixed(xml: string, prefix: string): string {
  return xml.replace(/xmlns="/, `xmlns:${prefix}="`).replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, `<$1${prefix}:$2`);
}

/** A cell style with this number format id appended to styles.xml; returns its index. */
export function addCellStyle(parts: Parts, numFmtId: number): number {
  const styles = parts.get('xl/styles.xml') ?? '';
  const cellXfs = styles.slice(styles.indexOf('<cellXfs'), styles.indexOf('</cellXfs>'));
  const index = cellXfs.split('<xf ').length - 1;
  edit(parts, 'xl/styles.xml', (s) => s.replace('</cellXfs>', `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`));
  return index;
}
