import { printJson } from '../src/cli/json-out';

describe('printJson', () => {
  it.each([0, 1, 999, 1000, 1001, 2500])('prints %i findings exactly as JSON.stringify(value, null, 2), in pieces', (n) => {
    const value = { file: 'a.xlsx', findings: Array.from({ length: n }, (_, i) => ({ rule: 'r', cell: `B${i}`, nested: { a: [1, 2] } })), equity: [{ year: 2026 }] };
    const lines: string[] = [];
    printJson(value, 'findings', (s) => lines.push(s));
    expect(lines.join('\n')).toBe(JSON.stringify(value, null, 2));
    if (n > 1000) expect(lines.length).toBe(Math.ceil(n / 1000) + 2);
  });
});
