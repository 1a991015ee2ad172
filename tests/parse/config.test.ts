import { ConfigError, parseConfig } from '../../src/domain/config';
import { findings, parsed, totalsOf, type TestCell } from './helpers';

describe('structure overrides in the configuration', () => {
  it.each([
    [{ structure: { totals: [{ row: 12, covers: 'rad 8' }] } }, /fältet "structure\.totals\.0\.covers"/],
    [{ structure: { totals: [{ row: 0, covers: '8-10' }] } }, /fältet "structure\.totals\.0\.row"/],
    [{ structure: { totals: [{ row: 12, cover: '8-10' }] } }, /fältet "structure\.totals\.0\.cover": okänt fält/],
    [{ structure: { ignoreColumns: 'G' } }, /fältet "structure\.ignoreColumns": ska vara en lista/],
    [{ unit: 'mkr' }, /fältet "unit": ska vara ett av "kr", "tkr"/],
    [{ members: { 'Bidrag Norrtälje': 'kommun' } }, /fältet "members\.Bidrag Norrtälje"/],
  ])('%j is refused naming the field', (input, message) => {
    expect(() => parseConfig(input)).toThrow(ConfigError);
    expect(() => parseConfig(input)).toThrow(message);
  });

  const rows = (): TestCell[][] => [
    ['Intäkter', 'Budget 2026', 'Plan 2027'],
    ['Försäkringskassan', 1_000_000, 1_000_000],
    ['Region Stockholm', 500_000, 500_000],
    ['Bidrag Norrtälje', 500_000, 500_000],
    ['Summa intäkter', 2_000_000, 2_000_000],
    ['Kostnader'],
    ['Personal', 1_500_000, 1_500_000],
    ['Lokaler', 400_000, 400_000],
    ['Summa kostnader', 1_900_000, 1_900_000],
  ];

  it('members: a label names its payer; "none" makes it other income', () => {
    expect(parsed(rows()).rows.find((r) => r.label === 'Bidrag Norrtälje')?.payer).toBe('municipality');
    const sheet = parsed(rows(), { members: { 'Bidrag Norrtälje': 'none' } });
    expect(sheet.rows.find((r) => r.label === 'Bidrag Norrtälje')?.role).toBe('other-income');
    expect(findings(rows(), { members: { 'Bidrag Norrtälje': 'none' } })).toEqual(['funding-split@B2', 'funding-split@C2']);
  });

  it('structure.totals by label, with a row list', () => {
    const sheet = parsed(rows(), { structure: { totals: [{ row: 'Summa kostnader', covers: [7] }] } });
    expect(totalsOf(sheet)['Summa kostnader']).toEqual({ covers: [7], by: 'config' });
    expect(findings(rows(), { structure: { totals: [{ row: 'Summa kostnader', covers: [7] }] } })).toEqual(['sum-mismatch@B9', 'sum-mismatch@C9']);
  });
});
