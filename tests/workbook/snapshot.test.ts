/**
 * snapshotOf reads only the cells a file has. It must still see what Excel shows: an absent
 * cell takes its row's or column's number format, a merged range shows its value once, a
 * formula's cached 0 is 0. And it must leave the workbook as it was (no empty cells added).
 */
import ExcelJS from 'exceljs';
import { snapshotOf } from '../../src/workbook/snapshot';

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Budget'));
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await wb.xlsx.writeBuffer());
  return read.worksheets[0];
}

describe('snapshotOf', () => {
  it('gives absent cells their row or column number format, and present cells their own', async () => {
    const ws = await roundTrip((s) => {
      s.getColumn(3).numFmt = '0.00%';
      s.getRow(4).numFmt = 'yyyy-mm-dd';
      s.getCell('E4').value = 46023; // a row is written only when it has a cell
      s.getCell('A1').value = 'Intäkter';
      s.getCell('D2').numFmt = '#,##0';
      s.getCell('E5').value = 7;
    });
    const snap = snapshotOf(ws);
    expect(snap.numberFormats[1][2]).toBe('0.00%'); // C2: the column's
    expect(snap.numberFormats[3][1]).toBe('yyyy-mm-dd'); // B4: the row's
    expect(snap.numberFormats[1][3]).toBe('#,##0'); // D2: its own
    expect(snap.numberFormats[1][1]).toBe('General'); // B2: nothing set
    expect(snap.values[4][4]).toBe(7);
    expect(snap.values[1]).toEqual([null, null, null, null, null]);
  });

  it('shows a merged range once and a cached formula result of 0 as 0', async () => {
    const ws = await roundTrip((s) => {
      s.mergeCells('A2:C2');
      s.getCell('A2').value = 'Administration';
      s.getCell('B3').value = { formula: 'B4-B4', result: 0 };
    });
    const snap = snapshotOf(ws);
    expect(snap.values[1]).toEqual(['Administration', null, null]);
    expect(snap.values[2][1]).toBe(0);
    expect(snap.formulas[2][1]).toBe('=B4-B4');
  });

  it('adds no cell to the workbook', async () => {
    const ws = await roundTrip((s) => {
      s.getCell('A1').value = 'Intäkter';
      s.getCell('F40').value = 1;
    });
    const count = () => {
      let n = 0;
      ws.eachRow({ includeEmpty: true }, (row) => (n += row.cellCount));
      return n;
    };
    const before = count();
    snapshotOf(ws);
    expect(count()).toBe(before);
  });
});
