import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useFindingStrings } from '../findings-strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  /** The rule's name, for "Ignorera regeln …". */
  ruleName: string;
  /** Dismiss one finding (absent for a group: there the whole rule, or each cell, is dismissed). */
  onCell?: (reason: string) => void;
  onRule: (reason: string) => void;
  onCancel: () => void;
  disabled: boolean;
}

/** "Ignorera": an optional reason, then the cell or the whole rule. */
export function DismissForm({ ruleName, onCell, onRule, onCancel, disabled }: Props) {
  const s = useFindingStrings();
  const styles = useStyles();
  const [reason, setReason] = useState('');
  return (
    <div className={styles.form} role="group" aria-label={s.dismiss}>
      <Field label={s.reason}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} autoFocus />
      </Field>
      <div className={styles.actions}>
        {onCell && (
          <Button size="small" onClick={() => onCell(reason)} disabled={disabled}>
            {s.dismissCell}
          </Button>
        )}
        <Button size="small" onClick={() => onRule(reason)} disabled={disabled}>
          {s.dismissRule(ruleName)}
        </Button>
        <Button size="small" appearance="subtle" onClick={onCancel}>
          {s.cancel}
        </Button>
      </div>
    </div>
  );
}
