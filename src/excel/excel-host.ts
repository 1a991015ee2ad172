import type { Config } from '../domain/config';
import { UndoStack } from '../host/undo-stack';
import type { EditPlan } from '../domain/edits';
import { HostError, type BudgetRead, type Host, type UndoOutcome } from '../host/types';
import { capture, write, type ApplyOptions } from './apply';
import { capabilitiesOf, cellEditError, nativeUndoNote, type Capabilities } from './capabilities';
import { readBudgetSheet } from './read';
import { restore, type UndoRecord } from './undo';
import { watchSheet } from './watch';

/** The options of Excel.run this host uses. */
export interface RunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/** Excel.run, or a fake of it (or the real library over a test backend) in tests. */
export type Runner = <T>(options: RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  run?: Runner;
  /**
   * Cells per request. Excel on the web caps a request at 5 MB; a cell's value, formula and
   * number format come to some 50-100 bytes of JSON, so 20 000 cells stays well under it.
   */
  maxCellsPerRequest?: number;
  displayLanguage?: string;
  isSetSupported?: (name: string, version: string) => boolean;
  /** Bytes per write request (default MAX_REQUEST_BYTES); smaller in tests to show the split. */
  maxRequestBytes?: number;
}

/** Where the configuration lives in the workbook (Excel's document settings, saved with the file). */
export const SETTINGS_KEY = 'finsamBudget.config';

/**
 * Cells per request. Excel on the web refuses a response over 5 MB; a budget cell carries its
 * value, formula and number format, about 50-60 bytes in the response (the bench measures 2.5 MB
 * for 5 000 rows x 10 columns), so 60 000 cells stay near 3.5 MB with room for long formulas.
 */
export const MAX_CELLS_PER_REQUEST = 60_000;

/**
 * The Office.js host. Reading costs one request for a normal budget sheet; every action two
 * (capture the previous state, then write; more only for a plan over the request size); undo
 * three (what still exists, what the cells hold now, then restore what nobody changed).
 */
export class ExcelHost implements Host {
  readonly displayLanguage: string;
  readonly settingsTravelWithFile = true;
  get fileName(): string | undefined {
    try {
      return documentFileName(Office.context.document.url);
    } catch {
      return undefined; // no Office (tests), or no document
    }
  }
  private readonly run: Runner;
  private readonly maxCells: number;
  private readonly maxRequestBytes?: number;
  readonly capabilities: Capabilities;
  readonly nativeUndoNote: string;
  private readonly undoStack = new UndoStack<UndoRecord>();
  /** Off after Excel said UndoNotSupported for a grouped write. */
  private undoGroups: boolean;

  constructor(options: ExcelHostOptions = {}) {
    this.maxCells = options.maxCellsPerRequest ?? MAX_CELLS_PER_REQUEST;
    this.maxRequestBytes = options.maxRequestBytes;
    this.displayLanguage = options.displayLanguage ?? officeLanguage();
    const supported = options.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
    this.capabilities = capabilitiesOf(supported);
    this.undoGroups = this.capabilities.undoGroups;
    this.nativeUndoNote = nativeUndoNote(this.capabilities);
    const run: Runner = options.run ?? ((runOptions, batch) => Excel.run(runOptions, batch));
    // Every batch: wait while the user edits a cell where Excel can, else say what to do.
    this.run = async (runOptions, batch) => {
      try {
        return await run({ ...runOptions, ...(this.capabilities.delayForCellEdit ? { delayForCellEdit: true } : {}) }, batch);
      } catch (e) {
        throw cellEditError(e);
      }
    };
  }

  readBudget(config: Config): Promise<BudgetRead> {
    return this.run({}, (context) => readBudgetSheet(context, config, this.maxCells));
  }

  async apply(plan: EditPlan, label: string): Promise<void> {
    if (plan.every((p) => p.edits.length === 0 && p.tables.length === 0 && !p.create)) return;
    try {
      await this.applyOnce(plan, label, this.undoGroups);
    } catch (e) {
      // An API in the group without undo support: the write was rolled back; write ungrouped.
      if (!(e instanceof HostError && e.code === 'write-failed' && /UndoNotSupported/.test(e.message)) || !this.undoGroups) throw e;
      this.undoGroups = false;
      await this.applyOnce(plan, label, false);
    }
  }

  private async applyOnce(plan: EditPlan, label: string, grouped: boolean): Promise<void> {
    const options: ApplyOptions = { maxCells: this.maxCells, capabilities: this.capabilities, maxRequestBytes: this.maxRequestBytes };
    let record: UndoRecord | null = null;
    let failure: unknown = null;
    await this.run(grouped ? { mergeUndoGroup: true } : {}, async (context) => {
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
      const code = (failure as { code?: string }).code;
      const reason = `${failure instanceof Error ? failure.message : String(failure)}${code && !String(failure).includes(code) ? ` [${code}]` : ''}`;
      try {
        await this.run({}, (context) => restore(context, record!, { force: true, maxRequestBytes: this.maxRequestBytes }));
      } catch {
        throw new HostError(
          'rollback-failed',
          `Skrivningen misslyckades (${reason}) och kunde inte rullas tillbaka helt. Ångra i Excel (Ctrl+Z) eller stäng utan att spara.`,
        );
      }
      const tables = plan.flatMap((p) => p.tables.map((t) => `"${t.name}"`));
      if (code === 'InvalidOperation' && tables.length) {
        // Excel refuses a table over merged cells or another table, or whose name is taken by a defined name.
        throw new HostError('write-failed', `Tabellen ${tables.join(', ')} kunde inte skapas: området överlappar sammanfogade celler eller en annan tabell, eller namnet används redan (Formler > Namnhanteraren). Arbetsboken är som förut; välj en annan plats eller ta bort sammanfogningen.`);
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

  async undo(): Promise<UndoOutcome | null> {
    const record = this.undoStack.peek();
    if (!record) return null;
    let kept: string[];
    try {
      kept = await this.run({}, (context) => restore(context, record, { maxRequestBytes: this.maxRequestBytes }));
    } catch (e) {
      if (e instanceof HostError) throw e;
      throw new HostError('undo-failed', `Det gick inte att ångra "${record.label}" (${e instanceof Error ? e.message : String(e)}). Försök igen.`);
    }
    // Only once Excel has it back: a failed undo can be retried.
    this.undoStack.pop();
    return { label: record.label, kept };
  }

  watchSheet(sheet: string, listener: () => void): Promise<() => Promise<void>> {
    return watchSheet(this.run, sheet, listener);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run({}, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  loadSettings(): Promise<unknown> {
    return this.run({}, async (context) => {
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
    return this.run({}, async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(config));
      await context.sync();
    });
  }
}

/** "Budget 2026.xlsx" from the document's URL or path; undefined for a workbook never saved. */
export function documentFileName(url: string | undefined): string | undefined {
  const name = url?.split(/[\\/]/).pop()?.split(/[?#]/)[0];
  if (!name) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function officeLanguage(): string {
  try {
    return Office.context.displayLanguage || 'sv-SE';
  } catch {
    return 'sv-SE';
  }
}
