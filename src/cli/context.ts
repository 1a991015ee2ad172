import { promises as fs } from 'node:fs';
import { chooseBudgetSheet, type Chosen } from '../domain/choose';
import { ConfigError, parseConfig, type Config } from '../domain/config';
import { NoBudgetTableError } from '../domain/parse';
import { InputError } from '../workbook/errors';
import { loadWorkbookBuffer, readInputFile, readSnapshots } from '../workbook/load';
import type { ReadSheet } from '../workbook/read';
import type { ParsedArgs } from './args';
import type ExcelJS from 'exceljs';

export async function loadConfig(path: string | undefined): Promise<Config> {
  if (!path) return parseConfig({});
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch {
    throw new ConfigError(`${path}: konfigurationsfilen finns inte`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path}: konfigurationen är inte giltig JSON (${(e as Error).message})`);
  }
  return parseConfig(json, `konfiguration i ${path}`);
}

export interface Opened extends Chosen {
  /** Every sheet, read once: the budget sheet is among them. */
  snapshots: ReadSheet[];
  config: Config;
  /** The file's bytes, for a command that goes on to write (openForWriting). */
  bytes: Buffer;
}

/**
 * Loads configuration (unless given), workbook and budget sheet, read straight from the file's
 * bytes (no exceljs); every failure names the file. Every command chooses its sheet here, so
 * all answer alike.
 */
export async function openBudget(args: ParsedArgs, loaded?: Config): Promise<Opened> {
  const { file } = args;
  const sheetName = args.values.sheet as string | undefined;
  // Many workbooks at once read the configuration once and hand it in.
  const config = loaded ?? (await loadConfig(args.values.config as string | undefined));
  const bytes = await readInputFile(file, args.load);
  const snapshots = await readSnapshots(bytes, file, args.load);
  try {
    return { bytes, config, snapshots, ...chooseBudgetSheet(snapshots, config, sheetName) };
  } catch (e) {
    if (e instanceof NoBudgetTableError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
}

/**
 * exceljs, which writes the new workbook, expands data validations and merged ranges cell by
 * cell: a validation on a whole column took 14 s and 370 MB, 50 000 merges minutes. Past these
 * a writing command refuses at once; validate and equity read such files as any other.
 */
export const WRITE_LIMITS = { validatedCells: 200_000, merges: 5_000 };

function tooHeavyToWrite(file: string, sheets: ReadSheet[]): string | null {
  for (const s of sheets) {
    if (s.weight.validatedCells > WRITE_LIMITS.validatedCells) {
      return `${file}: bladet "${s.sheetName}" har en dataverifiering över ${s.weight.validatedCells.toLocaleString('sv-SE')} celler (hela kolumner eller hela bladet), för många för att skriva en ny arbetsbok; begränsa verifieringen till cellerna som behöver den (Data > Dataverifiering) och försök igen (validate och equity fungerar som vanligt); inget skrevs`;
    }
    if (s.weight.merges > WRITE_LIMITS.merges) {
      return `${file}: bladet "${s.sheetName}" har ${s.weight.merges.toLocaleString('sv-SE')} sammanfogade områden, fler än ${WRITE_LIMITS.merges.toLocaleString('sv-SE')} som går att skriva om; ta bort sammanfogningar som inte behövs (Start > Sammanfoga och centrera) och försök igen (validate och equity fungerar som vanligt); inget skrevs`;
    }
  }
  return null;
}

/** openBudget, then the same bytes in exceljs, which writes the new workbook. */
export async function openForWriting(args: ParsedArgs): Promise<Opened & { workbook: ExcelJS.Workbook }> {
  const opened = await openBudget(args);
  return { ...opened, workbook: await writableWorkbook(opened, args) };
}

/** The opened file as an exceljs workbook to write, for a command that decides late that it writes (fix). */
export async function writableWorkbook(opened: Opened, args: ParsedArgs): Promise<ExcelJS.Workbook> {
  const heavy = tooHeavyToWrite(args.file, opened.snapshots);
  if (heavy) throw new InputError(heavy);
  return loadWorkbookBuffer(opened.bytes, args.file, args.load);
}
