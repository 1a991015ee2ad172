/**
 * The Host of the browser preview: an .xlsx file held in memory with exceljs. exceljs is
 * loaded with import() on the first file, so it is a chunk of its own that only the preview
 * fetches; the Excel pane never does. Writes go through src/workbook/apply.ts, as on the
 * command line; undo puts back the workbook exactly as it was, from the bytes saved before
 * the action.
 */
import { UndoStack } from '../host/undo-stack';
import type ExcelJS from 'exceljs';
import { chooseBudgetSheet } from '../domain/choose';
import type { Config } from '../domain/config';
import type { EditPlan } from '../domain/edits';
import { NoBudgetTableError } from '../domain/parse';
import type { SheetSnapshot } from '../domain/snapshot';
import { HostError, type BudgetRead, type Host, type Selection, type UndoOutcome } from '../host/types';
import { applyPlanToWorkbook, tableNamesOf } from '../workbook/apply';
import { InputError } from '../workbook/errors';
import { checkedWorkbookBytes } from '../workbook/checked';
import type { SniffLimits } from '../workbook/sniff';
import { snapshotOf } from '../workbook/snapshot';
import { readWorkbookSnapshots } from '../workbook/read';
import { webZip } from '../workbook/zip-web';

type ExcelJSModule = typeof ExcelJS;

let excelJs: Promise<ExcelJSModule> | null = null;

/** exceljs, fetched once. Its browser build is a UMD bundle: the namespace's default, if any. */
export function loadExcelJS(): Promise<ExcelJSModule> {
  excelJs ??= import('exceljs').then((m) => ((m as { default?: ExcelJSModule }).default ?? (m as unknown as ExcelJSModule)));
  return excelJs;
}

/** The command line's limits (src/workbook/load.ts), so a file the CLI refuses is refused here too. */
export const PREVIEW_LIMITS: SniffLimits = { maxBytes: 50 * 1024 * 1024, maxInflatedBytes: 100 * 1024 * 1024, maxEntries: 20_000 };


interface UndoRecord {
  label: string;
  /** The whole workbook before the action, as exceljs wrote it. */
  bytes: Uint8Array;
  active: string;
}

function bytesOf(buffer: ArrayBuffer | Uint8Array): Uint8Array {
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  // exceljs reads from an ArrayBuffer in the browser; copy out exactly this file's bytes.
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return workbook;
}

function isProtected(worksheet: ExcelJS.Worksheet): boolean {
  const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean | string | number } | null }).sheetProtection;
  return !!protection && protection.sheet !== false && protection.sheet !== '0' && protection.sheet !== 0;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class FileHost implements Host {
  readonly displayLanguage: string;
  readonly settingsTravelWithFile = false;
  private settings: unknown = null;
  private readonly undoStack = new UndoStack<UndoRecord>();
  private listeners = new Set<() => void>();
  private active: string;
  private selected: Selection | undefined;
  private version = 0;
  /** Every sheet's snapshot, made once per state of the workbook (not per read or per click). */
  private read: SheetSnapshot[] | null;

  private constructor(
    private book: ExcelJS.Workbook,
    /** The file's name, for messages and the download. */
    readonly fileName: string,
    displayLanguage: string,
    snapshots: SheetSnapshot[] | null,
  ) {
    this.displayLanguage = displayLanguage;
    this.active = this.initialSheet();
    // The reader's snapshots stand for exceljs's only when they list the same sheets.
    const names = book.worksheets.map((w) => w.name);
    this.read = snapshots && snapshots.length === names.length && snapshots.every((s, i) => s.sheetName === names[i]) ? snapshots : null;
  }

  /** Every sheet as the engine sees it: read from the file's bytes at first, from exceljs after a change. */
  snapshots(): SheetSnapshot[] {
    this.read ??= this.book.worksheets.map(snapshotOf);
    return this.read;
  }

  /**
   * Opens the bytes of an .xlsx file. Anything that is not one (an .xls, an encrypted workbook,
   * a CSV or .ods renamed, a zip bomb) is refused with an InputError saying what to do.
   */
  static async open(buffer: ArrayBuffer | Uint8Array, fileName: string, displayLanguage = 'sv-SE'): Promise<FileHost> {
    const bytes = bytesOf(buffer);
    // The command line's gate: format, declared sizes, then each part unpacked with a cap.
    const checked = await checkedWorkbookBytes(bytes, fileName, PREVIEW_LIMITS, webZip);
    let workbook: ExcelJS.Workbook;
    try {
      workbook = await readWorkbook(checked);
    } catch (e) {
      throw new InputError(`${fileName}: kunde inte läsas som .xlsx (${message(e)}); öppna den i Excel och spara om den`);
    }
    if (workbook.worksheets.length === 0) throw new InputError(`${fileName}: arbetsboken har inga blad`);
    // The engine reads what the command line reads (src/workbook/read), straight from the bytes.
    const snapshots = await readWorkbookSnapshots(bytes, webZip).catch(() => null);
    return new FileHost(workbook, fileName, displayLanguage, snapshots);
  }

  /** The workbook as it is now (read only: change it through apply()). */
  get workbook(): ExcelJS.Workbook {
    return this.book;
  }

  /** Grows by one with every change of the workbook, the shown sheet or the selection. */
  get revision(): number {
    return this.version;
  }

  /** The sheet the grid shows; readBudget() prefers it, as Excel prefers the active sheet. */
  get activeSheet(): string {
    return this.active;
  }

  get selection(): Selection | undefined {
    return this.selected;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  private initialSheet(): string {
    const sheets = this.book.worksheets;
    const activeTab = (this.book.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
    const byView = typeof activeTab === 'number' ? sheets[activeTab] : undefined;
    return (byView && byView.state !== 'hidden' && byView.state !== 'veryHidden' ? byView : sheets[0]).name;
  }

  /** Shows a sheet in the grid (a click on its tab). */
  showSheet(sheet: string): void {
    if (!this.book.getWorksheet(sheet) || sheet === this.active) return;
    this.active = sheet;
    this.changed();
  }

  /** Marks a cell, as a click in Excel would: the tables view may place tables there. */
  select(sheet: string, cell: string): void {
    this.active = sheet;
    this.selected = { sheet, cell };
    this.changed();
  }

  async readBudget(config: Config): Promise<BudgetRead> {
    const snapshots = this.snapshots();
    const active = snapshots.find((s) => s.sheetName === this.active) ?? snapshots[0];
    let snapshot: SheetSnapshot;
    try {
      snapshot = chooseBudgetSheet([active], config).snapshot;
    } catch (e) {
      if (!(e instanceof NoBudgetTableError)) throw e;
      // Throws NoBudgetTableError naming what it looked at when no sheet holds a budget.
      snapshot = chooseBudgetSheet(snapshots, config).snapshot;
    }
    return {
      snapshot,
      sheetNames: snapshots.map((s) => s.sheetName),
      tableNames: tableNamesOf(this.book),
      // A file holds every sheet already: all are read, so a Beslutade insatser table anywhere counts.
      sheets: [snapshot, ...snapshots.filter((s) => s !== snapshot)],
      ...(this.selected ? { selection: this.selected } : {}),
      protectedSheets: this.book.worksheets.filter(isProtected).map((w) => w.name),
    };
  }

  async apply(plan: EditPlan, label: string): Promise<void> {
    if (plan.every((p) => p.edits.length === 0 && p.tables.length === 0 && !p.create)) return;
    for (const p of plan) {
      const ws = this.book.getWorksheet(p.sheet);
      if (ws && !p.create && isProtected(ws)) {
        throw new HostError('protected', `Bladet "${p.sheet}" är skyddat, så inget kan skrivas där. Ta bort bladskyddet (Granska > Ta bort skydd) och försök igen; inget skrevs.`, p.sheet);
      }
    }
    const before: UndoRecord = { label, bytes: bytesOf(await this.book.xlsx.writeBuffer()), active: this.active };
    this.read = null;
    try {
      applyPlanToWorkbook(this.book, plan);
    } catch (e) {
      // applyPlanToWorkbook checks the sheets first, but a table may still fail half-way:
      // put back the workbook as it was.
      this.book = await readWorkbook(before.bytes);
      this.changed();
      const reason = message(e);
      throw new HostError('write-failed', `Skrivningen misslyckades (${reason.charAt(0).toLowerCase()}${reason.slice(1)}); arbetsboken är som förut.`);
    }
    this.undoStack.push(before);
    // As in Excel, a new sheet does not become the active one; its tab appears.
    this.changed();
  }

  canUndo(): boolean {
    return this.undoStack.canUndo;
  }

  undoLabel(): string | null {
    return this.undoStack.label;
  }

  /** The file in the browser has no other editor: the whole workbook goes back as it was. */
  async undo(): Promise<UndoOutcome | null> {
    const record = this.undoStack.peek();
    if (!record) return null;
    try {
      this.book = await readWorkbook(record.bytes);
    } catch (e) {
      throw new HostError('undo-failed', `Det gick inte att ångra "${record.label}" (${message(e)}). Försök igen.`);
    }
    this.undoStack.pop();
    this.read = null;
    this.active = this.book.getWorksheet(record.active) ? record.active : this.initialSheet();
    if (this.selected && !this.book.getWorksheet(this.selected.sheet)) this.selected = undefined;
    this.changed();
    return { label: record.label, kept: [] };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!this.book.getWorksheet(sheet)) throw new HostError('sheet-missing', `Bladet "${sheet}" finns inte längre. Läs in arbetsboken igen.`, sheet);
    this.select(sheet, cell.replace(/\$/g, '').toUpperCase());
  }

  async loadSettings(): Promise<unknown> {
    return this.settings;
  }

  /** Kept for this session: a file in the browser has no document settings that exceljs keeps. */
  async saveSettings(config: Config): Promise<void> {
    this.settings = config;
  }

  /** The workbook as .xlsx bytes, for the download. */
  async save(): Promise<Uint8Array> {
    return bytesOf(await this.book.xlsx.writeBuffer());
  }
}
