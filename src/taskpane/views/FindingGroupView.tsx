import { Button, CounterBadge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { ruleName } from '../../domain/finding-text';
import type { Remedy } from '../../domain/fixes';
import { groupTitle, type FindingGroup } from '../../domain/groups';
import { useFindingStrings, useLang } from '../findings-strings';
import { useStrings } from '../strings';
import { DismissForm } from './DismissForm';
import { FindingItem, type FindingActions } from './FindingItem';
import { RuleAbout } from './RuleAbout';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS },
  title: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { listStyle: 'none', margin: 0, padding: 0, paddingLeft: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column' },
  // The class's display would beat the hidden attribute: a closed list must really be gone.
  closed: { display: 'none' },
});

interface Props {
  group: FindingGroup;
  remedies: Map<unknown, Remedy>;
  actions: FindingActions & { fixAll(group: FindingGroup, remedies: Remedy[]): void };
  busy: boolean;
}

/** Cells drawn per group before "Visa alla". */
const SHOWN = 200;

/**
 * Findings of one rule and cause: one line ("20 summor är inskrivna som tal (B4:F4, …)"), one
 * button for every fix that changes no value, and the cells under it, shown on request.
 */
export function FindingGroupView({ group, remedies, actions, busy }: Props) {
  const s = useFindingStrings();
  const lang = useLang();
  const styles = useStyles();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [dismissing, setDismissing] = useState(false);
  const [all, setAll] = useState(false);
  const t = useStrings();
  const safe = group.findings.map((f) => remedies.get(f)).filter((r): r is Remedy => r?.kind === 'fix');
  const count = group.findings.length;
  return (
    <li className={styles.group} data-group={group.key}>
      <h3 className={styles.title}>
        <CounterBadge count={count} color={group.severity === 'error' ? 'danger' : 'important'} aria-hidden />
        <span>{groupTitle(group, lang)}</span>
      </h3>
      <div className={styles.actions}>
        <Button size="small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          {open ? s.hideCells(count) : s.showCells(count)}
        </Button>
        {safe.length > 0 && (
          <Button size="small" appearance="primary" onClick={() => actions.fixAll(group, safe)} disabled={busy}>
            {s.fixAll(safe.length)}
          </Button>
        )}
        <Button size="small" appearance="subtle" aria-expanded={dismissing} onClick={() => setDismissing((d) => !d)}>
          {s.dismiss}
        </Button>
        <RuleAbout rule={group.rule} />
      </div>
      {dismissing && (
        <DismissForm ruleName={ruleName(group.rule, lang)} onRule={(reason) => actions.dismissRule(group.rule, reason)} onCancel={() => setDismissing(false)} disabled={busy} />
      )}
      {/* Rendered while hidden, so the list in the page is the validation; a large sheet's group
          (thousands of blanks) draws its first SHOWN cells and the rest on request. */}
      <ul id={listId} className={mergeClasses(styles.list, !open && styles.closed)} hidden={!open}>
        {(all ? group.findings : group.findings.slice(0, SHOWN)).map((f) => (
          <FindingItem key={f.cell} finding={f} remedy={remedies.get(f)} actions={actions} busy={busy} showAbout={false} />
        ))}
      </ul>
      {open && !all && count > SHOWN && (
        <Button appearance="subtle" onClick={() => setAll(true)}>
          {t.validate.showAll(count)}
        </Button>
      )}
    </li>
  );
}
