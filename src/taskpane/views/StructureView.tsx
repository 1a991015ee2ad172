import { Body1, Button, Caption1, makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { parseBudgetSheet } from '../../domain/parse';
import { describeStructure, payerName, roleName, type StructureReport } from '../../domain/structure-report';
import { usePane } from '../pane-context';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const HOW = { formula: 'formel', arithmetic: 'aritmetik', label: 'rubriker', config: 'konfiguration' } as const;

/**
 * "Så läste verktyget bladet": the table as the engine read it (header, years, every total with
 * the rows it covers and how that was decided, members, equity convention, what was skipped), so
 * the user can check it and correct it in the settings (structure.totals, unit, members).
 */
export function StructureView() {
  const { config, run, reload, busy } = usePane();
  const styles = useStyles();
  const [report, setReport] = useState<StructureReport | null>(null);
  const onShow = () =>
    run('Så läste verktyget bladet', async () => {
      const { snapshot } = await reload();
      setReport(describeStructure(snapshot, parseBudgetSheet(snapshot, config), config));
    });

  return (
    <section className={styles.root} aria-labelledby="structure-heading">
      <Subtitle2 as="h2" id="structure-heading">Så läste verktyget bladet</Subtitle2>
      <Button onClick={onShow} disabled={busy}>Visa hur bladet lästes</Button>
      {report && (
        <>
          <Body1 as="p" block>
            Bladet &quot;{report.sheet}&quot;: rubrikrad {report.headerRows.join(', ')}, radrubriker i kolumn {report.labelColumn}, budgetår{' '}
            {report.budgetYear ?? 'hittades inte'}, belopp i {report.unit.name} ({report.unit.source}).
          </Body1>
          <Caption1>Årskolumner: {report.years.map((y) => `${y.column} ${y.header}`).join(', ')}</Caption1>
          <Table size="extra-small" aria-label="Summor och vilka rader de omfattar">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Rad</TableHeaderCell>
                <TableHeaderCell>Summa</TableHeaderCell>
                <TableHeaderCell>Omfattar rad</TableHeaderCell>
                <TableHeaderCell>Avgjort av</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.totals.map((t) => (
                <TableRow key={t.row}>
                  <TableCell>{t.row}</TableCell>
                  <TableCell>{t.label}</TableCell>
                  <TableCell>{t.covers.join(', ')}{t.minus ? ` minus ${t.minus.join(', ')}` : ''}</TableCell>
                  <TableCell title={t.reason}>{t.uncertain ? 'osäker' : HOW[t.decidedBy]}: {t.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1>Medlemmar: {report.members.map((m) => `${m.label} (${payerName(m.payer)})`).join(', ') || 'inga hittades'}</Caption1>
          <Caption1>Eget kapital: {report.equity.description}.</Caption1>
          <Caption1>Rader: {report.rows.map((r) => `${r.row} ${roleName(r.role)}`).join(', ')}</Caption1>
          {report.skipped.length > 0 && (
            <ul className={styles.list} aria-label="Hoppade över">
              {report.skipped.map((s) => (
                <li key={s.cell}>{s.cell} &quot;{s.text}&quot;: {s.reason}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
