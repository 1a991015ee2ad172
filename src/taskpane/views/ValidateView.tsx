import { Body1, Button, Caption1, CounterBadge, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { dismissFinding, dismissRule, splitDismissed } from '../../domain/dismiss';
import type { Finding, Severity } from '../../domain/findings';
import { planOf, remediesFor, type Remedy } from '../../domain/fixes';
import { groupFindings, type FindingGroup } from '../../domain/groups';
import { markerPlan } from '../../domain/markers';
import { validate } from '../../domain/validate';
import type { Config } from '../../domain/config';
import { useFindingStrings } from '../findings-strings';
import { usePane, useTabState } from '../pane-context';
import { useStrings } from '../strings';
import { FindingGroupView } from './FindingGroupView';
import { FindingItem } from './FindingItem';
import { ReportActions } from './ReportActions';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  marks: { display: 'flex', gap: tokens.spacingHorizontalS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

/** Edits come in bursts (a paste, a fill-down): check once they have paused. */
export const REVALIDATE_DELAY_MS = 600;

/**
 * Validera: the findings grouped by rule and cause, errors first. The list is worked out from the
 * pane's last read of the sheet, and the pane reads again after every write and every undo, so
 * the list always describes the sheet as the host reads it back.
 */
export function ValidateView() {
  const { host, config, setConfig, read, reload, run, apply, busy } = usePane();
  const t = useStrings();
  const s = useFindingStrings();
  const styles = useStyles();
  // Kept while another tab is open (only the open tab is drawn).
  const [validated, setValidated] = useTabState('validate.validated', false);

  const result = useMemo(() => {
    if (!validated || !read) return null;
    const checked = validate(read.snapshot, config);
    const { active, dismissed } = splitDismissed(checked.findings, config);
    return { read, validation: checked, active, dismissed, groups: groupFindings(active), remedies: remediesFor(active, read.snapshot, config, checked.sheet) };
  }, [validated, read, config]);

  // In Excel the list also follows the user's own edits: one read once they pause, unless the
  // switch in Inställningar is off, and never in the middle of the pane's own action.
  const busyRef = useRef(busy);
  busyRef.current = busy;
  const watched = validated && config.revalidateOnEdit ? read?.snapshot.sheetName : undefined;
  useEffect(() => {
    if (!watched || !host.watchSheet) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (live && !busyRef.current) reload().catch(() => undefined);
      }, REVALIDATE_DELAY_MS);
    };
    host.watchSheet(watched, changed).then(
      (s) => (live ? (stop = s) : void s().catch(() => undefined)),
      () => undefined, // no events (an old Excel): the list follows the pane's own actions only
    );
    return () => {
      live = false;
      clearTimeout(timer);
      stop?.().catch(() => undefined);
    };
  }, [watched, host, reload]);

  const onValidate = () =>
    run(t.validate.run, async () => {
      await reload();
      setValidated(true);
    });
  const write = (remedies: Remedy[], sheet: string, label: string) => run(label, async () => void (await apply(planOf(sheet, remedies), label)));
  const keep = (next: Config, label: string) =>
    run(label, async () => {
      await host.saveSettings(next);
      setConfig(next);
    });
  // Marks are one host action: taking them away is that action's undo, so every cell gets back
  // exactly the formatting it had (offered while the marking is the last action).
  const marked = host.undoLabel() === s.marked;
  const onMark = () => result && void run(s.marked, async () => void (await apply(markerPlan(result.read.snapshot.sheetName, result.active), s.marked)));
  const onUnmark = () =>
    void run(s.unmark, async () => {
      if (host.undoLabel() === s.marked && (await host.undo())) await reload();
    });
  const actions = {
    select: (f: Finding) => void run(s.goTo(f.cell), () => host.selectCell(f.sheet, f.cell)),
    remedy: (f: Finding, r: Remedy) => void write([r], f.sheet, r.kind === 'fix' ? s.fixed(f.cell) : s.replaced(f.cell)),
    fixAll: (g: FindingGroup, rs: Remedy[]) => void write(rs, g.findings[0].sheet, s.fixedAll(rs.length)),
    dismissCell: (f: Finding, reason: string) => void keep(dismissFinding(config, f, reason), s.dismissLabel(f.cell)),
    dismissRule: (rule: string, reason: string) => void keep(dismissRule(config, rule, reason), s.dismiss),
  };

  const section = (severity: Severity, title: string) => {
    const groups = result!.groups.filter((g) => g.severity === severity);
    if (groups.length === 0) return null;
    const count = groups.reduce((n, g) => n + g.findings.length, 0);
    const headingId = `findings-${severity}`;
    return (
      <div>
        <div className={styles.heading}>
          <Subtitle2 as="h2" id={headingId}>{title}</Subtitle2>
          <CounterBadge count={count} color={severity === 'error' ? 'danger' : 'important'} aria-hidden />
        </div>
        <ul className={styles.list} aria-labelledby={headingId}>
          {groups.map((g) =>
            g.findings.length === 1 ? (
              <FindingItem key={g.key} finding={g.findings[0]} remedy={result!.remedies.get(g.findings[0])} actions={actions} busy={busy} />
            ) : (
              <FindingGroupView key={g.key} group={g} remedies={result!.remedies} actions={actions} busy={busy} />
            ),
          )}
        </ul>
      </div>
    );
  };

  const errors = result?.active.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (result?.active.length ?? 0) - errors;
  return (
    <div>
      <Body1 as="p" block>{t.validate.intro}</Body1>
      <Button appearance="primary" onClick={onValidate} disabled={busy}>
        {t.validate.run}
      </Button>
      {result && (
        <>
          <p>
            <Caption1 role="status">
              {t.sheetRead(result.read.snapshot.sheetName)}: {s.summary(errors, warnings)}
              {result.dismissed.length > 0 && ` · ${s.dismissedCount(result.dismissed.length)}`}
            </Caption1>
          </p>
          <ReportActions read={result.read} validation={result.validation} />
          {result.active.length > 0 && (
            <div className={styles.marks}>
              {marked ? (
                <Button size="small" onClick={onUnmark} disabled={busy}>{s.unmark}</Button>
              ) : (
                <Button size="small" onClick={onMark} disabled={busy} title={s.markHint}>{s.mark}</Button>
              )}
            </div>
          )}
          {result.active.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>{t.validate.none}</MessageBarBody>
            </MessageBar>
          )}
          {section('error', t.validate.errors)}
          {section('warning', t.validate.warnings)}
        </>
      )}
    </div>
  );
}
