/** How many actions a host can undo; older ones are forgotten. */
export const UNDO_DEPTH = 20;

/** The last actions' undo records, newest last, shared by the Excel and the file host. */
export class UndoStack<T extends { label: string }> {
  private readonly records: T[] = [];

  push(record: T): void {
    this.records.push(record);
    if (this.records.length > UNDO_DEPTH) this.records.shift();
  }

  /** The record undo() would use, left in place until the undo has worked. */
  peek(): T | undefined {
    return this.records[this.records.length - 1];
  }

  /** Drops the newest record once it has been undone. */
  pop(): void {
    this.records.pop();
  }

  get canUndo(): boolean {
    return this.records.length > 0;
  }

  get label(): string | null {
    return this.peek()?.label ?? null;
  }
}
