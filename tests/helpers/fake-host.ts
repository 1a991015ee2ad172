import { applyPlanToSnapshot } from '../../src/domain/apply';
import type { Config } from '../../src/domain/config';
import type { EditPlan } from '../../src/domain/edits';
import type { SheetSnapshot } from '../../src/domain/snapshot';
import type { BudgetRead, Host, Selection, UndoOutcome } from '../../src/host/types';

export interface Call {
  method: string;
  args: unknown[];
}

/**
 * A Host for the pane's tests: it records every call, applies plans to an in-memory snapshot
 * (so a fix shows when the pane validates again), and can be told to fail or to hang.
 */
export class FakeHost implements Host {
  calls: Call[] = [];
  settingsTravelWithFile = true;
  fileName?: string;
  /** Other sheets the host read in full (an Insatser table, say). */
  otherSheets: SheetSnapshot[] = [];
  settings: unknown = null;
  selection?: Selection = { sheet: 'Budget', cell: 'H2' };
  sheetNames: string[];
  tableNames: string[] = [];
  protectedSheets: string[] = [];
  /** The next call of this method rejects with the error. */
  failures = new Map<string, unknown>();
  /** The next call of this method waits until the returned release() is called. */
  private gates = new Map<string, Promise<void>>();
  private undoStack: { label: string; snapshot: SheetSnapshot; sheetNames: string[]; tableNames: string[] }[] = [];

  constructor(
    public snapshot: SheetSnapshot,
    readonly displayLanguage = 'sv-SE',
  ) {
    this.sheetNames = [snapshot.sheetName];
  }

  hold(method: string): () => void {
    let release = () => {};
    this.gates.set(method, new Promise<void>((r) => (release = r)));
    return () => release();
  }

  called(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async enter(method: string, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    const gate = this.gates.get(method);
    if (gate) {
      this.gates.delete(method);
      await gate;
    }
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  async readBudget(config: Config): Promise<BudgetRead> {
    await this.enter('readBudget', [config]);
    return {
      snapshot: this.snapshot,
      sheetNames: [...this.sheetNames],
      tableNames: [...this.tableNames],
      sheets: [this.snapshot, ...this.otherSheets],
      ...(this.selection ? { selection: this.selection } : {}),
      protectedSheets: [...this.protectedSheets],
    };
  }

  async apply(plan: EditPlan, label: string): Promise<void> {
    await this.enter('apply', [plan, label]);
    this.undoStack.push({ label, snapshot: this.snapshot, sheetNames: [...this.sheetNames], tableNames: [...this.tableNames] });
    for (const p of plan) {
      if (p.sheet === this.snapshot.sheetName) this.snapshot = applyPlanToSnapshot(this.snapshot, p);
      else if (p.create) this.sheetNames.push(p.sheet);
      this.tableNames.push(...p.tables.map((t) => t.name));
    }
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  undoLabel(): string | null {
    return this.undoStack[this.undoStack.length - 1]?.label ?? null;
  }

  /** Cells the next undo reports as changed by the user since the action. */
  keptOnUndo: string[] = [];

  async undo(): Promise<UndoOutcome | null> {
    await this.enter('undo', []);
    const last = this.undoStack.pop();
    if (!last) return null;
    // The sheets and tables the action added go with it.
    this.snapshot = last.snapshot;
    this.sheetNames = last.sheetNames;
    this.tableNames = last.tableNames;
    return { label: last.label, kept: this.keptOnUndo };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.enter('selectCell', [sheet, cell]);
  }

  async loadSettings(): Promise<unknown> {
    await this.enter('loadSettings', []);
    return this.settings;
  }

  async saveSettings(config: Config): Promise<void> {
    await this.enter('saveSettings', [config]);
    this.settings = config;
  }
}
