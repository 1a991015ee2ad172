import {
  Body1, Button, Caption1, FluentProvider, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle,
  Spinner, Subtitle1, tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { chooseBudgetSheet } from '../domain/choose';
import { defaultConfig } from '../domain/config';
import { NoBudgetTableError } from '../domain/parse';
import { App } from '../taskpane/App';
import { fluentTheme, type PaneThemeName } from '../taskpane/theme';
import { InputError } from '../workbook/errors';
import { snapshotOf } from '../workbook/snapshot';
import { FileHost } from './file-host';
import { Grid } from './Grid';
import { gridModelOf } from './grid-model';

export const SAMPLE_URL = 'examples/budgetplan-2026.xlsx';
const SAMPLE_NAME = 'budgetplan-2026.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  page: {
    display: 'flex', flexDirection: 'column', minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1,
    // A window as narrow as a task pane: the pane takes the whole width, the sheet goes below it.
    '@media (max-width: 640px)': { padding: 0 },
  },
  dragging: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  main: { display: 'flex', gap: tokens.spacingHorizontalM, flexGrow: 1, minHeight: 0, '@media (max-width: 640px)': { flexDirection: 'column' } },
  // Resizable as Excel's task pane is (drag the lower right corner), between 320 and 600 px.
  pane: {
    width: '470px',
    minWidth: '320px',
    maxWidth: '600px',
    resize: 'horizontal',
    flexShrink: 0,
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    '@media (max-width: 640px)': { width: 'auto', minWidth: 0, maxWidth: 'none', resize: 'none', border: 'none', borderRadius: 0 },
  },
  empty: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalM,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    padding: tokens.spacingHorizontalXXL,
  },
  hidden: { display: 'none' },
  // A long message must push the workbook down, not be squeezed under it (its Stäng button
  // would then sit beneath the grid's sheet tabs and could not be clicked).
  problem: { flexShrink: 0 },
});

interface Problem {
  intent: 'error' | 'warning';
  title: string;
  body: string;
  hint?: string;
}

function noSubscription(): () => void {
  return () => undefined;
}

/** The workbook's budget sheet, or why there is none: checked once when a file opens. */
function budgetProblem(host: FileHost): Problem | null {
  try {
    chooseBudgetSheet(host.workbook.worksheets.map(snapshotOf), defaultConfig);
    return null;
  } catch (e) {
    if (!(e instanceof NoBudgetTableError)) throw e;
    return {
      intent: 'warning',
      title: `Ingen budgettabell i ${host.fileName}`,
      body: e.message.charAt(0).toUpperCase() + e.message.slice(1) + '.',
      hint: 'Budgettabellen behöver en rubrikrad med årskolumner (till exempel "Budget 2026" och "Prognos 2027") och raderna "TOTALT" och "SUMMA KOSTNADER". Öppna en annan fil eller rätta bladet i Excel.',
    };
  }
}

/**
 * The preview: the task pane beside the sheet, on an .xlsx file that never leaves the browser.
 * Open a file (button or drag and drop) or the sample; the pane's actions change the workbook
 * in memory, and "Ladda ner" saves it.
 */
export function Preview({ displayLanguage = 'sv-SE', theme }: { displayLanguage?: string; theme?: PaneThemeName }) {
  const styles = useStyles();
  const [host, setHost] = useState<FileHost | null>(null);
  const [generation, setGeneration] = useState(0);
  const [loading, setLoading] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const subscribe = useCallback((l: () => void) => (host ? host.subscribe(l) : noSubscription()), [host]);
  const revision = useSyncExternalStore(subscribe, () => host?.revision ?? -1);
  const model = useMemo(() => {
    if (!host) return null;
    const ws = host.workbook.getWorksheet(host.activeSheet) ?? host.workbook.worksheets[0];
    return gridModelOf(ws);
    // revision: the workbook object changes in place (apply) or is replaced (undo).
  }, [host, revision]);

  const open = useCallback(
    async (what: string, bytes: () => Promise<ArrayBuffer>, name: string) => {
      setLoading(what);
      setProblem(null);
      try {
        const next = await FileHost.open(await bytes(), name, displayLanguage);
        setHost(next);
        setGeneration((g) => g + 1);
        setProblem(budgetProblem(next));
      } catch (e) {
        const body = e instanceof Error ? e.message : String(e);
        setProblem({
          intent: 'error',
          title: 'Filen kunde inte öppnas',
          body,
          hint: e instanceof InputError ? undefined : 'Försök igen. Kvarstår felet: öppna filen i Excel, spara som .xlsx och försök igen.',
        });
      } finally {
        setLoading(null);
      }
    },
    [displayLanguage],
  );

  const openFile = (file: File | undefined) => {
    if (!file) return;
    void open(`Öppnar ${file.name}`, () => file.arrayBuffer(), file.name);
  };
  const openSample = () =>
    open(
      'Öppnar exemplet',
      async () => {
        const response = await fetch(SAMPLE_URL);
        if (!response.ok) throw new Error(`exemplet kunde inte hämtas (HTTP ${response.status}); bygg om förhandsvisningen med npm run preview`);
        return response.arrayBuffer();
      },
      SAMPLE_NAME,
    );

  const download = async () => {
    if (!host) return;
    try {
      const bytes = await host.save();
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      const a = document.createElement('a');
      a.href = url;
      a.download = host.fileName.toLowerCase().endsWith('.xlsx') ? host.fileName : `${host.fileName}.xlsx`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      // The browser has taken the file; let it finish before the URL goes.
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setProblem({ intent: 'error', title: 'Arbetsboken kunde inte sparas', body: e instanceof Error ? e.message : String(e), hint: 'Försök igen.' });
    }
  };

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    openFile(e.dataTransfer.files[0]);
  };

  return (
    <FluentProvider theme={fluentTheme(theme)}>
      <div
        className={mergeClasses(styles.page, dragging && styles.dragging)}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <header className={styles.bar}>
          <Subtitle1 as="h1">Finsam Budget – förhandsvisning</Subtitle1>
          <span className={styles.grow} />
          {host && <Caption1 aria-label="Öppen fil">{host.fileName}</Caption1>}
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="Välj en .xlsx-fil"
            onChange={(e) => {
              openFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          {/* disabledFocusable while a file opens: a disabled button would drop the focus to the page body. */}
          <Button onClick={() => input.current?.click()} disabledFocusable={loading !== null}>Öppna arbetsbok…</Button>
          <Button onClick={openSample} disabledFocusable={loading !== null}>Öppna exemplet</Button>
          <Button appearance="primary" onClick={download} disabled={!host} disabledFocusable={!!host && loading !== null}>Ladda ner .xlsx</Button>
        </header>
        <div aria-live="polite">{loading && <Spinner size="tiny" label={`${loading}…`} />}</div>
        {problem && (
          <MessageBar className={styles.problem} intent={problem.intent} role={problem.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>
              <MessageBarTitle>{problem.title}</MessageBarTitle>
              {problem.body}
              {problem.hint && <div>{problem.hint}</div>}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setProblem(null)}>Stäng</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {host && model ? (
          <main className={styles.main}>
            <aside className={styles.pane} aria-label="Aktivitetsfönstret">
              <App key={generation} host={host} theme={theme} />
            </aside>
            <Grid
              model={model}
              sheetNames={host.workbook.worksheets.map((w) => w.name)}
              selected={host.selection?.sheet === model.sheet ? host.selection.cell : undefined}
              onSelect={(cell) => host.select(model.sheet, cell)}
              onShowSheet={(sheet) => host.showSheet(sheet)}
            />
          </main>
        ) : (
          <main className={styles.empty}>
            <Subtitle1 as="h2">Öppna en budgetplan</Subtitle1>
            <Body1>
              Dra en Excel-arbetsbok (.xlsx) hit, välj en med <strong>Öppna arbetsbok…</strong>, eller prova med <strong>Öppna exemplet</strong>.
            </Body1>
            <Body1>Filen läses här i webbläsaren och skickas ingenstans. Ändringar sparar du med <strong>Ladda ner .xlsx</strong>.</Body1>
          </main>
        )}
      </div>
    </FluentProvider>
  );
}
