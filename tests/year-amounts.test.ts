import type { Amount } from '../src/domain/amount';
import { YearAmounts, yearAmounts } from '../src/domain/year-amounts';

const amount = (value: number): Amount => ({ kind: 'number', value, raw: value });

/** What a Map built the old way answers, for comparison. */
function asMap(years: number[], items: Amount[]): Map<number, Amount> {
  const map = new Map<number, Amount>();
  years.forEach((y, i) => map.set(y, items[i]));
  return map;
}

describe('yearAmounts answers as the Map it replaces', () => {
  it.each([
    ['distinct years', [2025, 2026, 2027]],
    ['no years', []],
    ['a year twice (the last column wins)', [2025, 2026, 2025]],
  ])('%s', (_, years) => {
    const items = years.map((_, i) => amount(100 * (i + 1)));
    const unique = new Set(years).size === years.length;
    const got = yearAmounts(years, unique, items);
    const want = asMap(years, items);
    expect(got instanceof YearAmounts).toBe(unique);
    expect(got.size).toBe(want.size);
    expect([...got]).toEqual([...want]);
    expect([...got.keys()]).toEqual([...want.keys()]);
    expect([...got.values()]).toEqual([...want.values()]);
    expect([...got.entries()]).toEqual([...want.entries()]);
    for (const y of [...years, 1999]) {
      expect(got.get(y)).toBe(want.get(y));
      expect(got.has(y)).toBe(want.has(y));
    }
    const seen: [number, Amount][] = [];
    got.forEach((v, k, m) => {
      expect(m).toBe(got);
      seen.push([k, v]);
    });
    expect(seen).toEqual([...want]);
    expect(new Map(got)).toEqual(want);
  });
});
