/**
 * The reader on hand-written parts: what producers other than exceljs write (LibreOffice,
 * the OpenXML SDK, strict OOXML, old Mac workbooks) and exceljs never does, so the
 * differential test cannot reach it.
 */
import type { SheetSnapshot } from '../../src/domain/snapshot';
import { readSnapshots } from '../../src/workbook/load';
import { xlsxOf, type Parts } from './xlsx-parts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface Raw {
  sheetData: string;
  /** The sheet's <dimension ref>, its own claim of the range it uses. */
  dimension?: string;
  afterSheetData?: string;
  sharedStrings?: string[];
  /** numFmtId of each cell style (xf), index = s. */
  styles?: number[];
  customFormats?: Record<number, string>;
  ns?: string;
  date1904?: boolean;
  sheets?: { name: string; state?: string }[];
}

function workbook(raw: Raw): Uint8Array {
  const ns = raw.ns ?? MAIN;
  const sheets = raw.sheets ?? [{ name: 'Budget' }];
  const parts: Parts = new Map();
  parts.set('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  parts.set('_rels/.rels', `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  parts.set(
    'xl/workbook.xml',
    `<workbook xmlns="${ns}" xmlns:r="${REL}">${raw.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" ${s.state ? `state="${s.state}" ` : ''}r:id="s${i}"/>`)
      .join('')}</sheets></workbook>`,
  );
  const rels = sheets.map((_, i) => `<Relationship Id="s${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
  rels.push(`<Relationship Id="st" Type="${REL}/styles" Target="styles.xml"/>`, `<Relationship Id="ss" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  parts.set('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`);
  sheets.forEach((_, i) => parts.set(`xl/worksheets/sheet${i}.xml`, `<worksheet xmlns="${ns}">${i === 0 && raw.dimension ? `<dimension ref="${raw.dimension}"/>` : ''}<sheetData>${i === 0 ? raw.sheetData : ''}</sheetData>${i === 0 ? raw.afterSheetData ?? '' : ''}</worksheet>`));
  parts.set('xl/sharedStrings.xml', `<sst xmlns="${ns}">${(raw.sharedStrings ?? []).join('')}</sst>`);
  const fmts = Object.entries(raw.customFormats ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`);
  parts.set(
    'xl/styles.xml',
    `<styleSheet xmlns="${ns}"><numFmts>${fmts.join('')}</numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs>${(raw.styles ?? [0]).map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs></styleSheet>`,
  );
  return xlsxOf(parts);
}

async function read(raw: Raw): Promise<SheetSnapshot[]> {
  return readSnapshots(workbook(raw), 'raw.xlsx');
}

describe('the reader', () => {
  it('reads shared, inline and rich strings, never the phonetic guide, and unescapes _xHHHH_', async () => {
    const [s] = await read({
      sharedStrings: ['<si><t>Intäkter</t></si>', '<si><r><rPr><b/></rPr><t>TOT</t></r><r><t xml:space="preserve">ALT </t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>', '<si><t>rad_x000A_två</t></si>'],
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Inline</t></is></c><c r="B2" t="inlineStr"><is><r><t>Ri</t></r><r><t>ch</t></r></is></c></row>',
    });
    expect(s.values).toEqual([
      ['Intäkter', 'TOTALT ', 'rad\ntvå'],
      ['Inline', 'Rich', null],
    ]);
  });

  it('reads cached results of every type, and text or an error in a date-formatted cell as it is', async () => {
    const [s] = await read({
      styles: [0, 14],
      sheetData:
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c><c r="D1" s="1"><v>46023</v></c></row>' +
        '<row r="2"><c r="A2" s="1" t="str"><f>"Utskrivet "&amp;TEXT(TODAY(),"ÅÅÅÅ")</f><v>Utskrivet 2026</v></c><c r="B2" s="1" t="e"><f>FOO()</f><v>#NAMN?</v></c><c r="C2" t="d"><v>2026-03-01T00:00:00</v></c><c r="D2"><f>0</f><v>0</v></c></row>',
    });
    expect(s.values).toEqual([
      [true, '#DIV/0!', 'TRUEx', '2026-01-01'],
      ['Utskrivet 2026', '#NAMN?', '2026-03-01', 0],
    ]);
    expect(s.formulas[1]).toEqual(['="Utskrivet "&TEXT(TODAY(),"ÅÅÅÅ")', '=FOO()', null, '=0']);
    expect(s.numberFormats[0][3]).toBe('mm-dd-yy');
  });

  it('counts dates from 1904 in an old Mac workbook', async () => {
    const [s] = await read({ date1904: true, styles: [0, 14], sheetData: '<row r="1"><c r="A1" s="1"><v>44561</v></c></row>' });
    expect(s.values[0][0]).toBe('2026-01-01');
  });

  it('moves shared formulas both ways and keeps an array formula in its first cell', async () => {
    const [s] = await read({
      sheetData:
        '<row r="2"><c r="B2"><f t="shared" ref="B2:C3" si="0">SUM(A$1:A2)*$D$1</f><v>1</v></c><c r="C2"><f t="shared" si="0"/><v>2</v></c></row>' +
        '<row r="3"><c r="B3"><f t="shared" si="0"/><v>3</v></c><c r="C3"><f t="array" ref="C3:C4">A1:A2*2</f><v>4</v></c></row>' +
        '<row r="4"><c r="C4"><v>5</v></c></row>',
    });
    expect(s.formulas[1]).toEqual([null, '=SUM(A$1:A2)*$D$1', '=SUM(B$1:B2)*$D$1']);
    expect(s.formulas[2]).toEqual([null, '=SUM(A$1:A3)*$D$1', '=A1:A2*2']);
    expect(s.values[3]).toEqual([null, null, 5]);
  });

  it('places cells without r attributes after the one before, and rows likewise', async () => {
    const [s] = await read({ sheetData: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row>' });
    expect(s.values).toEqual([
      [1, 2, null],
      [null, 3, 4],
    ]);
  });

  it('shows a merged range once, even when the file keeps values in the other cells (as LibreOffice may)', async () => {
    const [s] = await read({
      sheetData: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c></row>',
      afterSheetData: '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
    });
    expect(s.values).toEqual([
      [1, null, 3],
      [null, null, null],
    ]);
  });

  it('reads strict OOXML, hidden sheets, and keeps only cells that hold something', async () => {
    const sheets = await read({
      ns: STRICT,
      sheets: [{ name: 'Budget' }, { name: 'Gömd', state: 'hidden' }],
      styles: [0, 3],
      sheetData: '<row r="1"><c r="A1" s="1"><v>7</v></c><c r="D1" s="1"/></row><row r="1048576" s="1" customFormat="1"><c r="A1048576" s="1"/></row>',
    });
    expect(sheets.map((s) => [s.sheetName, (s as { hidden?: boolean }).hidden])).toEqual([
      ['Budget', false],
      ['Gömd', true],
    ]);
    expect(sheets[0].values).toEqual([[7]]);
    expect(sheets[0].numberFormats).toEqual([['#,##0']]);
  });

  it('refuses malformed XML and a package without a workbook in Swedish', async () => {
    await expect(read({ sheetData: '<row r="1"><c r="A1"><v>1</v></row>' })).rejects.toThrow(/raw\.xlsx: kunde inte läsas som \.xlsx: delen xl\/worksheets\/sheet0\.xml är inte giltig XML/);
    const parts: Parts = new Map([
      ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
      ['_rels/.rels', `<Relationships xmlns="${PKG}"/>`],
    ]);
    await expect(readSnapshots(xlsxOf(parts), 'tom.xlsx')).rejects.toThrow(/tom\.xlsx: kunde inte läsas som \.xlsx: filen är ett zip-paket utan Excel-arbetsbok/);
  });

  it.each([
    ['wider than the cells', 'A1:H3'],
    ['the whole sheet', 'A1:XFD1048576'],
    ['narrower than the cells', 'A1:A1'],
    ['not a range', 'nonsens'],
  ])('makes every row as wide as the cells, whatever <dimension> claims (%s)', async (_, dimension) => {
    const [s] = await read({ dimension, sheetData: '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row><row r="3"><c r="B3"><v>2</v></c></row>' });
    expect(s.values).toEqual([
      [1, null, 3],
      [null, null, null],
      [null, 2, null],
    ]);
    for (const grid of [s.values, s.formulas, s.numberFormats]) expect(grid.map((r) => r.length)).toEqual([3, 3, 3]);
  });

  it('gives rows without a formula one shared row of blanks, and rows of the same formats one array (a 60 000-row sheet in 250 MB)', async () => {
    const [s] = await read({
      styles: [0, 3],
      sheetData:
        '<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>2</v></c></row>' +
        '<row r="2"><c r="A2" s="1"><v>3</v></c><c r="B2" s="1"><v>4</v></c></row>' +
        '<row r="3"><c r="A3" s="1"><v>4</v></c><c r="B3" s="1"><f>A1+A2</f><v>4</v></c></row>' +
        '<row r="4"><c r="A4"><v>5</v></c></row>',
    });
    expect(s.formulas).toEqual([
      [null, null],
      [null, null],
      [null, '=A1+A2'],
      [null, null],
    ]);
    expect(s.formulas[0]).toBe(s.formulas[1]);
    expect(s.formulas[2]).not.toBe(s.formulas[0]);
    expect(s.numberFormats).toEqual([['#,##0', '#,##0'], ['#,##0', '#,##0'], ['#,##0', '#,##0'], ['General', 'General']]);
    expect(s.numberFormats[0]).toBe(s.numberFormats[2]);
    expect(s.numberFormats[3]).not.toBe(s.numberFormats[0]);
  });
});
