import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { findingMessage, numberLines, ruleName } from '../../domain/finding-text';
import type { Finding } from '../../domain/findings';
import type { Remedy } from '../../domain/fixes';
import { describeRemedy, remedyNumbers } from '../../domain/remedy-text';
import { useFindingStrings, useLang } from '../findings-strings';
import { DismissForm } from './DismissForm';
import { RuleAbout } from './RuleAbout';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  finding: { flexGrow: 1, textAlign: 'left', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular, minWidth: 0, whiteSpace: 'normal' },
  numbers: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, margin: 0, paddingLeft: tokens.spacingHorizontalM },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, whiteSpace: 'nowrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalM },
  confirm: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
});

/** What the list does with a finding; ValidateView owns the writes. */
export interface FindingActions {
  select(finding: Finding): void;
  remedy(finding: Finding, remedy: Remedy): void;
  dismissCell(finding: Finding, reason: string): void;
  dismissRule(rule: string, reason: string): void;
}

interface Props {
  finding: Finding;
  remedy?: Remedy;
  actions: FindingActions;
  busy: boolean;
  /** Inside a group the rule's explanation is given once, at the group. */
  showAbout?: boolean;
}

/** One finding: its cell (a click goes there), the message, its numbers, and what can be done. */
export function FindingItem({ finding: f, remedy, actions, busy, showAbout = true }: Props) {
  const s = useFindingStrings();
  const lang = useLang();
  const styles = useStyles();
  const [panel, setPanel] = useState<'none' | 'confirm' | 'dismiss'>('none');
  const numbers = numberLines(f, lang);
  const name = ruleName(f.rule, lang);
  return (
    <li className={styles.item} data-finding-rule={f.rule} data-finding-cell={f.cell}>
      <div className={styles.head}>
        <Button appearance="subtle" className={styles.finding} onClick={() => actions.select(f)} disabled={busy} title={s.goTo(f.cell)}>
          <span>
            <strong>{f.cell}</strong> {findingMessage(f, lang)}
          </span>
        </Button>
      </div>
      {numbers.length > 0 && (
        <dl className={styles.numbers}>
          {numbers.map((n) => (
            <div key={n.label} className={styles.pair}>
              <dt className={styles.term}>{n.label}</dt>
              <dd className={styles.def}>{n.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className={styles.actions}>
        {remedy?.kind === 'fix' && (
          <Button size="small" onClick={() => actions.remedy(f, remedy)} disabled={busy} aria-label={s.fixLabel(f.cell)} title={describeRemedy(remedy, lang)}>
            {s.fix}
          </Button>
        )}
        {remedy?.kind === 'suggestion' && (
          <Button size="small" onClick={() => setPanel(panel === 'confirm' ? 'none' : 'confirm')} disabled={busy} aria-expanded={panel === 'confirm'} aria-label={s.suggestLabel(f.cell)}>
            {s.suggest}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={() => setPanel(panel === 'dismiss' ? 'none' : 'dismiss')} aria-expanded={panel === 'dismiss'} aria-label={s.dismissLabel(f.cell)}>
          {s.dismiss}
        </Button>
        {showAbout && <RuleAbout rule={f.rule} />}
      </div>
      {panel === 'confirm' && remedy && <Confirm finding={f} remedy={remedy} busy={busy} onConfirm={() => actions.remedy(f, remedy)} onCancel={() => setPanel('none')} />}
      {panel === 'dismiss' && (
        <DismissForm
          ruleName={name}
          onCell={(reason) => actions.dismissCell(f, reason)}
          onRule={(reason) => actions.dismissRule(f.rule, reason)}
          onCancel={() => setPanel('none')}
          disabled={busy}
        />
      )}
    </li>
  );
}

/** A value-changing replacement, written only after the user has seen both numbers and the equity effect. */
function Confirm({ finding, remedy, busy, onConfirm, onCancel }: { finding: Finding; remedy: Remedy; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const s = useFindingStrings();
  const lang = useLang();
  const styles = useStyles();
  const n = remedyNumbers(remedy);
  return (
    <div className={styles.confirm} role="group" aria-label={s.confirmTitle(finding.cell)}>
      <Caption1 block>
        <strong>{s.confirmTitle(finding.cell)}</strong>
      </Caption1>
      <span>{describeRemedy(remedy, lang)}</span>
      <dl className={styles.numbers}>
        <dt className={styles.term}>{s.confirmNow}</dt>
        <dd className={styles.def}>{n.before}</dd>
        <dt className={styles.term}>{s.confirmAfter}</dt>
        <dd className={styles.def}>{n.after}</dd>
        {remedy.equity && n.equity && (
          <>
            <dt className={styles.term}>{s.confirmEquity(remedy.equity.year)}</dt>
            <dd className={styles.def}>{n.equity}</dd>
          </>
        )}
      </dl>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" onClick={onConfirm} disabled={busy} aria-label={s.confirmLabel(finding.cell)}>
          {s.confirm}
        </Button>
        <Button size="small" onClick={onCancel} autoFocus>
          {s.cancel}
        </Button>
      </div>
    </div>
  );
}
