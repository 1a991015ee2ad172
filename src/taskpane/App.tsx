import {
  Button, FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList,
  Title3, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { configSchema, defaultConfig, describeIssue, type Config } from '../domain/config';
import type { EditPlan } from '../domain/edits';
import type { BudgetRead, Host } from '../host/types';
import { describeError, type ShownError } from './errors';
import { PaneContext, type Pane } from './pane-context';
import { StringsContext, stringsFor } from './strings';
import { fluentTheme, type PaneThemeName } from './theme';
import { EquityView } from './views/EquityView';
import { ForecastView } from './views/ForecastView';
import { SettingsView } from './views/SettingsView';
import { StructureView } from './views/StructureView';
import { TablesView } from './views/TablesView';
import { ValidateView } from './views/ValidateView';

const useStyles = makeStyles({
  // The pane's own background: in a dark Office theme the page behind it is dark too. Nothing
  // is wider than the pane: long words wrap, so a 320 px pane never scrolls sideways.
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0,
    minHeight: '100%', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  // A narrow pane wraps its tabs instead of hiding the last ones.
  tabs: { flexWrap: 'wrap' },
});

const TABS = ['validate', 'forecast', 'equity', 'tables', 'settings'] as const;
type TabId = (typeof TABS)[number];

export interface AppProps {
  host: Host;
  initialTab?: TabId;
  /** Office's theme (Office.context.officeTheme) as light or dark; light when not given. */
  theme?: PaneThemeName;
}

/** The task pane. It knows the workbook only through `host`, so Excel and the preview share it. */
export function App({ host, initialTab = 'validate', theme }: AppProps) {
  const t = useMemo(() => stringsFor(host.displayLanguage), [host]);
  const styles = useStyles();
  const [config, setConfig] = useState<Config>(defaultConfig);
  const [configProblem, setConfigProblem] = useState<string | null>(null);
  const [read, setRead] = useState<BudgetRead | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>(initialTab);
  // The host's undo stack is not React state: re-render after every action to show it.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const configRef = useRef(config);
  configRef.current = config;
  const busyRef = useRef(false);
  const tabState = useRef(new Map<string, unknown>()).current;

  useEffect(() => {
    let live = true;
    host.loadSettings().then(
      (raw) => {
        if (!live || raw === null || raw === undefined) return;
        const parsed = configSchema.safeParse(raw);
        if (parsed.success) setConfig(parsed.data);
        else setConfigProblem(parsed.error.issues.map(describeIssue).join('; '));
      },
      // Settings that cannot be read leave the defaults in force; the pane still works.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

  const reload = useCallback(async () => {
    const fresh = await host.readBudget(configRef.current);
    setRead(fresh);
    return fresh;
  }, [host]);

  const run = useCallback(
    async (label: string, action: () => Promise<void>) => {
      // One action at a time: a second click while Excel works would interleave two batches.
      if (busyRef.current) return false;
      busyRef.current = true;
      setBusy(label);
      setError(null);
      setNotice(null);
      try {
        await action();
        return true;
      } catch (e) {
        setError(describeError(e, t));
        return false;
      } finally {
        busyRef.current = false;
        setBusy(null);
        rerender();
      }
    },
    [t],
  );

  const apply = useCallback(
    async (plan: EditPlan, label: string) => {
      await host.apply(plan, label);
      return reload();
    },
    [host, reload],
  );

  const undo = () =>
    run(t.undo, async () => {
      const label = host.undoLabel() ?? '';
      const outcome = await host.undo();
      if (outcome) {
        // Cells the user changed since the action were left as they are: say which.
        setNotice([t.undone(label), ...outcome.kept].join(' '));
        if (read) await reload();
      }
    });

  const saveConfig = (next: Config) => {
    setConfig(next);
    setConfigProblem(null);
  };

  const pane: Pane = { host, config, setConfig: saveConfig, read, reload, run, apply, busy: busy !== null, tabState };
  const undoLabel = host.undoLabel();
  const protectedBudget = read && read.protectedSheets.includes(read.snapshot.sheetName) ? read.snapshot.sheetName : null;
  const views: Record<TabId, React.ReactNode> = {
    validate: (
      <>
        <ValidateView />
        <StructureView />
      </>
    ),
    forecast: <ForecastView />,
    equity: <EquityView />,
    tables: <TablesView />,
    settings: <SettingsView />,
  };

  return (
    <FluentProvider theme={fluentTheme(theme)}>
      <StringsContext.Provider value={t}>
        <PaneContext.Provider value={pane}>
          <div className={styles.root}>
            <header className={styles.header}>
              <Title3 as="h1">{t.appTitle}</Title3>
              <Button onClick={undo} disabled={!host.canUndo() || busy !== null} title={[undoLabel ? t.undoWhat(undoLabel) : t.nothingToUndo, host.nativeUndoNote].filter(Boolean).join('. ')}>
                {undoLabel ? t.undoWhat(undoLabel) : t.undo}
              </Button>
            </header>
            <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)} size="small" vertical={false}>
              {TABS.map((id) => (
                <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
                  {t.tabs[id]}
                </Tab>
              ))}
            </TabList>
            <div aria-live="polite">{busy && <Spinner size="tiny" label={`${busy}: ${t.working}`} />}</div>
            {configProblem && (
              <MessageBar intent="warning">
                <MessageBarBody>{t.settings.storedInvalid} {configProblem}</MessageBarBody>
              </MessageBar>
            )}
            {error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{error.title}</MessageBarTitle>
                  {error.body}
                  {error.hint && <div>{error.hint}</div>}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => setError(null)}>{t.errors.dismiss}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {notice && (
              <MessageBar intent="success">
                <MessageBarBody>{notice}</MessageBarBody>
              </MessageBar>
            )}
            {protectedBudget && (
              <MessageBar intent="warning">
                <MessageBarBody>{t.protectedWarning(protectedBudget)}</MessageBarBody>
              </MessageBar>
            )}
            {/* Only the open tab is drawn (a hidden forecast list was thousands of elements); each
                view keeps its choices and results in tabState, so they survive a change of tab. */}
            <section key={tab} id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
              {views[tab]}
            </section>
          </div>
        </PaneContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
