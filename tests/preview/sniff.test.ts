/**
 * @jest-environment node
 *
 * The browser's sniffing (src/workbook/sniff.ts, on Uint8Array, no node) names a file exactly
 * as the command line's (src/workbook/load.ts) does, so the preview and the CLI give the same
 * advice for the same wrong file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PREVIEW_LIMITS } from '../../src/preview/file-host';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_INFLATED_BYTES, loadWorkbookBuffer } from '../../src/workbook/load';
import { sniffBytes } from '../../src/workbook/sniff';

const SAMPLE = readFileSync(path.join(__dirname, '../../examples/budgetplan-2026.xlsx'));

async function zip(entries: [string, string, 'STORE' | 'DEFLATE'][]): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, text, compression] of entries) z.file(name, text, { compression });
  return z.generateAsync({ type: 'nodebuffer' });
}

function ole(marker: string): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  Buffer.from(marker, 'utf16le').copy(bytes, 1024);
  return bytes;
}

const cases: [string, () => Buffer | Promise<Buffer>][] = [
  ['the sample (an .xlsx)', () => SAMPLE],
  ['an empty file', () => Buffer.alloc(0)],
  ['a CSV file', () => Buffer.from('\uFEFFIntäkter;Budget 2026\r\nFörsäkringskassan;1 000\r\n')],
  ['a web page', () => Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>')],
  ['an Excel 2003 XML sheet', () => Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>')],
  ['plain text', () => Buffer.from('Hej!\nDetta är ett brev.\n')],
  ['an .xls', () => ole('Workbook')],
  ['an encrypted workbook', () => ole('EncryptionInfo')],
  ['random bytes', () => Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256))],
  ['an .ods', () => zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet', 'STORE'], ['content.xml', '<x/>', 'DEFLATE']])],
  ['an .odt', () => zip([['mimetype', 'application/vnd.oasis.opendocument.text', 'STORE'], ['content.xml', '<x/>', 'DEFLATE']])],
  ['a .docx', () => zip([['[Content_Types].xml', '<Types/>', 'DEFLATE'], ['word/document.xml', '<w:document/>', 'DEFLATE']])],
  ['a .pptx', () => zip([['[Content_Types].xml', '<Types/>', 'DEFLATE'], ['ppt/presentation.xml', '<p/>', 'DEFLATE']])],
  ['an .xlsb', () => zip([['[Content_Types].xml', '<Types/>', 'DEFLATE'], ['xl/workbook.bin', 'binär', 'STORE']])],
  ['a zip of something else', () => zip([['a.txt', 'hej', 'DEFLATE']])],
];

describe('sniffBytes names a file as the command line does', () => {
  it.each(cases)('%s', async (_, make) => {
    const bytes = await make();
    const problem = sniffBytes(new Uint8Array(bytes), PREVIEW_LIMITS);
    const cli = await loadWorkbookBuffer(bytes, 'fil.xlsx').then(
      () => null,
      (e: Error) => e.message,
    );
    expect(problem === null ? null : `fil.xlsx: ${problem}`).toBe(cli);
  });

  it('uses the same limits', () => {
    expect(PREVIEW_LIMITS).toEqual({ maxBytes: DEFAULT_MAX_BYTES, maxInflatedBytes: DEFAULT_MAX_INFLATED_BYTES, maxEntries: DEFAULT_MAX_ENTRIES });
  });

  it('refuses a zip whose parts declare more than the limit, before anything is unpacked', async () => {
    const big = await zip([['xl/workbook.xml', 'x'.repeat(200_000), 'DEFLATE']]);
    expect(sniffBytes(new Uint8Array(big), { ...PREVIEW_LIMITS, maxInflatedBytes: 100_000 })).toMatch(/packas upp till 0,2 MB, mer än gränsen 0,1 MB \(en så stor fil kan vara en zip-bomb\)/);
    expect(sniffBytes(new Uint8Array(big), { ...PREVIEW_LIMITS, maxBytes: 100 })).toMatch(/större än gränsen/);
    expect(sniffBytes(new Uint8Array(big.subarray(0, big.length - 10)), PREVIEW_LIMITS)).toMatch(/zip-filen är skadad eller avkortad/);
  });
});
