import { Body1, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useMemo } from 'react';
import { computeEquity } from '../../domain/equity';
import { formatKronor } from '../../domain/format';
import { parseBudgetSheet } from '../../domain/parse';
import { usePane } from '../pane-context';
import { useStrings } from '../strings';
import { EquityChart } from './EquityChart';

const COLUMNS = ['year', 'opening', 'contributions', 'closing', 'cap', 'floor', 'status'] as const;

/** Eget kapital: the chart and the table of closing equity, cap and floor per year. */
export function EquityView() {
  const { config, read, reload, run, busy } = usePane();
  const t = useStrings();
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
          <Table size="extra-small" aria-label={t.equity.closing}>
            <TableHeader>
              <TableRow>{COLUMNS.map((c) => <TableHeaderCell key={c}>{t.equity.columns[c]}</TableHeaderCell>)}</TableRow>
            </TableHeader>
            <TableBody>
              {equity.map((e) => (
                <TableRow key={e.year}>
                  <TableCell>{e.year}</TableCell>
                  <TableCell>{e.opening === null ? '–' : formatKronor(e.opening)}</TableCell>
                  <TableCell>{formatKronor(e.contributions)}</TableCell>
                  <TableCell>{formatKronor(e.closing)}</TableCell>
                  <TableCell>{formatKronor(e.cap)}</TableCell>
                  <TableCell>{formatKronor(e.floor)}</TableCell>
                  <TableCell>{t.equity.status[e.status]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
