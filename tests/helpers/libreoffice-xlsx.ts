/**
 * LibreOffice as a recalculating round trip: xlsx in, xlsx out, every formula recalculated on
 * load and its result cached in the written file, so that tools reading cached values (exceljs,
 * the finsam-budget commands) see LibreOffice's numbers.
 *
 * - Profile: the same settings as tests/helpers/libreoffice.ts (always recalculate on load,
 *   en-US locale): its registrymodifications.xcu is copied from profileDirectory() into a
 *   profile of this module's own, so a conversion here never shares a live profile with a
 *   recalculate() call of that module. Calls here are serialised. disposeXlsxProfile() in
 *   afterAll removes the profile (and that of libreoffice.ts is removed by its disposeProfile()).
 * - Import with the OOXML filter explicitly (a corrupt file fails), export with
 *   "Calc MS Excel 2007 XML".
 * - Timeout: 60 s per conversion by default; the soffice process group is killed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertArgs, DEFAULT_TIMEOUT_MS, ownProfile, runSoffice as soffice, type ConvertOptions } from './libreoffice';

const XLSX_FILTER = 'Calc MS Excel 2007 XML';
const profile = ownProfile('finsam-lo-xlsx-profile');

/** Removes this module's profile (after any conversion under way). */
export const disposeXlsxProfile = (): Promise<void> => profile.dispose();

/**
 * Opens `input` in LibreOffice, recalculates every formula and saves it as `output` (.xlsx) with
 * the recalculated results cached. Rejects when LibreOffice reports an error or writes nothing.
 */
export function recalculateToXlsx(input: string, output: string, options: ConvertOptions = {}): Promise<void> {
  const job = async () => {
    if (!fs.existsSync(input)) throw new Error(`No such workbook: ${input}`);
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-lo-xlsx-run-'));
    try {
      const copy = path.join(work, 'book.xlsx');
      fs.copyFileSync(input, copy);
      const outDir = path.join(work, 'out');
      fs.mkdirSync(outDir);
      const args = convertArgs(profile.dir(), copy, `xlsx:${XLSX_FILTER}`, outDir, XLSX_FILTER);
      const { code, output: log } = await soffice(args, `converting ${input} to xlsx`, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      const written = path.join(outDir, 'book.xlsx');
      if (code !== 0 || /^Error:/m.test(log) || !fs.existsSync(written)) {
        throw new Error(`LibreOffice could not convert ${input} to xlsx:\n${log}`);
      }
      fs.copyFileSync(written, output);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  };
  return profile.serial(job);
}
