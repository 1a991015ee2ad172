import type { Config } from '../domain/config';
import type { EditPlan } from '../domain/edits';
import type { SheetSnapshot } from '../domain/snapshot';

/**
 * What the task pane needs from a workbook, and nothing more. The pane talks only to this, so
 * the same UI runs in Excel (src/excel) and on a file in a browser (the preview's file host).
 */
export interface Selection {
  sheet: string;
  /** Top-left cell of the selection, A1 without "$". */
  cell: string;
}

export interface BudgetRead {
  /** The budget sheet: the active sheet if it holds a budget table, else the first that does. */
  snapshot: SheetSnapshot;
  sheetNames: string[];
  /** Every Excel table (ListObject) name in the workbook: new tables need free names. */
  tableNames: string[];
  /** Sheets read in full, the budget sheet first (Excel: it and the active sheet; a file: all): where a table may land, and where a Beslutade insatser table is found. */
  sheets: SheetSnapshot[];
  selection?: Selection;
  /** Sheets whose protection forbids writing; the pane warns before the user tries. */
  protectedSheets: string[];
}

export interface Host {
  /** Office's display language ("sv-SE", "en-US"); the pane shows English for "en". */
  readonly displayLanguage: string;
  /** True when saveSettings stores the configuration in the workbook itself (Excel), false when only for this session (a file in the browser). */
  readonly settingsTravelWithFile: boolean;
  /** The workbook's file name, for the control report; absent where the host cannot tell. */
  readonly fileName?: string;
  readBudget(config: Config): Promise<BudgetRead>;
  /** Writes a plan as one action, remembering what it replaced so undo() can restore it. */
  apply(plan: EditPlan, label: string): Promise<void>;
  canUndo(): boolean;
  /** The label of the action undo() would revert, or null. */
  undoLabel(): string | null;
  /**
   * Reverts the last applied action; null when there was nothing to undo. `kept` names, in
   * Swedish, what was left as it is because the user changed it after the action.
   */
  undo(): Promise<UndoOutcome | null>;
  /** What Excel's own Ctrl+Z can undo of the pane's actions on this host (Swedish), if anything to say. */
  readonly nativeUndoNote?: string;
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Calls `listener` when the user edits the sheet, so the pane can check it again (Excel's
   * worksheet onChanged); resolves to the function that stops it. A host without such events
   * (a file in the browser, whose only writer is the pane) leaves it out.
   */
  watchSheet?(sheet: string, listener: () => void): Promise<() => Promise<void>>;
  /** The configuration stored with the workbook, unchecked (the pane validates it), or null. */
  loadSettings(): Promise<unknown>;
  saveSettings(config: Config): Promise<void>;
}

export interface UndoOutcome {
  label: string;
  kept: string[];
}

export type HostErrorCode =
  | 'cell-editing'
  | 'protected'
  | 'sheet-missing'
  | 'sheet-exists'
  | 'table-exists'
  | 'table-blocked'
  | 'write-failed'
  | 'rollback-failed'
  | 'undo-failed'
  | 'no-selection';

/**
 * A failure a person can act on. The message is Swedish (as the engine's are); `code` and
 * `subject` (a sheet or table name) let the pane say it in English too.
 */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly subject?: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
