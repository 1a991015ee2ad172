/**
 * HTML to PDF with the Chromium on this machine (headless, --print-to-pdf): the page's own CSS
 * sets the paper (A4) and the margins, and Chromium's header and footer (date, file path) are
 * left off. No npm package: the browser is run as a program, with a throw-away profile, no
 * network use beyond what the page asks for (the report asks for nothing), and a time limit.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeOutput } from './output';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../workbook/errors';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const TIMEOUT_MS = 60_000;

/** FINSAM_CHROMIUM if set, else the first of the usual places; null when there is none. */
export function findChromium(env = process.env): string | null {
  const chosen = env.FINSAM_CHROMIUM;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

/** Prints `html` to the PDF file `target`; an InputError when there is no Chromium or it fails. */
export async function printHtmlToPdf(html: string, target: string, env = process.env): Promise<void> {
  const chromium = findChromium(env);
  if (!chromium) {
    throw new InputError(
      `${target}: en PDF skrivs med webbläsaren Chromium, som inte finns på den här datorn (${env.FINSAM_CHROMIUM ?? CANDIDATES[0]}); skriv rapporten som .html (-o RAPPORT.html) och skriv ut den till PDF från webbläsaren, eller ange Chromium med miljövariabeln FINSAM_CHROMIUM; inget skrevs`,
    );
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'finsam-report-'));
  try {
    const page = path.join(work, 'rapport.html');
    const pdf = path.join(work, 'rapport.pdf');
    writeFileSync(page, html);
    const args = [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', `--user-data-dir=${path.join(work, 'profil')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(page).href,
    ];
    const log = await run(chromium, args);
    if (!existsSync(pdf)) throw new InputError(`${target}: Chromium skrev ingen PDF (${log.trim().split('\n').pop() ?? 'inget meddelande'}); inget skrevs`);
    await writeOutput(target, readFileSync(pdf));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new InputError(`Chromium (${program}) kunde inte startas: ${e.message}; inget skrevs`));
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(log);
    });
  });
}
