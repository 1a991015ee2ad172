import { Body1, Button, Caption1, CounterBadge, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CellEdit } from '../../domain/edits';
import type { Finding, Severity } from '../../domain/findings';
import { fixFor } from '../../domain/fixes';
import { formatKronor } from '../../domain/format';
import type { SheetSnapshot } from '../../domain/snapshot';
import { validate } from '../../domain/validate';
import { usePane, useTabState } from '../pane-context';
import { useStrings, type Strings } from '../strings';

/** Findings drawn per severity before "Visa alla". */
const SHOWN = 200;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  finding: { flexGrow: 1, textAlign: 'left', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular, minWidth: 0, whiteSpace: 'normal' },
  group: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

interface Result {
  snapshot: SheetSnapshot;
  findings: Finding[];
}

/** Validera: the findings by severity; a click selects the cell, Åtgärda applies a safe fix. */
export function ValidateView() {
  const { host, config, run, reload, apply, busy } = usePane();
  const t = useStrings();
  const styles = useStyles();
  const [result, setResult] = useTabState<Result | null>('validate.result', null);
  const [expanded, setExpanded] = useTabState<Partial<Record<Severity, boolean>>>('validate.expanded', {});

  const check = (snapshot: SheetSnapshot) => setResult({ snapshot, findings: validate(snapshot, config).findings });
  const onValidate = () => run(t.validate.run, async () => check((await reload()).snapshot));
  const fixes = useMemo(() => {
    const out = new Map<Finding, CellEdit>();
    if (!result) return out;
    for (const f of result.findings) {
      try {
        const edit = fixFor(f, result.snapshot, config);
        if (edit) out.set(f, edit);
      } catch {
        // No fix is offered where the engine cannot make a safe one.
      }
    }
    return out;
  }, [result, config]);

  const onFix = (finding: Finding, edit: CellEdit) =>
    run(t.validate.fix, async () => {
      const label = t.validate.fixed(finding.cell);
      const fresh = await apply([{ sheet: finding.sheet, create: false, edits: [edit], tables: [], columnWidths: {} }], label);
      check(fresh.snapshot);
    });
  const onSelect = (finding: Finding) => run(t.validate.goTo(finding.cell), () => host.selectCell(finding.sheet, finding.cell));

  const group = (severity: Severity, title: string) => {
    const all = result!.findings.filter((f) => f.severity === severity);
    if (all.length === 0) return null;
    // A large sheet can have thousands of findings: draw the first ones, the rest on request.
    const items = expanded[severity] ? all : all.slice(0, SHOWN);
    const headingId = `findings-${severity}`;
    return (
      <div>
        <div className={styles.group}>
          <Subtitle2 as="h2" id={headingId}>{title}</Subtitle2>
          <CounterBadge count={all.length} color={severity === 'error' ? 'danger' : 'important'} aria-hidden />
        </div>
        <ul className={styles.list} aria-labelledby={headingId}>
          {items.map((f, i) => {
            const fix = fixes.get(f);
            return (
              <li key={`${f.rule}-${f.cell}-${i}`} className={styles.item}>
                <Button appearance="subtle" className={styles.finding} onClick={() => onSelect(f)} disabled={busy} title={t.validate.goTo(f.cell)}>
                  <span>
                    <strong>{f.cell}</strong> {f.message}
                    {numbers(f, t)}
                  </span>
                </Button>
                {fix && (
                  <Button size="small" onClick={() => onFix(f, fix)} disabled={busy} aria-label={t.validate.fixLabel(f.cell)}>
                    {t.validate.fix}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
        {items.length < all.length && (
          <Button appearance="subtle" onClick={() => setExpanded((e) => ({ ...e, [severity]: true }))}>
            {t.validate.showAll(all.length)}
          </Button>
        )}
      </div>
    );
  };

  const errors = result?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (result?.findings.length ?? 0) - errors;
  return (
    <div>
      <Body1 as="p" block>{t.validate.intro}</Body1>
      <Button appearance="primary" onClick={onValidate} disabled={busy}>
        {t.validate.run}
      </Button>
      {result && (
        <>
          <p>
            <Caption1>{t.sheetRead(result.snapshot.sheetName)}: {t.validate.summary(errors, warnings)}</Caption1>
          </p>
          {result.findings.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>{t.validate.none}</MessageBarBody>
            </MessageBar>
          )}
          {group('error', t.validate.errors)}
          {group('warning', t.validate.warnings)}
        </>
      )}
    </div>
  );
}

function numbers(f: Finding, t: Strings): string {
  if (typeof f.expected !== 'number' || typeof f.actual !== 'number') return '';
  return ` (${t.validate.expected} ${formatKronor(f.expected)}, ${t.validate.actual} ${formatKronor(f.actual)})`;
}
