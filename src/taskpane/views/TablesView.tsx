import { Body1, Button, Checkbox, Field, Link, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from '@fluentui/react-components';
import { buildTables, tableIds, type InsertedTable, type TableId, type TablePlacement } from '../../domain/tables';
import { HostError } from '../../host/types';
import { usePane, useTabState } from '../pane-context';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0 },
});

type Mode = 'new-sheet' | 'at';

/** Infoga tabeller: pick tables and where; the engine lays them out, the host writes them at once. */
export function TablesView() {
  const { host, config, read, reload, run, apply, busy } = usePane();
  const t = useStrings();
  const styles = useStyles();
  const [chosen, setChosen] = useTabState<Set<TableId>>('tables.chosen', () => new Set(['equity']));
  const [mode, setMode] = useTabState<Mode>('tables.mode', 'new-sheet');
  const [inserted, setInserted] = useTabState<InsertedTable[]>('tables.inserted', []);

  const toggle = (id: TableId, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const onInsert = () =>
    run(t.tables.label, async () => {
      // Read afresh: the selection and the free table and sheet names are those of this moment.
      const fresh = await reload();
      let placement: TablePlacement = { mode: 'new-sheet' };
      if (mode === 'at') {
        if (!fresh.selection) throw new HostError('no-selection', 'Ingen cell är markerad. Markera cellen där tabellerna ska börja.');
        placement = { mode: 'at', sheet: fresh.selection.sheet, cell: fresh.selection.cell };
      }
      const only = tableIds.filter((id) => chosen.has(id));
      const { tables, plan } = buildTables(fresh.snapshot, config, {
        only,
        placement,
        workbook: { sheetNames: fresh.sheetNames, tableNames: fresh.tableNames, sheets: fresh.sheets },
      });
      await apply(plan, t.tables.label);
      setInserted(tables);
    });

  const where = read?.selection ? `${read.selection.sheet}!${read.selection.cell}` : null;
  return (
    <div>
      <Body1 as="p" block>{t.tables.intro}</Body1>
      <div className={styles.form}>
        <fieldset className={styles.group}>
          <legend>{t.tables.choose}</legend>
          {tableIds.map((id) => (
            <Checkbox key={id} label={t.tables.names[id]} checked={chosen.has(id)} onChange={(_, d) => toggle(id, d.checked === true)} />
          ))}
        </fieldset>
        <Field label={t.tables.placement}>
          <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as Mode)}>
            <Radio value="new-sheet" label={t.tables.newSheet} />
            <Radio value="at" label={where ? t.tables.atSelection(where) : t.tables.atSelectionUnknown} />
          </RadioGroup>
        </Field>
        <Field validationMessage={chosen.size === 0 ? t.tables.noneChosen : undefined} validationState={chosen.size === 0 ? 'warning' : 'none'}>
          <Button appearance="primary" onClick={onInsert} disabled={busy || chosen.size === 0}>
            {t.tables.insert}
          </Button>
        </Field>
      </div>
      {inserted.length > 0 && (
        <>
          <Subtitle2 as="h2">{t.tables.inserted}</Subtitle2>
          <ul>
            {inserted.map((tb) => (
              <li key={tb.name}>
                <Link as="button" onClick={() => run(tb.title, () => host.selectCell(tb.sheet, tb.range.split(':')[0]))}>
                  {tb.title}: {tb.sheet}!{tb.range}
                </Link>{' '}
                {tb.renamedFrom && t.tables.renamed(tb.renamedFrom)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
