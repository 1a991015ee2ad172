/**
 * @jest-environment node
 *
 * The task pane at Excel's narrowest pane width, 320 px, in Debian's Chromium: on every tab,
 * in the light and the dark Office theme, the page is no wider than the window (a table may
 * scroll in its own box, the page may not scroll sideways). With UPDATE_SCREENSHOT=1 the
 * pictures docs/pane-light.png and docs/pane-dark.png are written.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeIfChromium, ROOT, servePreview, SHOTS, type Served } from './harness';

const TABS = ['validate', 'forecast', 'equity', 'tables', 'settings'];
const WIDTH = 320;

let served: Served;
let origin: string;
let browser: Browser;

/** How far the page reaches beyond the window, and which element sticks out furthest. */
async function overflow(page: Page): Promise<{ scrollWidth: number; paneOverflow: number; widest: string }> {
  return page.evaluate(() => {
    // The pane as Excel's webview shows it: its content must not reach beyond its own width either.
    const pane = document.querySelector('aside')!;
    let widest = '';
    let right = 0;
    for (const el of Array.from(pane.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right > right && r.width > 0) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}.${(el as HTMLElement).className?.toString().slice(0, 60)} "${(el.textContent ?? '').slice(0, 40)}" ${Math.round(r.right)}px`;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, paneOverflow: pane.scrollWidth - pane.clientWidth, widest };
  });
}

describeIfChromium('the pane at 320 px', () => {
  beforeAll(async () => {
    served = await servePreview('finsam-fit');
    ({ origin, browser } = served);
  }, 90_000);

  afterAll(() => served?.close());

  it('the build has help.html, and taskpane.html outside Excel says what it is and links to the preview', async () => {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 700 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const help = await page.goto(`${origin}/help.html`);
    expect(help!.status()).toBe(200);
    await page.getByRole('heading', { name: 'Finsam Budget – hjälp' }).waitFor();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('Det här är tilläggets aktivitetsfönster för Excel.').waitFor();
    expect(await page.locator('#unsupported').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'förhandsvisningen' }).click();
    await page.waitForURL(/preview\.html$/);
    await page.getByRole('button', { name: 'Öppna exemplet', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('forced colours: the chart draws its labels and markers in the system colours', async () => {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, locale: 'sv-SE', forcedColors: 'active' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole('button', { name: 'Öppna exemplet', exact: true }).click();
    await page.getByRole('button', { name: 'Validera', exact: true }).click();
    await page.getByText(/7 fel, 24 varningar/).waitFor(); // validated: the sample's findings are listed
    await page.locator('#tab-equity').click();
    const chart = page.locator('#panel-equity svg[role="img"]');
    await chart.waitFor();
    const colours = await chart.evaluate((svg) => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.style.color = 'Highlight';
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      return {
        canvasText,
        highlight,
        text: [...new Set([...svg.querySelectorAll('text')].map((t) => getComputedStyle(t).fill))],
        bars: [...new Set([...svg.querySelectorAll('rect')].map((r) => getComputedStyle(r).fill))],
      };
    });
    expect(colours.text).toEqual([colours.canvasText]);
    expect(colours.bars).toEqual([colours.highlight]);
    await context.close();
  }, 60_000);

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: no tab is wider than the pane`, async () => {
      const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, locale: 'sv-SE', colorScheme: theme });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      await page.goto(`${origin}/preview.html?theme=${theme}`);
      await page.getByRole('button', { name: 'Öppna exemplet', exact: true }).click();
      await page.getByRole('button', { name: 'Validera', exact: true }).click();
      await page.getByText(/7 fel, 24 varningar/).waitFor(); // validated: the sample's findings are listed
      const pane = page.locator('aside[aria-label="Aktivitetsfönstret"]');
      expect((await pane.boundingBox())!.width).toBeLessThanOrEqual(WIDTH);
      const background = await page.locator('aside .fui-FluentProvider > div').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      // Dark theme: a dark pane background (webDarkTheme's #292929), light: white.
      expect(background).toBe(theme === 'dark' ? 'rgb(41, 41, 41)' : 'rgb(255, 255, 255)');
      for (const tab of TABS) {
        await page.locator(`#tab-${tab}`).click();
        await page.locator(`#panel-${tab}`).waitFor();
        const { scrollWidth, paneOverflow, widest } = await overflow(page);
        const over = scrollWidth > WIDTH || paneOverflow > 0;
        expect({ tab, scrollWidth, paneOverflow, widest: over ? widest : '' }).toEqual({ tab, scrollWidth, paneOverflow, widest: '' });
        expect(scrollWidth).toBeLessThanOrEqual(WIDTH);
        expect(paneOverflow).toBeLessThanOrEqual(0);
        await pane.screenshot({ path: path.join(SHOTS, `pane-${theme}-${tab}.png`) });
      }
      await page.locator('#tab-validate').click();
      const target = process.env.UPDATE_SCREENSHOT ? path.join(ROOT, 'docs', `pane-${theme}.png`) : path.join(SHOTS, `pane-${theme}.png`);
      await page.setViewportSize({ width: WIDTH, height: 640 });
      await page.screenshot({ path: target });
      await context.close();
    }, 120_000);
  }
});
