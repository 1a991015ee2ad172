/**
 * `finsam-budget report` end to end: HTML and PDF of the sample, the PDF printed by Chromium on
 * the number of A4 pages the README states (counted by pdfinfo); the HTML rendered in Chromium
 * with no console error and no request but the file itself; a screenshot for docs/report.png
 * (UPDATE_SCREENSHOT=1 rewrites it); a clear refusal where there is no Chromium.
 */
import { existsSync, mkdirSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { batchReportJsonSchema, reportJsonSchema } from '../../src/cli/report-file';
import { expectRefused, runCli, SAMPLE } from '../helpers/cli';
import { isA4, readPdf } from '../helpers/libreoffice-pdf';
import { buildCli, ROOT, tempDir, writeWorkbook } from '../hostile/helpers';
import { spawnSync } from 'node:child_process';
import { PLAN_2025, PLAN_2026, planRows } from '../compare/plans';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM) || !!process.env.CI;
const itIfChromium = haveChromium ? it : it.skip;
/** The README's page count for the sample's report (section "The control report"). */
const SAMPLE_REPORT_PAGES = 6;

const tmp = tempDir('report');
const run = (...args: string[]) => runCli(tmp.dir, args);

beforeAll(async () => {
  buildCli();
  copyFileSync(SAMPLE, tmp.file('plan.xlsx'));
  await writeWorkbook(tmp.file('plan-2025.xlsx'), [['Budget 2025', planRows(PLAN_2025)]]);
  await writeWorkbook(tmp.file('plan-2026.xlsx'), [['Budget 2026', planRows(PLAN_2026)]]);
});
afterAll(() => tmp.remove());

describe('finsam-budget report', () => {
  it('writes NAME-kontrollrapport.html beside the input; exit 1 as validate (the sample has errors)', () => {
    const r = run('report', 'plan.xlsx', '--json');
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(reportJsonSchema.parse(JSON.parse(r.stdout))).toEqual({ file: 'plan.xlsx', output: 'plan-kontrollrapport.html', format: 'html', errors: 7, warnings: 24 });
    const html = readFileSync(tmp.file('plan-kontrollrapport.html'), 'utf8');
    expect(html).toContain('7 fel, 24 varningar.');
    expect(html).not.toMatch(/https?:/i);
  });

  itIfChromium(`-o RAPPORT.pdf: Chromium prints it on ${SAMPLE_REPORT_PAGES} A4 pages with the errors and the equity table`, () => {
    const r = run('report', 'plan.xlsx', '-o', 'rapport.pdf');
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toBe('Skrev kontrollrapporten rapport.pdf (7 fel, 24 varningar).\n');
    const pages = readPdf(tmp.file('rapport.pdf'));
    expect(pages.length).toBe(SAMPLE_REPORT_PAGES);
    expect(pages.every(isA4)).toBe(true);
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain('7 fel, 24 varningar.');
    for (const cell of ['B21', 'C7', 'F23']) expect(text).toMatch(new RegExp(`\\b${cell}\\b`));
    expect(pages.find((p) => p.lines[0] === 'Eget kapital per år')?.text).toMatch(/2026\s+2 714 095 kr\s+4 200 000 kr\s+500 kr\s+5 382 447 kr\s+1 532 148 kr\s+840 000 kr\s+650 000 kr\s+över taket/);
  });

  it('without Chromium: one line saying how to get a PDF, exit 2, nothing written', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'finsam-budget.js'), 'report', 'plan.xlsx', '-o', 'ingen.pdf'], {
      cwd: tmp.dir, encoding: 'utf8', env: { ...process.env, FINSAM_CHROMIUM: '/finns/inte/chromium' },
    });
    expectRefused({ code: r.status, stdout: r.stdout, stderr: r.stderr }, /Chromium.*skriv rapporten som \.html/, 'ingen.pdf');
    expect(existsSync(tmp.file('ingen.pdf'))).toBe(false);
    expectRefused(run('report', 'plan.xlsx', '-o', 'rapport.txt'), /ska sluta på \.html eller \.pdf/);
  });

  it('several workbooks or a folder: a report beside each, the summary table, exit the worst', () => {
    mkdirSync(tmp.file('planer'));
    copyFileSync(SAMPLE, tmp.file('planer/a.xlsx'));
    copyFileSync(tmp.file('plan-2026.xlsx'), tmp.file('planer/b.xlsx'));
    writeFileSync(tmp.file('planer/c.xlsx'), 'inte en zip');
    const r = run('report', 'planer', '--json');
    expect([r.code, r.stderr]).toEqual([2, '']);
    const list = batchReportJsonSchema.parse(JSON.parse(r.stdout));
    expect(list).toEqual([
      { file: path.join('planer', 'a.xlsx'), output: path.join('planer', 'a-kontrollrapport.html'), format: 'html', errors: 7, warnings: 24 },
      expect.objectContaining({ file: path.join('planer', 'b.xlsx'), output: path.join('planer', 'b-kontrollrapport.html'), format: 'html' }),
      { file: path.join('planer', 'c.xlsx'), error: expect.stringMatching(/zip|xlsx/) },
    ]);
    expect(readFileSync(tmp.file('planer/a-kontrollrapport.html'), 'utf8')).toContain('7 fel, 24 varningar.');
    // A second run writes new reports beside the first ones and does not list the old reports as skipped files.
    const again = run('report', 'planer');
    expect(again.stdout).not.toContain('Hoppade över');
    expect(existsSync(tmp.file('planer/a-kontrollrapport-2.html'))).toBe(true);
    expectRefused(run('report', 'planer', '-o', 'x.html'), /-o och --compare gäller en arbetsbok/);
  });

  it('--compare LAST.xlsx adds what changed since last year', () => {
    const r = run('report', 'plan-2026.xlsx', '-o', 'jamforelse.html', '--compare', 'plan-2025.xlsx');
    expect(r.stderr).toBe('');
    const html = readFileSync(tmp.file('jamforelse.html'), 'utf8');
    expect(html).toContain('<h2>Förändringar sedan förra planen</h2>');
    expect(html).toContain('"Jobbvägen A/R" → "Jobbvagen A/R"');
    expect(html).toMatch(/Ung Vux Gotland<\/td><td>borttagen/);
  });

  itIfChromium('renders in Chromium with no console error and no request but the file; screenshot', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1300 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (req) => requests.push(req.url()));
      const url = pathToFileURL(tmp.file('plan-kontrollrapport.html')).href;
      await page.goto(url);
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      // The two error groups of the sample, headed as the pane heads them: equity-carry-forward (1), sum-mismatch (6).
      const headings = await page.locator('h3.error').allTextContents();
      expect(headings.map((h) => /^Fel: (\d+) /.exec(h)?.[1])).toEqual(['1', '6']);
      expect(await page.locator('h3.error + table tbody tr').count()).toBe(7);
      expect(await page.locator('#eget-kapital tbody tr').count()).toBe(5);
      const shots = path.join(ROOT, 'test-output', 'report');
      mkdirSync(shots, { recursive: true });
      const shot = path.join(shots, 'report.png');
      await page.screenshot({ path: shot });
      if (process.env.UPDATE_SCREENSHOT) copyFileSync(shot, path.join(ROOT, 'docs', 'report.png'));
      expect(existsSync(path.join(ROOT, 'docs', 'report.png'))).toBe(true);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
