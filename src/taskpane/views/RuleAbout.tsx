import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { ruleName } from '../../domain/finding-text';
import { ruleDocs } from '../../domain/rules/docs';
import { useFindingStrings, useLang } from '../findings-strings';

const useStyles = makeStyles({
  text: { display: 'block', marginTop: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0 },
  def: { marginLeft: 0, marginBottom: tokens.spacingVerticalXS },
});

/** "Om regeln": what the rule checks, why it matters for a samordningsförbund, and its source. */
export function RuleAbout({ rule }: { rule: string }) {
  const [open, setOpen] = useState(false);
  const s = useFindingStrings();
  const lang = useLang();
  const styles = useStyles();
  const id = useId();
  const doc = ruleDocs[rule];
  if (!doc) return null;
  const name = ruleName(rule, lang);
  return (
    <>
      <Button size="small" appearance="transparent" aria-expanded={open} aria-controls={id} aria-label={s.aboutLabel(name)} onClick={() => setOpen((o) => !o)}>
        {s.about}
      </Button>
      {open && (
        <div id={id} className={styles.text} role="region" aria-label={s.aboutLabel(name)}>
          <Caption1 block>
            <strong>{name}</strong>
          </Caption1>
          <dl className={styles.list}>
            <dt className={styles.term}>{s.what}</dt>
            <dd className={styles.def}>{doc.what}</dd>
            <dt className={styles.term}>{s.why}</dt>
            <dd className={styles.def}>{doc.why}</dd>
            <dt className={styles.term}>{s.source}</dt>
            <dd className={styles.def}>{doc.source}</dd>
          </dl>
        </div>
      )}
    </>
  );
}
