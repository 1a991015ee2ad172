/**
 * @jest-environment node
 *
 * The control report's model and HTML for the sample: the 7 errors, the equity table, the
 * funding split, the structure; self-contained (no http/https, no script, no outside request);
 * what comes from the workbook is escaped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { defaultConfig, parseConfig } from '../../src/domain/config';
import { reportModel } from '../../src/domain/report';
import { validate } from '../../src/domain/validate';
import { reportHtml } from '../../src/report/html';
import { snapshotOf } from '../../src/workbook/snapshot';
import { sheetOf, validBudgetRows } from '../helpers/sheet';

const SAMPLE = readFileSync(path.join(__dirname, '../../examples/budgetplan-2026.xlsx'));

async function sampleModel(config = defaultConfig) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(SAMPLE as unknown as ArrayBuffer);
  const snapshot = snapshotOf(wb.worksheets[0]);
  const validation = validate(snapshot, config);
  return reportModel({ file: 'budgetplan-2026.xlsx', snapshot, validation, date: '2026-11-30', version: '0.1.0', config });
}

describe('the report of the sample', () => {
  it('counts the findings set aside apart, with their reasons, grouped as the pane groups the rest', async () => {
    const config = parseConfig({
      dismissed: { findings: [{ rule: 'equity-carry-forward', sheet: 'Budget 2026', cell: 'C7', reason: '2025 är reviderad budget' }], rules: [{ rule: 'missing-value' }] },
    });
    const m = await sampleModel(config);
    expect(m.summary).toEqual({ errors: 6, warnings: 23, ignored: 2 });
    expect(m.ignored).toEqual([
      expect.objectContaining({ cell: 'C7', rule: 'equity-carry-forward', reason: '2025 är reviderad budget' }),
      expect.objectContaining({ cell: 'F18', rule: 'missing-value' }),
    ]);
    const html = reportHtml(m);
    expect(html).toContain('6 fel, 23 varningar, 2 ignorerade.');
    expect(html).toMatch(/<h3>Ignorerade \(2\)<\/h3>[\s\S]*<td>C7<\/td>[\s\S]*2025 är reviderad budget[\s\S]*<td>F18<\/td>[\s\S]*inget skäl angivet/);
    // The groups are the pane's: one heading per rule and cause, with its cells.
    expect(html).toMatch(/Fel: 6 summor stämmer inte med sina rader \(B21, B23:F23\)/);
  });

  it('lists its 7 errors, grouped by rule, and the 24 warnings', async () => {
    const m = await sampleModel();
    expect(m.summary).toEqual({ errors: 7, warnings: 24, ignored: 0 });
    const errors = m.groups.filter((g) => g.severity === 'error');
    // As the pane orders them: errors first, then by the position of each group's first cell.
    expect(errors.map((g) => [g.rule, g.findings.map((f) => f.cell)])).toEqual([
      ['equity-carry-forward', ['C7']],
      ['sum-mismatch', ['B21', 'B23', 'C23', 'D23', 'E23', 'F23']],
    ]);
    const html = reportHtml(m);
    expect(html).toContain('7 fel, 24 varningar.');
    for (const cell of ['B21', 'B23', 'C23', 'D23', 'E23', 'F23', 'C7']) expect(html).toContain(`<td>${cell}</td>`);
  });

  it('has the equity table (a row per year against cap and floor), a chart, the funding split and the structure', async () => {
    const m = await sampleModel();
    const html = reportHtml(m);
    const table = /<table id="eget-kapital"[^>]*>([\s\S]*?)<\/table>/.exec(html)![1];
    expect([...table.matchAll(/<tr><td>(\d{4})<\/td>/g)].map((x) => x[1])).toEqual(['2025', '2026', '2027', '2028', '2029']);
    // Amounts keep their no-break spaces (U+00A0), so a printed number never breaks.
    expect(table).toContain('<td class="num">1\u00a0532\u00a0148\u00a0kr</td><td class="num">840\u00a0000\u00a0kr</td><td class="num">650\u00a0000\u00a0kr</td><td class="nowrap status-over-cap">över taket</td>');
    expect(html).toMatch(/<svg class="chart"[\s\S]*<\/svg>/);
    expect(m.funding.map((f) => [f.year, f.state, f.others, f.equal])).toEqual([
      [2025, 2_115_000, 2_115_000, true], [2026, 2_100_000, 2_100_000, true], [2027, 2_050_000, 2_050_000, true], [2028, 2_000_000, 2_000_000, true], [2029, 2_000_000, 2_000_000, true],
    ]);
    expect(m.structure.find((s) => s.label === 'SUMMA KOSTNADER')).toEqual({ label: 'SUMMA KOSTNADER', cell: 'A23', covers: ['TOTALT Utvecklingsinsatser', 'Reserv eget kapital'] });
    expect(m.excluded).toEqual(['Lönebidrag*']);
  });

  it('is self-contained: no http or https, no script, no element that fetches anything', async () => {
    const html = reportHtml(await sampleModel());
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).toMatch(/@page \{ size: A4;/);
  });
});

it('escapes what comes from the workbook', () => {
  const rows = validBudgetRows();
  rows[10] = ['Lön 1 < 2 & "chef"', 1000, 1000];
  const snapshot = sheetOf(rows, { name: 'Budget <b>' });
  const html = reportHtml(reportModel({ file: 'a&b.xlsx', snapshot, validation: validate(snapshot, defaultConfig), date: '2026-11-30', version: '0.1.0', config: defaultConfig }));
  expect(html).not.toContain('<b>');
  expect(html).not.toContain('1 < 2');
  expect(html).toContain('Lön 1 &lt; 2 &amp; &quot;chef&quot;');
  expect(html).toContain('a&amp;b.xlsx');
});
