import { quoteSheetName, referencedRows, sumFormula } from '../src/domain/formulas';
import { sheetOf } from './helpers/sheet';

describe('quoteSheetName', () => {
  it.each([
    ['Budget', 'Budget'],
    ['Antaganden', 'Antaganden'],
    ['Budget 2026', "'Budget 2026'"],
    ["Förbund's plan", "'Förbund''s plan'"],
    ['AB12', "'AB12'"],
    ['R1C1', "'R1C1'"],
    ['C', "'C'"],
    ['Mål', 'Mål'],
  ])('%s -> %s', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

describe('sumFormula and referencedRows', () => {
  const snapshot = sheetOf([[]], { topLeft: 'C3' });
  it('joins adjacent rows into ranges, in sheet coordinates', () => {
    expect(sumFormula(snapshot, [0, 1, 2, 5, 7], 1)).toBe('=SUM(D3:D5,D8,D10)');
  });
  it('reads back the rows of the formula it wrote', () => {
    expect(referencedRows(snapshot, '=SUM(D3:D5,D8,D10)', 1)).toEqual([0, 1, 2, 5, 7]);
  });
  it('gives up on formulas that are not plain sums', () => {
    expect(referencedRows(snapshot, '=D3-D4', 1)).toBeNull();
    expect(referencedRows(snapshot, "=SUM('Other'!D3:D4)", 1)).toBeNull();
  });
});
