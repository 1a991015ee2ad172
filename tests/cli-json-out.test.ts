import { printJson } from '../src/cli/json-out';

const valueOf = (n: number) => ({ file: 'a.xlsx', findings: Array.from({ length: n }, (_, i) => ({ rule: 'r', cell: `B${i}`, nested: { a: [1, 2] } })), equity: [{ year: 2026 }] });

describe('printJson', () => {
  it.each([0, 1, 99, 100, 101, 2500])('prints %i findings exactly as JSON.stringify(value, null, 2), in pieces of 100', (n) => {
    const value = valueOf(n);
    const lines: string[] = [];
    printJson(value, 'findings', (s) => lines.push(s));
    expect(lines.join('\n')).toBe(JSON.stringify(value, null, 2));
    if (n > 100) expect(lines.length).toBe(Math.ceil(n / 100) + 2);
  });

  it.each([3, 2500])('prints each of %i items as asPrinted makes it, the value itself untouched', (n) => {
    const value = valueOf(n);
    const lines: string[] = [];
    printJson(value, 'findings', (s) => lines.push(s), (f) => ({ ...f, group: `r/${f.cell}` }));
    expect(lines.join('\n')).toBe(JSON.stringify({ ...value, findings: value.findings.map((f) => ({ ...f, group: `r/${f.cell}` })) }, null, 2));
    expect(value.findings.every((f) => !('group' in f))).toBe(true);
  });

  it('keeps every piece of 50 000 Swedish findings under V8\'s large-object size (so it dies young)', () => {
    const message = 'Försäkringskassan har belopp 2026 men saknar belopp 2029; skriv 0 om raden upphör.';
    const value = { findings: Array.from({ length: 50_000 }, (_, i) => ({ rule: 'missing-value', severity: 'warning', cell: `F${i}`, message, data: { label: 'Försäkringskassan', year: 2029 } })) };
    let largest = 0;
    printJson(value, 'findings', (s) => (largest = Math.max(largest, s.length * 2)));
    expect(largest).toBeLessThan(128 * 1024);
  });
});
