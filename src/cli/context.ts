import { promises as fs } from 'node:fs';
import { chooseBudgetSheet, type Chosen } from '../domain/choose';
import { ConfigError, parseConfig, type Config } from '../domain/config';
import { NoBudgetTableError } from '../domain/parse';
import { InputError } from '../workbook/errors';
import { loadWorkbookFile } from '../workbook/load';
import type { ParsedArgs } from './args';
import type { SheetSnapshot } from '../domain/snapshot';
import { snapshotsOf } from '../workbook/snapshot';
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
  workbook: ExcelJS.Workbook;
  /** Every sheet, read once: the budget sheet is among them. */
  snapshots: SheetSnapshot[];
  config: Config;
}

/** Loads configuration (unless given), workbook and budget sheet; every failure names the file. */
export async function openBudget(args: ParsedArgs, loaded?: Config): Promise<Opened> {
  const { file } = args;
  const sheetName = args.values.sheet as string | undefined;
  // Many workbooks at once read the configuration once and hand it in.
  const config = loaded ?? (await loadConfig(args.values.config as string | undefined));
  const workbook = await loadWorkbookFile(file, args.load);
  try {
    const snapshots = snapshotsOf(workbook);
    return { workbook, config, snapshots, ...chooseBudgetSheet(snapshots, config, sheetName) };
  } catch (e) {
    if (e instanceof NoBudgetTableError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
}
