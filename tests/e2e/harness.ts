/**
 * What every browser test needs: the pages built with a local office.js into a temporary folder,
 * served on a free port by scripts/serve.mjs, and Debian's Chromium (headless, with the flags
 * that keep it off the network). Skipped on a developer machine without Chromium; in CI (CI
 * set) a missing browser fails.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = path.join(ROOT, 'test-output/e2e');
const haveChromium = existsSync(CHROMIUM) || !!process.env.CI;
export const describeIfChromium = haveChromium ? describe : describe.skip;
if (!haveChromium) console.warn(`${CHROMIUM} saknas: installera Debians chromium (apt-get install chromium) för webbläsartestet.`);

export interface Served {
  /** A temporary folder of the test's own; the build is in its `web`. */
  tmp: string;
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

function startServer(root: string): Promise<{ child: ChildProcess; origin: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', `--root=${root}`, '--port=0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolve({ child, origin: `http://127.0.0.1:${m[1]}` });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`serve.mjs slutade (${code}): ${out}`)));
  });
}

/** Builds the pages, serves them and starts Chromium; close() undoes all three. */
export async function servePreview(prefix: string): Promise<Served> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  mkdirSync(SHOTS, { recursive: true });
  const out = path.join(tmp, 'web');
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--office=local', `--out=${out}`], { cwd: ROOT, stdio: 'pipe' });
  const { child, origin } = await startServer(out);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    tmp,
    origin,
    browser,
    async close() {
      await browser.close();
      child.kill();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
