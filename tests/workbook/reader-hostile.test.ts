/**
 * Workbooks that ordinary producers write and that hung, crashed or were refused when the
 * command line read them through exceljs: each is the sample plan with one thing added, and
 * each must give the sample's own findings, read with a 256 MB heap (node dies of memory past it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildCli, runCli, SAMPLE } from '../helpers/cli';
import { expectRefused, tempDir } from '../hostile/helpers';
import { addCellStyle, addSheet, afterSheetData, appendRows, edit, partsOf, prefixed, xlsxOf, type Parts } from './xlsx-parts';

const SMALL_HEAP = ['--max-old-space-size=256'];
const SHEET = 'xl/worksheets/sheet1.xml';
const tmp = tempDir('reader');

interface Findings {
  sheet: string;
  findings: { rule: string; cell: string; severity: string }[];
}

function validateJson(file: string): Findings {
  const r = runCli(tmp.dir, ['validate', file, '--json'], SMALL_HEAP);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1); // the sample has errors
  return JSON.parse(r.stdout) as Findings;
}

const brief = (j: Findings) => j.findings.map((f) => `${f.rule} ${f.cell} ${f.severity}`);

let sampleFindings: string[];

beforeAll(() => {
  buildCli();
  sampleFindings = brief(validateJson(SAMPLE));
  expect(sampleFindings.filter((f) => f.endsWith('error'))).toHaveLength(7);
});
afterAll(tmp.remove);

function sampleWith(name: string, change: (parts: Parts) => void): string {
  const parts = partsOf(readFileSync(SAMPLE));
  change(parts);
  const file = tmp.file(name);
  writeFileSync(file, xlsxOf(parts));
  return file;
}

const validation = (sqref: string) =>
  `<dataValidations count="1"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="${sqref}"><formula1>0</formula1></dataValidation></dataValidations>`;

describe('the sample plan with', () => {
  it.each([
    ['a data validation on column B', 'B1:B1048576'],
    ['a data validation on columns B:F', 'B1:F1048576'],
    ['a data validation on the whole sheet', 'A1:XFD1048576'],
  ])('%s: the same findings', (_, sqref) => {
    const file = sampleWith(`validation-${sqref.replace(/:/g, '-')}.xlsx`, (p) => afterSheetData(p, SHEET, validation(sqref)));
    expect(brief(validateJson(file))).toEqual(sampleFindings);
    // Writing goes through exceljs, which expands the validation cell by cell: refused at once.
    const out = tmp.file(`validation-out-${sqref.replace(/:/g, '-')}.xlsx`);
    expectRefused(runCli(tmp.dir, ['forecast', file, '-o', out], SMALL_HEAP), file, /dataverifiering över [\d\s\u00a0]+ celler.*Data > Dataverifiering.*inget skrevs/);
    expect(existsSync(out)).toBe(false);
  });

  it('a data validation on a few cells: forecast writes as usual', () => {
    const file = sampleWith('validation-small.xlsx', (p) => afterSheetData(p, SHEET, validation('B2:F23')));
    const r = runCli(tmp.dir, ['forecast', file, '-o', tmp.file('validation-small-out.xlsx')], SMALL_HEAP);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('50 000 merged ranges beside the table: the same findings', () => {
    const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="H${i + 1}:I${i + 1}"/>`).join('');
    const file = sampleWith('merges.xlsx', (p) => afterSheetData(p, SHEET, `<mergeCells count="50000">${merges}</mergeCells>`));
    expect(brief(validateJson(file))).toEqual(sampleFindings);
    expectRefused(runCli(tmp.dir, ['tables', file, '-o', tmp.file('merges-out.xlsx')], SMALL_HEAP), file, /50[\s\u00a0]000 sammanfogade områden.*inget skrevs/);
  });

  it('a styled empty cell in row 1 048 576 (as LibreOffice writes): the same findings, and forecast runs', () => {
    const file = sampleWith('last-row.xlsx', (p) => appendRows(p, SHEET, '<row r="1048576" s="1" customFormat="1"><c r="A1048576" s="1"/></row>'));
    expect(brief(validateJson(file))).toEqual(sampleFindings);
    const r = runCli(tmp.dir, ['forecast', file, '-o', tmp.file('last-row-out.xlsx'), '--json'], SMALL_HEAP);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a 1 MB shared string in 12 000 cells: the same findings', () => {
    const big = 'Lång anteckning utan siffror '.repeat(36_000).slice(0, 1_000_000);
    const file = sampleWith('big-string.xlsx', (p) => {
      const strings = p.get('xl/sharedStrings.xml') ?? '';
      const index = strings.split('<si>').length - 1;
      edit(p, 'xl/sharedStrings.xml', (s) => s.replace('</sst>', `<si><t>${big}</t></si></sst>`));
      const rows = Array.from({ length: 12_000 }, (_, i) => `<row r="${i + 30}"><c r="H${i + 30}" t="s"><v>${index}</v></c></row>`).join('');
      appendRows(p, SHEET, rows);
    });
    expect(brief(validateJson(file))).toEqual(sampleFindings);
  });

  it('text and error results in date-formatted cells on another sheet: every command runs', () => {
    const file = sampleWith('date-cells.xlsx', (p) => {
      const date = addCellStyle(p, 14);
      addSheet(
        p,
        'Utskrift',
        `<row r="1"><c r="A1" s="${date}" t="str"><f>"Utskrivet "&amp;TEXT(TODAY(),"ÅÅÅÅ-MM-DD")</f><v>Utskrivet 2026-11-30</v></c>` +
          `<c r="B1" s="${date}" t="e"><f>FOO()</f><v>#NAMN?</v></c><c r="C1" s="${date}" t="e"><v>#N/A</v></c><c r="D1" s="${date}"><v>46356</v></c></row>`,
      );
    });
    expect(brief(validateJson(file))).toEqual(sampleFindings);
    for (const command of ['equity', 'forecast', 'tables']) {
      const r = runCli(tmp.dir, [command, file, ...(command === 'equity' ? [] : ['-o', tmp.file(`date-cells-${command}.xlsx`)])], SMALL_HEAP);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it('every part written with namespace prefixes (<x:workbook xmlns:x=…>): the same findings', () => {
    const file = sampleWith('prefixed.xlsx', (p) => {
      for (const part of ['xl/workbook.xml', SHEET, 'xl/sharedStrings.xml', 'xl/styles.xml']) edit(p, part, (s) => prefixed(s, 'x'));
      for (const part of ['_rels/.rels', 'xl/_rels/workbook.xml.rels']) edit(p, part, (s) => prefixed(s, 'pr'));
    });
    expect(readFileSync(file).includes('<x:workbook')).toBe(false); // deflated: check the part instead
    expect(partsOf(readFileSync(file)).get('xl/workbook.xml')).toMatch(/^<\?xml[^>]*>\s*<x:workbook xmlns:x=/);
    expect(brief(validateJson(file))).toEqual(sampleFindings);
  });

  it('its workbook and sheet at non-standard paths, found through the relationships: the same findings', () => {
    const file = sampleWith('moved.xlsx', (p) => {
      p.set('data/book.xml', p.get('xl/workbook.xml') ?? '');
      p.delete('xl/workbook.xml');
      p.set('data/_rels/book.xml.rels', (p.get('xl/_rels/workbook.xml.rels') ?? '').replace(/Target="/g, 'Target="/xl/').replace('/xl/worksheets/sheet1.xml', '/tables/budget.xml'));
      p.delete('xl/_rels/workbook.xml.rels');
      p.set('tables/budget.xml', p.get(SHEET) ?? '');
      p.delete(SHEET);
      edit(p, '_rels/.rels', (s) => s.replace('Target="xl/workbook.xml"', 'Target="data/book.xml"'));
      edit(p, '[Content_Types].xml', (s) => s.replace('/xl/workbook.xml', '/data/book.xml').replace('/xl/worksheets/sheet1.xml', '/tables/budget.xml'));
    });
    expect([...partsOf(readFileSync(file)).keys()].filter((n) => n.startsWith('xl/w') && !n.endsWith('/'))).toEqual([]);
    expect(brief(validateJson(file))).toEqual(sampleFindings);
  });
});
