import type { Config } from '../domain/config';
import { UndoStack } from '../host/undo-stack';
import type { EditPlan } from '../domain/edits';
import { HostError, type BudgetRead, type Host } from '../host/types';
import { capture, write, type ApplyOptions } from './apply';
import { readBudgetSheet } from './read';
import { restore, type UndoRecord } from './undo';
import { watchSheet } from './watch';

/** Excel.run, or a fake of it in tests. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  run?: Runner;
  /**
   * Cells per request. Excel on the web caps a request at 5 MB; a cell's value, formula and
   * number format come to some 50-100 bytes of JSON, so 20 000 cells stays well under it.
   */
  maxCellsPerRequest?: number;
  displayLanguage?: string;
  isSetSupported?: (name: string, version: string) => boolean;
}

/** Where the configuration lives in the workbook (Excel's document settings, saved with the file). */
export const SETTINGS_KEY = 'finsamBudget.config';

/**
 * The Office.js host. Reading costs one request for a normal budget sheet; every action two
 * (capture the previous state, then write); undo two (probe what still exists, then restore).
 */
/**
 * Cells per request. Excel on the web refuses a response over 5 MB; a budget cell carries its
 * value, formula and number format, about 50-60 bytes in the response (the bench measures 2.5 MB
 * for 5 000 rows x 10 columns), so 60 000 cells stay near 3.5 MB with room for long formulas.
 */
export const MAX_CELLS_PER_REQUEST = 60_000;

export class ExcelHost implements Host {
  readonly displayLanguage: string;
  readonly settingsTravelWithFile = true;
  private readonly run: Runner;
  private readonly maxCells: number;
  private readonly supported: (name: string, version: string) => boolean;
  private readonly undoStack = new UndoStack<UndoRecord>();

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.maxCells = options.maxCellsPerRequest ?? MAX_CELLS_PER_REQUEST;
    this.displayLanguage = options.displayLanguage ?? officeLanguage();
    this.supported = options.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  }

  readBudget(config: Config): Promise<BudgetRead> {
    return this.run((context) => readBudgetSheet(context, config, this.maxCells));
  }

  async apply(plan: EditPlan, label: string): Promise<void> {
    if (plan.every((p) => p.edits.length === 0 && p.tables.length === 0 && !p.create)) return;
    const options: ApplyOptions = { maxCells: this.maxCells, notes: this.supported('ExcelApi', '1.18') };
    let record: UndoRecord | null = null;
    let failure: unknown = null;
    await this.run(async (context) => {
      const captured = await capture(context, plan, label, options);
      record = captured.record;
      try {
        await write(context, captured, options);
      } catch (e) {
        failure = e;
      }
    });
    if (!record) return;
    if (failure) {
      // Excel runs a batch's commands in order and stops at the failing one, so the commands
      // before it may have landed. Put back what we captured, then report.
      const reason = failure instanceof Error ? failure.message : String(failure);
      try {
        await this.run((context) => restore(context, record!));
      } catch {
        throw new HostError(
          'rollback-failed',
          `Skrivningen misslyckades (${reason}) och kunde inte rullas tillbaka helt. Ångra i Excel (Ctrl+Z) eller stäng utan att spara.`,
        );
      }
      throw new HostError('write-failed', `Skrivningen misslyckades (${reason}); arbetsboken är som förut. Försök igen.`);
    }
    this.undoStack.push(record);
  }

  canUndo(): boolean {
    return this.undoStack.canUndo;
  }

  undoLabel(): string | null {
    return this.undoStack.label;
  }

  async undo(): Promise<boolean> {
    const record = this.undoStack.peek();
    if (!record) return false;
    try {
      await this.run((context) => restore(context, record));
    } catch (e) {
      if (e instanceof HostError) throw e;
      throw new HostError('undo-failed', `Det gick inte att ångra "${record.label}" (${e instanceof Error ? e.message : String(e)}). Försök igen.`);
    }
    // Only once Excel has it back: a failed undo can be retried.
    this.undoStack.pop();
    return true;
  }

  watchSheet(sheet: string, listener: () => void): Promise<() => Promise<void>> {
    return watchSheet(this.run, sheet, listener);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  loadSettings(): Promise<unknown> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      setting.load('value');
      await context.sync();
      if (setting.isNullObject) return null;
      const value: unknown = setting.value;
      // Stored as JSON text: a setting is a string everywhere, whatever the platform.
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value);
      } catch {
        return value;
      }
    });
  }

  saveSettings(config: Config): Promise<void> {
    return this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(config));
      await context.sync();
    });
  }
}

function officeLanguage(): string {
  try {
    return Office.context.displayLanguage || 'sv-SE';
  } catch {
    return 'sv-SE';
  }
}
