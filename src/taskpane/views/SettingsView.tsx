import {
  Body1, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Textarea, tokens,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import type { z } from 'zod';
import { configSchema, defaultConfig, describeIssue, type Config } from '../../domain/config';
import { usePane, useTabState } from '../pane-context';
import { useStrings } from '../strings';
import { DismissedList } from './DismissedList';
import { fromDraft, toDraft, type Draft } from './settings-draft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  // Two inputs and a button per tier fit 320 px: the fields shrink (an input's own minimum is
  // wider than half a narrow pane), the button keeps its size.
  tier: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', '& > .fui-Field': { flex: '1 1 0', minWidth: 0 } },
  input: { minWidth: 0, width: '100%' },
  remove: { minWidth: 'auto', flexShrink: 0 },
  fieldset: { minWidth: 0, margin: 0, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Issue = z.core.$ZodIssue;

/** Inställningar: the configuration as a form, checked by the same zod schema as the CLI's. */
export function SettingsView() {
  const { host, config, setConfig, run, busy } = usePane();
  const t = useStrings();
  const s = t.settings;
  const styles = useStyles();
  const [draft, setDraft] = useTabState<Draft>('settings.draft', () => toDraft(config));
  const [issues, setIssues] = useTabState<Issue[]>('settings.issues', []);
  const [saved, setSaved] = useTabState('settings.saved', false);
  // The configuration loaded from the workbook arrives after the first render; a draft kept
  // from an earlier visit of the tab stays unless the configuration has changed since.
  const [basis, setBasis] = useTabState<Config>('settings.basis', config);
  useEffect(() => {
    if (basis === config) return;
    setBasis(config);
    setDraft(toDraft(config));
  }, [basis, config, setBasis, setDraft]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };
  const setTier = (i: number, key: 'upTo' | 'rate', value: string) => set('tiers', draft.tiers.map((tier, j) => (j === i ? { ...tier, [key]: value } : tier)));
  // A field shows the first problem whose path begins with its own.
  const messageFor = (path: string) => {
    const issue = issues.find((i) => i.path.join('.') === path || i.path.join('.').startsWith(`${path}.`));
    return issue ? describeIssue(issue) : undefined;
  };
  const field = (path: string) => {
    const message = messageFor(path);
    return message ? { validationMessage: message, validationState: 'error' as const } : {};
  };

  const onSave = () => {
    const parsed = configSchema.safeParse(fromDraft(draft, config));
    if (!parsed.success) {
      setIssues(parsed.error.issues);
      setSaved(false);
      return;
    }
    setIssues([]);
    void run(s.save, async () => {
      await host.saveSettings(parsed.data);
      setConfig(parsed.data);
      setSaved(true);
    });
  };

  return (
    <div>
      <Body1 as="p" block>{host.settingsTravelWithFile ? s.intro : s.introSession}</Body1>
      {issues.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.invalid}</MessageBarTitle>
            <ul>{issues.map((i, n) => <li key={n}>{describeIssue(i)}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{host.settingsTravelWithFile ? s.saved : s.savedSession}</MessageBarBody>
        </MessageBar>
      )}
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); onSave(); }}>
        <Field label={s.floor} {...field('equity.floor')}>
          <Input value={draft.floor} onChange={(_, d) => set('floor', d.value)} inputMode="decimal" />
        </Field>
        <fieldset className={styles.fieldset}>
          <legend>{s.tiers}</legend>
          {draft.tiers.map((tier, i) => (
            <div key={i} className={styles.tier}>
              <Field label={s.upTo(i + 1)} {...field(`equity.capTiers.${i}.upTo`)}>
                <Input className={styles.input} value={tier.upTo} onChange={(_, d) => setTier(i, 'upTo', d.value)} inputMode="decimal" />
              </Field>
              <Field label={s.rate(i + 1)} {...field(`equity.capTiers.${i}.rate`)}>
                <Input className={styles.input} value={tier.rate} onChange={(_, d) => setTier(i, 'rate', d.value)} inputMode="decimal" />
              </Field>
              <Button className={styles.remove} aria-label={s.removeTier(i + 1)} onClick={() => set('tiers', draft.tiers.filter((_, j) => j !== i))} disabled={draft.tiers.length <= 1}>
                ×
              </Button>
            </div>
          ))}
          <Field {...field('equity.capTiers')}>
            <Button onClick={() => set('tiers', [...draft.tiers, { upTo: '', rate: '' }])}>{s.addTier}</Button>
          </Field>
        </fieldset>
        <Field label={s.tolerance} {...field('tolerance')}>
          <Input value={draft.tolerance} onChange={(_, d) => set('tolerance', d.value)} inputMode="decimal" />
        </Field>
        <Field label={s.horizon} {...field('forecast.horizon')}>
          <Input value={draft.horizon} onChange={(_, d) => set('horizon', d.value)} inputMode="numeric" />
        </Field>
        <Field label={s.indexRate} {...field('forecast.indexRate')}>
          <Input value={draft.indexRate} onChange={(_, d) => set('indexRate', d.value)} inputMode="decimal" />
        </Field>
        <Field label={s.excluded} {...field('excludedRows.labels')}>
          <Textarea value={draft.excluded} onChange={(_, d) => set('excluded', d.value)} resize="vertical" />
        </Field>
        <Field label={s.insatsEnd} {...field('forecast.insatsEndYears')}>
          <Textarea value={draft.insatsEnd} onChange={(_, d) => set('insatsEnd', d.value)} resize="vertical" />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>{s.save}</Button>
          <Button onClick={() => { setDraft(toDraft(defaultConfig)); setIssues([]); setSaved(false); }}>{s.reset}</Button>
        </div>
      </form>
      <DismissedList />
      {host.nativeUndoNote && <Body1 as="p">{host.nativeUndoNote}</Body1>}
    </div>
  );
}
