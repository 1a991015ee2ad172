/** Files that are not .xlsx but are named so: each is named for what it is, nothing is written. */
import { existsSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { loadWorkbookBuffer } from '../../src/workbook/load';
import { buildCli, crc32, expectRefused, runCli, storedEntry, tempDir, zipOf } from './helpers';

const tmp = tempDir('formats');
beforeAll(buildCli);
afterAll(tmp.remove);

/** The command line's refusal of these bytes, as loading them says it (the message names the file). */
async function refusal(bytes: Buffer): Promise<string> {
  return loadWorkbookBuffer(bytes, 'fil.xlsx').then(
    () => 'read',
    (e: Error) => e.message,
  );
}

function refusedWithoutWriting(name: string, bytes: Buffer, reason: RegExp): void {
  const file = tmp.file(name);
  writeFileSync(file, bytes);
  const out = tmp.file(`${name}-ut.xlsx`);
  expectRefused(runCli(tmp.dir, ['forecast', file, '-o', out]), file, reason);
  expect(existsSync(out)).toBe(false);
  expectRefused(runCli(tmp.dir, ['validate', file, '--json']), file, reason);
}

function deflated(name: string, text: string) {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), method: 8 as const, declaredSize: raw.length, crc: crc32(raw) };
}

it('an .xls (OLE compound file) named .xlsx', () => {
  const ole = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from('Workbook', 'utf16le').copy(ole, 1024);
  refusedWithoutWriting('gammal.xlsx', ole, /äldre Excel-fil \(\.xls\); spara den som Excel-arbetsbok \(\.xlsx\)/);
});

it('an OpenDocument spreadsheet (.ods) named .xlsx', () => {
  // As LibreOffice writes it: "mimetype" first and stored, then the content.
  const ods = zipOf([
    storedEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
    deflated('content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
    deflated('META-INF/manifest.xml', '<manifest:manifest/>'),
  ]);
  refusedWithoutWriting('kalkyl.xlsx', ods, /OpenDocument-kalkylblad \(\.ods.*spara som \.xlsx/);
});

it('an OpenDocument text document and a Word document are named for what they are', async () => {
  const odt = zipOf([storedEntry('mimetype', 'application/vnd.oasis.opendocument.text'), deflated('content.xml', '<x/>')]);
  expect(await refusal(odt)).toMatch(/OpenDocument-dokument, inte ett kalkylblad/);
  const docx = zipOf([deflated('[Content_Types].xml', '<Types/>'), deflated('word/document.xml', '<w:document/>')]);
  expect(await refusal(docx)).toMatch(/Word-dokument/);
  const xlsb = zipOf([deflated('[Content_Types].xml', '<Types/>'), storedEntry('xl/workbook.bin', Buffer.alloc(10))]);
  expect(await refusal(xlsb)).toMatch(/binär Excel-arbetsbok \(\.xlsb\)/);
});

it('a CSV file named .xlsx (Swedish Excel writes semicolons)', async () => {
  const csv = '\uFEFFIntäkter;Budget 2026;Prognos 2027\r\nFörsäkringskassan;1 000;1 000\r\nRegion Gotland;1 000;1 000\r\n';
  refusedWithoutWriting('export.xlsx', Buffer.from(csv, 'utf8'), /textfil \(CSV\) med fel filändelse.*spara som Excel-arbetsbok \(\.xlsx\)/);
  // Latin-1 from an older system, commas.
  expect(await refusal(Buffer.from('Konto,Belopp\nLön,1000\n', 'latin1'))).toMatch(/textfil \(CSV\)/);
});

it('an HTML table and an Excel 2003 XML sheet named .xlsx', async () => {
  expect(await refusal(Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>'))).toMatch(/webbsida \(HTML\)/);
  const xml2003 = '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
  refusedWithoutWriting('xml2003.xlsx', Buffer.from(xml2003), /XML-kalkylblad \(Excel 2003\)/);
});

it('random bytes and a truncated zip', async () => {
  const noise = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256));
  expect(await refusal(noise)).toMatch(/inte en Excel-arbetsbok/);
  const zip = zipOf([storedEntry('xl/workbook.xml', '<workbook/>')]);
  expect(await refusal(zip.subarray(0, zip.length - 10))).toMatch(/kunde inte läsas som \.xlsx: zip-filen är skadad eller avkortad/);
});
