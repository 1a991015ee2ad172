import { Button, Caption1, Link, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { reportModel } from '../../domain/report';
import { controlSheetPlan } from '../../domain/report-sheet';
import type { Validation } from '../../domain/validate';
import type { BudgetRead } from '../../host/types';
import { reportHtml } from '../../report/html';
import { version } from '../../../package.json';
import { usePane } from '../pane-context';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

/** The window keeps its own copy once loaded; the URL only has to live until then. */
const REVOKE_AFTER_MS = 60_000;

/** Today in the pane's clock, YYYY-MM-DD (the engine reads no clock). */
function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/**
 * The control report of the sheet as last read and checked: opened in a new window to print
 * (a Blob URL, so nothing leaves the machine), offered as a download where a window cannot be
 * opened (a blocked pop-up, an Office webview), or written into the workbook as a sheet
 * "Kontroll" through the host, as one action the pane's Ångra takes back.
 */
export function ReportActions({ read, validation }: { read: BudgetRead; validation: Validation }) {
  const { host, config, run, apply, busy } = usePane();
  const t = useStrings().report;
  const styles = useStyles();
  const [opened, setOpened] = useState(false);
  const [download, setDownload] = useState<string | null>(null);
  useEffect(() => () => void (download && URL.revokeObjectURL(download)), [download]);

  const model = () => reportModel({ file: host.fileName ?? t.workbook, snapshot: read.snapshot, validation, date: today(), version, config });
  const onCreate = () => {
    const url = URL.createObjectURL(new Blob([reportHtml(model())], { type: 'text/html;charset=utf-8' }));
    // No "noopener": with it window.open returns null even when the window opened.
    const win = window.open(url, '_blank');
    setOpened(win !== null);
    if (win) {
      setDownload(null);
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    } else setDownload(url);
  };
  const onInsert = () => {
    const { sheet, plan } = controlSheetPlan(model(), read.sheetNames);
    const label = t.insertLabel(sheet);
    void run(label, async () => void (await apply(plan, label)));
  };

  return (
    <>
      <div className={styles.row}>
        <Button size="small" onClick={onCreate} disabled={busy}>{t.create}</Button>
        <Button size="small" onClick={onInsert} disabled={busy}>{t.insert}</Button>
      </div>
      {opened && (
        <p><Caption1 role="status">{t.opened}</Caption1></p>
      )}
      {download && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.blocked} <Link href={download} download={t.download}>{t.download}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
