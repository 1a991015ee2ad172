import { createContext, useCallback, useContext, useState, type Dispatch, type SetStateAction } from 'react';
import type { Config } from '../domain/config';
import type { EditPlan } from '../domain/edits';
import type { BudgetRead, Host } from '../host/types';

/** What every view gets from the app: the host, the configuration, the last read, and run(). */
export interface Pane {
  host: Host;
  config: Config;
  setConfig(config: Config): void;
  /** The last read of the workbook, or null before the first. */
  read: BudgetRead | null;
  /** Reads the budget sheet again (one request) and remembers it. */
  reload(): Promise<BudgetRead>;
  /**
   * Runs an action with a spinner; a failure becomes a message bar instead of an exception.
   * Resolves to false when it failed.
   */
  run(label: string, action: () => Promise<void>): Promise<boolean>;
  /** Writes a plan through the host as one undoable action, then reads the sheet again. */
  apply(plan: EditPlan, label: string): Promise<BudgetRead>;
  busy: boolean;
  /** Each view's choices and results, kept while the view is not drawn (see useTabState). */
  tabState: Map<string, unknown>;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('usePane outside the App');
  return pane;
}

/**
 * useState that outlives its view: the pane draws only the open tab, so a tab's choices and
 * results are kept here, not in a hidden DOM, and are there again when the tab is opened.
 */
export function useTabState<T>(key: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const { tabState } = usePane();
  const [value, setValue] = useState<T>(() => (tabState.has(key) ? (tabState.get(key) as T) : typeof initial === 'function' ? (initial as () => T)() : initial));
  const set = useCallback(
    (next: SetStateAction<T>) =>
      setValue((prev) => {
        const v = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
        tabState.set(key, v);
        return v;
      }),
    [key, tabState],
  );
  return [value, set];
}
