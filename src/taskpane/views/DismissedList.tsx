import { Button, Caption1, Checkbox, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Config } from '../../domain/config';
import { restoreFinding, restoreRule } from '../../domain/dismiss';
import { ruleName } from '../../domain/finding-text';
import { useFindingStrings, useLang } from '../findings-strings';
import { usePane } from '../pane-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalL },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/**
 * In Inställningar: what has been marked "ignorera" (by cell or by rule, with the reason), each
 * with "Ta tillbaka"; and whether the list follows the sheet as it is edited. Stored with the
 * workbook, as the rest of the configuration.
 */
export function DismissedList() {
  const { host, config, setConfig, run, busy } = usePane();
  const s = useFindingStrings();
  const lang = useLang();
  const styles = useStyles();
  const keep = (next: Config, label: string) =>
    void run(label, async () => {
      await host.saveSettings(next);
      setConfig(next);
    });
  const { rules, findings } = config.dismissed;
  const entries = [
    ...rules.map((r) => ({ key: `rule:${r.rule}`, what: s.wholeRule(ruleName(r.rule, lang)), reason: r.reason, restore: () => restoreRule(config, r.rule) })),
    ...findings.map((f) => ({
      key: `cell:${f.rule}:${f.sheet}:${f.cell}`,
      what: `${f.sheet}!${f.cell}: ${ruleName(f.rule, lang)}`,
      reason: f.reason,
      restore: () => restoreFinding(config, f),
    })),
  ];
  return (
    <section className={styles.root} aria-labelledby="dismissed-title">
      <Checkbox
        checked={config.revalidateOnEdit}
        label={s.revalidate}
        disabled={busy}
        onChange={(_, d) => keep({ ...config, revalidateOnEdit: d.checked === true }, s.revalidate)}
      />
      <Caption1>{s.revalidateHint}</Caption1>
      <Subtitle2 as="h2" id="dismissed-title">
        {s.dismissedTitle} ({entries.length})
      </Subtitle2>
      {entries.length === 0 ? (
        <Caption1>{s.noneDismissed}</Caption1>
      ) : (
        <ul className={styles.list}>
          {entries.map((e) => (
            <li key={e.key} className={styles.item}>
              <span>
                {e.what}
                {e.reason && <Caption1 block>{e.reason}</Caption1>}
              </span>
              <Button size="small" onClick={() => keep(e.restore(), s.restoreLabel(e.what))} disabled={busy} aria-label={s.restoreLabel(e.what)}>
                {s.restore}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
