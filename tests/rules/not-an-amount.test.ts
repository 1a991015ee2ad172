import { defaultConfig } from '../../src/domain/config';
import { validate } from '../../src/domain/validate';
import { rules } from '../../src/domain/rules';
import { sheetOf, type TestCell } from '../helpers/sheet';
import { ruleTester } from './ruleTester';

const table = (b2: TestCell): TestCell[][] => [
  ['Intäkter', 'Budget 2026', 'Prognos 2027'],
  ['Försäkringskassan', b2, 1000],
  ['Region Gotland', 1000, 1000],
  ['TOTALT', 2000, 2000],
  ['Kostnader', 'Budget 2026', 'Prognos 2027'],
  ['Lön', 1000, 1000],
  ['SUMMA KOSTNADER', 1000, 1000],
];

ruleTester('not-an-amount', {
  valid: [
    { name: 'numbers, a dash and Swedish amount text', rows: table(1000) },
    { name: 'a dash is an explicit zero', rows: table('- kr') },
    { name: 'text that reads as an amount is text-number, not this rule', rows: table('1 000 kr') },
    { name: 'a blank cell', rows: table(null) },
  ],
  invalid: [
    { name: 'words where an amount belongs', rows: table('ca 50 tkr'), findings: [{ cell: 'B2', year: 2026, actual: 'ca 50 tkr', message: 'texten ”ca 50 tkr”' }] },
    { name: 'NaN-like text', rows: table('NaN'), findings: [{ cell: 'B2', message: 'texten ”NaN”' }] },
    { name: '1e308, beyond any budget', rows: table(1e308), findings: [{ cell: 'B2', message: 'orimligt stort tal' }] },
  ],
});

describe('not-an-amount on dates', () => {
  it('reports a date-formatted number where kronor belong', () => {
    const snapshot = sheetOf(table(46023));
    snapshot.numberFormats[1][1] = 'yyyy-mm-dd';
    const findings = validate(snapshot, defaultConfig, rules.filter((r) => r.id === 'not-an-amount')).findings;
    expect(findings).toEqual([expect.objectContaining({ cell: 'B2', message: expect.stringContaining('ett datum') })]);
  });

  it('leaves the kronor format alone', () => {
    const snapshot = sheetOf(table(46023));
    snapshot.numberFormats[1][1] = '#,##0 "kr";-#,##0 "kr";"- kr"';
    expect(validate(snapshot, defaultConfig, rules.filter((r) => r.id === 'not-an-amount')).findings).toEqual([]);
  });
});
