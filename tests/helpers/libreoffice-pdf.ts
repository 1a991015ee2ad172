/**
 * LibreOffice as a printer for tests: xlsx in, PDF out (every sheet, with the page setup the
 * file carries: paper, orientation, fit to pages, print titles, footer), then poppler's pdfinfo
 * and pdftotext read the PDF's pages: their size and their text (columns kept in place).
 *
 * - Profile: a copy of tests/helpers/libreoffice.ts's settings (recalculate on load, en-US), in a
 *   profile of this module's own; calls are serialised. disposePdfProfile() in afterAll.
 * - pdfinfo/pdftotext come from poppler-utils (scripts/setup-debian.sh installs them).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertArgs, DEFAULT_TIMEOUT_MS, ownProfile, runSoffice } from './libreoffice';

const profile = ownProfile('finsam-lo-pdf-profile');

export const disposePdfProfile = (): Promise<void> => profile.dispose();

/** Prints `input` (.xlsx) to `output` (.pdf) with LibreOffice; rejects when it writes nothing. */
export function printToPdf(input: string, output: string): Promise<void> {
  const job = async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-lo-pdf-run-'));
    try {
      const copy = path.join(work, 'book.xlsx');
      fs.copyFileSync(input, copy);
      const outDir = path.join(work, 'out');
      fs.mkdirSync(outDir);
      const args = convertArgs(profile.dir(), copy, 'pdf:calc_pdf_Export', outDir, 'Calc MS Excel 2007 XML');
      const { code, output: log } = await runSoffice(args, `printing ${input} to PDF`, DEFAULT_TIMEOUT_MS);
      const written = path.join(outDir, 'book.pdf');
      if (code !== 0 || !fs.existsSync(written)) throw new Error(`LibreOffice could not print ${input} to PDF:\n${log}`);
      fs.copyFileSync(written, output);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  };
  return profile.serial(job);
}

function poppler(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${tool} is not on PATH: install poppler-utils with scripts/setup-debian.sh`);
  }
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export interface PdfPage {
  /** In points; A4 is 595 × 842. */
  width: number;
  height: number;
  /** pdftotext -layout: the page's text with its columns in place. */
  text: string;
  /** Non-empty lines of the text, trimmed. */
  lines: string[];
}

/** Every page of a PDF: its size and text. */
export function readPdf(file: string): PdfPage[] {
  const info = poppler('pdfinfo', [file]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  if (!Number.isInteger(count) || count < 1) throw new Error(`pdfinfo found no pages in ${file}:\n${info}`);
  const sizes = [...poppler('pdfinfo', ['-f', '1', '-l', String(count), file]).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)];
  const texts = poppler('pdftotext', ['-layout', file, '-']).split('\f');
  return Array.from({ length: count }, (_, i) => {
    const text = texts[i] ?? '';
    return { width: Number(sizes[i][1]), height: Number(sizes[i][2]), text, lines: text.split('\n').map((l) => l.trim()).filter(Boolean) };
  });
}

/** True for A4 either way round (595.3 × 841.9 points, give or take a point). */
export function isA4(page: PdfPage): boolean {
  const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
  return Math.abs(short - 595.3) < 1.5 && Math.abs(long - 841.9) < 1.5;
}
