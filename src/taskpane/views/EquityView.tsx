import { Body1, Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useMemo } from 'react';
import { computeEquity } from '../../domain/equity';
import { formatKronor } from '../../domain/format';
import { parseBudgetSheet } from '../../domain/parse';
import { usePane } from '../pane-context';
import { useStrings } from '../strings';
import { EquityChart } from './EquityChart';

const COLUMNS = ['year', 'opening', 'contributions', 'closing', 'cap', 'floor', 'status'] as const;

const useStyles = makeStyles({
  // Seven columns do not fit a narrow pane: the table scrolls sideways instead of breaking numbers.
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  cell: { whiteSpace: 'nowrap' },
  amount: { whiteSpace: 'nowrap', textAlign: 'right' },
});

/** Eget kapital: the chart and the table of closing equity, cap and floor per year. */
export function EquityView() {
  const { config, read, reload, run, busy } = usePane();
  const t = useStrings();
  const styles = useStyles();
  const equity = useMemo(() => {
    if (!read) return null;
    try {
      return computeEquity(parseBudgetSheet(read.snapshot, config), config);
    } catch {
      return null; // the read itself reports a sheet that does not parse
    }
  }, [read, config]);

  return (
    <div>
      <Body1 as="p" block>{t.equity.intro}</Body1>
      <Button appearance="primary" onClick={() => run(t.equity.show, async () => void (await reload()))} disabled={busy}>
        {t.equity.show}
      </Button>
      {equity && (
        <>
          <EquityChart years={equity} />
          <div className={styles.scroll} tabIndex={0} role="region" aria-label={t.equity.closing}>
            <Table size="extra-small" aria-label={t.equity.closing} className={styles.table}>
              <TableHeader>
                <TableRow>{COLUMNS.map((c) => <TableHeaderCell key={c} className={styles.cell}>{t.equity.columns[c]}</TableHeaderCell>)}</TableRow>
              </TableHeader>
              <TableBody>
                {equity.map((e) => (
                  <TableRow key={e.year}>
                    <TableCell className={styles.cell}>{e.year}</TableCell>
                    {[e.opening, e.contributions, e.closing, e.cap, e.floor].map((v, i) => (
                      <TableCell key={i} className={styles.amount}>{v === null ? '–' : formatKronor(v)}</TableCell>
                    ))}
                    <TableCell className={styles.cell}>{t.equity.status[e.status]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}
