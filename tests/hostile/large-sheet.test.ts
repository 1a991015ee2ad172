/** A cost total over hundreds of sections: the sum formulas the tool writes stay within Excel's limits. */
import { sumFormula } from '../../src/domain/formulas';
import { sheetOf } from '../helpers/sheet';

it("sumFormula nests SUM beyond Excel's 255 arguments, and keeps every row once", () => {
  const snapshot = sheetOf([['x']]);
  const rows = Array.from({ length: 600 }, (_, i) => i * 3); // 600 non-adjacent rows
  const formula = sumFormula(snapshot, rows, 1);
  expect(formula.length).toBeLessThan(8192); // Excel's formula length limit
  const outer = /^=SUM\((.*)\)$/.exec(formula)![1];
  const groups = outer.split(/,(?=SUM\()/);
  expect(groups).toHaveLength(3);
  for (const g of groups) expect(g.slice(4, -1).split(',').length).toBeLessThanOrEqual(255);
  const refs = formula.match(/B\d+/g)!;
  expect(refs).toHaveLength(600);
  expect(new Set(refs).size).toBe(600);
  expect(sumFormula(snapshot, [0, 1, 2, 5], 1)).toBe('=SUM(B1:B3,B6)');
});

it('referencedRows reads a nested SUM as the rows it adds', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { referencedRows } = require('../../src/domain/formulas') as typeof import('../../src/domain/formulas');
  const snapshot = sheetOf([['x']]);
  const rows = Array.from({ length: 600 }, (_, i) => i * 3);
  expect(referencedRows(snapshot, sumFormula(snapshot, rows, 1), 1)).toEqual(rows);
  expect(referencedRows(snapshot, '=SUM(B1:B2)+SUM(B5)', 1)).toEqual([0, 1, 4]);
  expect(referencedRows(snapshot, '=SUM(B1:B2)-B5', 1)).toBeNull();
  expect(referencedRows(snapshot, '=AVERAGE(B1:B2)', 1)).toBeNull();
});
