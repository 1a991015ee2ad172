/**
 * @jest-environment node
 *
 * The preview end to end in Debian's Chromium (headless, nothing downloads a browser): the
 * task pane on an .xlsx in the browser, through the same engine and the same write logic as
 * the command line. It builds the pages (office.js served locally), serves them on a free
 * port, and fails on any console error, page error, failed request, or request to anywhere
 * but the server itself. Screenshots go to test-output/e2e/; with UPDATE_SCREENSHOT=1 the
 * README's docs/preview.png is written too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { bombWorkbook } from '../hostile/helpers';
import { budgetWorkbook } from '../../scripts/bench-workbooks';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeIfChromium, ROOT, servePreview, SHOTS, type Served } from './harness';

let served: Served;
let tmp: string;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];
const allRequests: string[] = [];
let expectedCsp: string;

/** Where a request goes, for the same-origin check; blob: and data: URLs never leave the page. */
function requestOrigin(url: string): string | null {
  if (url.startsWith('data:')) return null;
  if (url.startsWith('blob:')) return new URL(url.slice(5)).origin;
  return new URL(url).origin;
}

function watch(p: Page): void {
  p.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  p.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  p.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  p.on('request', (r) => {
    requests.push(r.url());
    allRequests.push(r.url());
  });
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/**
 * office.js, outside Office, adds a hidden iframe to Microsoft's telemetry proxy three seconds
 * after it loads (the CSP would block it, with a console error). The pages switch that off
 * (src/host/office-outside.ts): ask office.js to load the frame now, and see that none comes.
 */
async function expectNoTelemetryFrame(p: Page): Promise<void> {
  const frames = await p.evaluate(() => {
    const w = window as unknown as { Logger?: { allowUploadingData?(): void } };
    if (typeof w.Logger?.allowUploadingData !== 'function') throw new Error('office.js: Logger.allowUploadingData saknas');
    w.Logger.allowUploadingData();
    return document.querySelectorAll('iframe').length;
  });
  expect(frames).toBe(0);
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * axe-core's critical and serious violations on the page as it is now. axe is evaluated through
 * the debugging protocol (page.evaluate), which the page's CSP does not govern: the page itself
 * never loads it.
 */
async function axeViolations(p: Page): Promise<Violation[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE);
  return p.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // Fluent's focus manager (Tabster) puts invisible <i tabindex="0" aria-hidden="true"
    // data-tabster-dummy> guards around tab lists and focus traps to steer Tab; they are
    // Fluent's own and cannot be removed from outside, so they alone are left out.
    const fluentGuard = (target: string[]) => !!document.querySelector(target.join(' '))?.hasAttribute('data-tabster-dummy');
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({
        id: v.id,
        impact: v.impact!,
        help: v.help,
        nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && fluentGuard(n.target))).map((n) => n.target.join(' ')),
      }))
      .filter((v) => v.nodes.length > 0);
  });
}

async function cspOf(p: Page): Promise<string | null> {
  return p.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
}

const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });

describeIfChromium('the preview in Chromium', () => {
  beforeAll(async () => {
    expectedCsp = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "import { contentSecurityPolicy } from './scripts/web-config.mjs'; process.stdout.write(contentSecurityPolicy(false));"],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(expectedCsp).toMatch(/^default-src 'self'; script-src 'self';/);
    served = await servePreview('finsam-e2e');
    ({ tmp, origin, browser } = served);
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 }, locale: 'sv-SE' });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    watch(page);
  }, 60_000);

  afterAll(() => served?.close());

  afterEach(() => {
    // Every step: no console error, no page error, no failed request, nothing but our server.
    const elsewhere = requests.filter((u) => {
      const o = requestOrigin(u);
      return o !== null && o !== origin;
    });
    const found = problems.splice(0);
    requests.splice(0);
    expect(found).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('shows the findings of the sample, and a click on one highlights its cell', async () => {
    await page.goto(`${origin}/preview.html`);
    expect(await cspOf(page)).toBe(expectedCsp);
    await button('Öppna exemplet').click();
    await page.locator('[data-cell="A1"]', { hasText: 'Intäkter' }).waitFor();
    await expectNoTelemetryFrame(page);
    await button('Validera').click();
    // The six totals that differ from their rows are one group; its cells are listed on request.
    await button('Visa de 6 cellerna').click();
    const finding = button(/^B21 TOTALT Utvecklingsinsatser 2025 stämmer inte med summan av sina rader/);
    await finding.waitFor();
    const numbers = page.locator('li[data-finding-rule="sum-mismatch"][data-finding-cell="B21"] dl');
    expect((await numbers.textContent())!.replace(/\u00a0/g, ' ')).toBe('Raderna summerar till3 361 638 krI cellen3 162 166 krSkillnad−199 472 kr');
    await finding.click();
    const b21 = page.locator('[data-cell="B21"][aria-selected="true"]');
    await b21.waitFor();
    expect(await b21.textContent()).toBe('3\u00a0162\u00a0166\u00a0kr');
    // Scrolled into view inside the grid.
    const [cell, scroller] = await Promise.all([b21.boundingBox(), page.locator('[role="grid"]').locator('xpath=..').boundingBox()]);
    expect(cell!.y).toBeGreaterThanOrEqual(scroller!.y);
    expect(cell!.y + cell!.height).toBeLessThanOrEqual(scroller!.y + scroller!.height);
    await shot('1-validate');
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, 'docs/preview.png') });
    }
    // exceljs came as its own chunk, and only now (the preview), with the sample.
    expect(requests.some((u) => /\/exceljs[^/]*\.js$/.test(u))).toBe(true);
  });

  it('opens the control report of the sample in a new window, with its heading, the 7 errors and no console error', async () => {
    const [report] = await Promise.all([page.waitForEvent('popup'), button('Skapa kontrollrapport').click()]);
    watch(report);
    expect(report.url()).toMatch(/^blob:/);
    await report.getByRole('heading', { level: 1, name: 'Kontrollrapport: Budget 2026, budgetår 2026' }).waitFor();
    expect(await report.locator('#sammanfattning').textContent()).toMatch(/^7 fel, \d+ varningar\.$/);
    expect(await report.locator('#eget-kapital tbody tr').count()).toBeGreaterThan(0);
    // Its inline style applies in the window (the pane's CSP, which a blob: document inherits, allows it): h1 is 18pt.
    expect(await report.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).toBe('24px');
    await page.getByText(/öppnades i ett nytt fönster/).waitFor();
    await report.close();
    // The same report as a sheet of the workbook, and Ångra takes it away again.
    await button('Infoga som blad Kontroll').click();
    const kontroll = page.locator('[role="grid"][data-sheet="Kontroll"]');
    await page.locator('[data-sheet-tab="Kontroll"]').click();
    await kontroll.getByRole('gridcell', { name: 'Kontrollrapport: Budget 2026, budgetår 2026' }).waitFor();
    expect(await kontroll.getByRole('gridcell', { name: 'B21' }).count()).toBeGreaterThan(0);
    await shot('1b-kontroll');
    await button('Ångra: Infoga bladet Kontroll').click();
    await page.getByText('"Infoga bladet Kontroll" är ångrat.').waitFor();
    expect(await page.locator('[data-sheet-tab="Kontroll"]').count()).toBe(0);
    await page.getByRole('tab', { name: 'Validera' }).click();
  });

  it('says what to do with a file that is not an .xlsx, and keeps the open workbook', async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'budget.xlsx', mimeType: 'text/csv', buffer: Buffer.from('Rad;2026\nTOTALT;100\n') });
    const alert = page.getByRole('alert').filter({ hasText: 'Filen kunde inte öppnas' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/budget\.xlsx: filen är en textfil \(CSV\) med fel filändelse.*spara som Excel-arbetsbok \(\.xlsx\)/);
    await shot('2-not-xlsx');
    await alert.getByRole('button', { name: 'Stäng' }).click();
    expect(await page.locator('[aria-label="Öppen fil"]').textContent()).toBe('budgetplan-2026.xlsx');
  });

  it('refuses a zip bomb whose directory lies, while unpacking it, and keeps the open workbook', async () => {
    // 3 MB that unpack to 3.2 GB, declared as 4 kB: only a capped unpack in the page stops it.
    const bomb = bombWorkbook(() => 4096);
    await page.locator('input[type="file"]').setInputFiles({ name: 'bomb.xlsx', mimeType: 'application/octet-stream', buffer: bomb });
    const alert = page.getByRole('alert').filter({ hasText: 'Filen kunde inte öppnas' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/bomb\.xlsx: arbetsboken är skadad eller manipulerad.*mer än zip-katalogen anger \(4096 byte\).*lästes inte/);
    await alert.getByRole('button', { name: 'Stäng' }).click();
    expect(await page.locator('[aria-label="Öppen fil"]').textContent()).toBe('budgetplan-2026.xlsx');
  });

  it('opens a dropped file, and says so when a workbook holds no budget table', async () => {
    const goals = new ExcelJS.Workbook();
    goals.addWorksheet('Mål').addRows([['Mål 3.1.1', 'Målvärde'], ['Andel deltagare i arbete', '40 %']]);
    const bytes = Buffer.from(await goals.xlsx.writeBuffer()).toString('base64');
    // Drag and drop, as the browser delivers it: a drop event carrying the file.
    await page.evaluate((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'mal.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.locator('[aria-label="Öppen fil"]', { hasText: 'mal.xlsx' }).waitFor();
    const status = page.getByRole('status').filter({ hasText: 'Ingen budgettabell i mal.xlsx' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/"Mål".*Öppna en annan fil eller rätta bladet i Excel/);
    await page.locator('[role="grid"][data-sheet="Mål"] [data-cell="A1"]', { hasText: 'Mål 3.1.1' }).waitFor();
    // The pane says the same when asked to check.
    await button('Validera').click();
    await page.getByRole('alert').filter({ hasText: 'Ingen budgettabell hittades' }).waitFor();
    await shot('3-no-budget');
  });

  it('fills the prognosis years of a workbook and downloads them as formulas, inputs unchanged', async () => {
    const input = path.join(tmp, 'tomma-prognoser.xlsx');
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "import { buildSample } from './scripts/make-sample.mjs'; await buildSample({ emptyYears: [2027, 2028, 2029] }).xlsx.writeFile(process.argv[1]);", input],
      { cwd: ROOT },
    );
    await page.locator('input[type="file"]').setInputFiles(input);
    await page.locator('[aria-label="Öppen fil"]', { hasText: 'tomma-prognoser.xlsx' }).waitFor();
    await page.locator('[data-cell="D2"]', { hasText: /^$/ }).waitFor();
    await page.getByRole('tab', { name: 'Fyll prognoser' }).click();
    await button('Läs in budgetbladet').click();
    const fill = button(/^Fyll i \d+ celler$/);
    await fill.waitFor();
    await fill.click();
    await button('Ångra: Fyll prognoser').waitFor();
    // The grid shows the new values, and their formulas on hover.
    await page.locator('[data-cell="D2"]', { hasText: '2\u00a0100\u00a0000\u00a0kr' }).waitFor();
    expect(await page.locator('[data-cell="D7"]').getAttribute('title')).toBe('D7: =C8-C23');
    await shot('4-forecast');

    const [download] = await Promise.all([page.waitForEvent('download'), button('Ladda ner .xlsx').click()]);
    expect(download.suggestedFilename()).toBe('tomma-prognoser.xlsx');
    const saved = path.join(tmp, 'nedladdad.xlsx');
    await download.saveAs(saved);

    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(saved);
    const [was, now] = [before.worksheets[0], after.worksheets[0]];
    expect(now.name).toBe('Budget 2026');
    const formula = (a: string) => (now.getCell(a).value as ExcelJS.CellFormulaValue | null)?.formula;
    expect(formula('D7')).toBe('C8-C23');
    expect(formula('E7')).toBe('D8-D23');
    expect(formula('D2')).toBe('C2');
    expect(formula('D4')).toBe('SUM(D2:D3)');
    expect((now.getCell('D2').value as ExcelJS.CellFormulaValue).result).toBe(2100000);
    // Every cell the user had typed is exactly as it was; every filled one is a formula.
    let inputs = 0;
    let filled = 0;
    for (let r = 1; r <= was.rowCount; r++) {
      for (let c = 1; c <= 6; c++) {
        const old = was.getCell(r, c).value;
        if (old !== null && old !== undefined) {
          inputs++;
          const address = was.getCell(r, c).address;
          const fill = (ws: ExcelJS.Worksheet) => (ws.getCell(r, c).fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none';
          expect([address, now.getCell(r, c).value, fill(now), now.getCell(r, c).numFmt]).toEqual([address, old, fill(was), was.getCell(r, c).numFmt]);
        } else if (c >= 4 && now.getCell(r, c).value !== null) {
          filled++;
          expect(now.getCell(r, c).type).toBe(ExcelJS.ValueType.Formula);
        }
      }
    }
    expect(inputs).toBeGreaterThan(50);
    expect(filled).toBeGreaterThan(30);
  });

  it('inserts the equity table on a new sheet and undoes it', async () => {
    await page.getByRole('tab', { name: 'Infoga tabeller' }).click();
    await button('Infoga').click();
    await page.getByRole('heading', { name: 'Infogade tabeller' }).waitFor();
    const sheetTabs = page.locator('[data-sheet-tab]');
    const sheetNames = async () => Promise.all((await sheetTabs.all()).map((t) => t.getAttribute('data-sheet-tab')));
    // The link to the table names its sheet; a click shows it, the table's first cell marked.
    const link = page.getByRole('button', { name: /^Eget kapital: .+![A-Z]+\d+:[A-Z]+\d+$/ });
    const [, newSheet, first] = /^Eget kapital: (.+)!([A-Z]+\d+):/.exec((await link.textContent())!)!;
    expect(newSheet).toMatch(/^Eget kapital/);
    await page.locator(`[data-sheet-tab="${newSheet}"]`).waitFor();
    await link.click();
    const grid = page.locator(`[role="grid"][data-sheet="${newSheet}"]`);
    await grid.locator(`[data-cell="${first}"][aria-selected="true"]`).waitFor();
    expect(await grid.getByRole('gridcell', { name: 'Ingående eget kapital' }).count()).toBe(1);
    await shot('5-tables');

    const before = await sheetNames();
    expect(before).toEqual(['Budget 2026', 'Antaganden', newSheet]);
    await button('Ångra: Infoga tabeller').click();
    await page.getByText('"Infoga tabeller" är ångrat.').waitFor();
    expect(await sheetNames()).toEqual(['Budget 2026', 'Antaganden']);
    // The grid shows a sheet that still exists.
    await page.locator('[role="grid"][data-sheet="Budget 2026"]').waitFor();
    // The forecast before it stays, and is next in line to undo.
    await button('Ångra: Fyll prognoser').waitFor();
    expect(await page.locator('[data-cell="D7"]').getAttribute('title')).toBe('D7: =C8-C23');
    await shot('6-undo');
  });

  it('has no critical or serious axe-core violation in the pane states of the findings, and keeps focus after opening a file', async () => {
    await page.goto(`${origin}/preview.html`);
    // By keyboard: the sample opens with Enter, and focus stays on a control, not the page body.
    await button('Öppna exemplet').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-cell="A1"]', { hasText: 'Intäkter' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    const states: Record<string, Violation[]> = {};
    states.opened = await axeViolations(page);
    await button('Validera').focus();
    await page.keyboard.press('Enter');
    await page.getByText(/7 fel, 24 varningar/).waitFor();
    states.validated = await axeViolations(page);
    // By keyboard through the whole list: the groups keep it short (one entry per rule and cause).
    await button('Validera').focus();
    let stops = 0;
    while (await page.evaluate(() => !!document.activeElement?.closest('#panel-validate')) && stops < 200) {
      await page.keyboard.press('Tab');
      stops++;
    }
    // 19 for the list and its controls, and the two report buttons (Skapa kontrollrapport, Infoga som blad Kontroll).
    expect(stops).toBeLessThanOrEqual(22);
    writeFileSync(path.join(SHOTS, 'tab-stops.txt'), `${stops}\n`);
    await button('Visa de 20 cellerna').click();
    await button('Föreslagen ändring i C23').click();
    await page.getByRole('group', { name: 'Ändra värdet i C23?' }).waitFor();
    states.suggestion = await axeViolations(page);
    await page.getByRole('group', { name: 'Ändra värdet i C23?' }).getByRole('button', { name: 'Avbryt' }).click();
    await button('Om regeln Eget kapital förs inte vidare').click();
    await button('Ignorera C7').click();
    states.explainedAndDismissing = await axeViolations(page);
    for (const tab of ['Fyll prognoser', 'Eget kapital', 'Infoga tabeller', 'Inställningar']) {
      await page.getByRole('tab', { name: tab }).click();
      states[tab] = await axeViolations(page);
    }
    await shot('7-axe');
    expect(states).toEqual(Object.fromEntries(Object.keys(states).map((k) => [k, []])));
  });

  it("keeps exceljs out of the Excel pane's page, and every page carries the CSP", async () => {
    const seen = requests.length;
    await page.goto(`${origin}/taskpane.html`);
    expect(await cspOf(page)).toBe(expectedCsp);
    // Outside Office the pane finds no host and mounts nothing; it must load no workbook code.
    await page.evaluate(() => (window as unknown as { Office: { onReady(): Promise<unknown> } }).Office.onReady());
    await expectNoTelemetryFrame(page);
    const pane = requests.slice(seen);
    expect(pane.some((u) => u.endsWith('/taskpane.js'))).toBe(true);
    expect(pane.filter((u) => /exceljs/.test(u))).toEqual([]);
    const built = path.join(tmp, 'web');
    for (const name of ['taskpane.html', 'commands.html', 'preview.html']) {
      expect(readFileSync(path.join(built, name), 'utf8')).toContain(`<meta http-equiv="Content-Security-Policy" content="${expectedCsp}" />`);
    }
    await page.goto(`${origin}/commands.html`);
    expect(await cspOf(page)).toBe(expectedCsp);
    await page.evaluate(() => (window as unknown as { Office: { onReady(): Promise<unknown> } }).Office.onReady());
    await expectNoTelemetryFrame(page);
    writeFileSync(path.join(SHOTS, 'requests.txt'), `${allRequests.join('\n')}\n`);
  });

  it('validates a 6 000-row plan (the time is written to test-output/e2e/timings.json, not asserted)', async () => {
    const bytes = Buffer.from(await budgetWorkbook({ rows: 6000, years: 5 }, 1).xlsx.writeBuffer());
    await page.goto(`${origin}/preview.html`);
    await page.locator('input[type="file"]').setInputFiles({ name: 'stor.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await page.locator('[aria-label="Öppen fil"]', { hasText: 'stor.xlsx' }).waitFor();
    await page.getByRole('tab', { name: 'Validera' }).click();
    const started = Date.now();
    await button('Validera').click();
    await page.getByText(/\d+ fel, \d+ varningar/).first().waitFor({ timeout: 60_000 });
    const validateMs = Date.now() - started;
    writeFileSync(path.join(SHOTS, 'timings.json'), JSON.stringify({ rows: 6000, validateMs, date: new Date().toISOString() }, null, 2));
    console.log(`Validera på 6 000 rader i Chromium: ${validateMs} ms`);
  }, 120_000);
});
