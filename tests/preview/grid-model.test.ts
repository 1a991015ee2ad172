import { displayNumber } from '../../src/preview/grid-model';

describe('displayNumber: a number as Swedish Excel shows it', () => {
  it.each([
    [2115000, '#,##0 "kr";-#,##0 "kr";"- kr"', '2 115 000 kr'],
    [0, '#,##0 "kr";-#,##0 "kr";"- kr"', '- kr'],
    [-1500, '#,##0 "kr"', '−1 500 kr'],
    [2025, '0', '2025'],
    [2025, 'General', '2025'],
    [1234567, '#,##0', '1 234 567'],
    [0.03, '0.0%', '3 %'],
  ])('%p in %s -> %s', (value, format, shown) => {
    // Shown with no-break spaces (U+00A0), so an amount never breaks in two.
    expect(displayNumber(value, format)).toBe(shown.replace(/ /g, '\u00a0'));
  });
});
