import {
  Body1, Button, Field, Input, makeStyles, shorthands, MessageBar, MessageBarBody, MessageBarTitle, Select, Subtitle2, Table, TableBody, TableCell,
  TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Config } from '../../domain/config';
import { forecastMethodIds, type ForecastMethodId } from '../../domain/forecast/config';
import { forecast, type ForecastResult } from '../../domain/forecast/forecast';
import { formatKronor } from '../../domain/format';
import { withInsatsEndYears } from '../../domain/insats-end-years';
import { parseBudgetSheet } from '../../domain/parse';
import type { RowRole } from '../../domain/model';
import { usePane, useTabState } from '../pane-context';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  // One row per budget row: a narrow pane must not scroll sideways.
  methods: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // A fieldset is min-content wide by default, which pushes wide selects out of the pane.
  fieldset: { minWidth: 0, margin: 0, ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke2), ...shorthands.borderRadius(tokens.borderRadiusMedium) },
});

/** Rows whose value a method decides; totals and equity are formulas over them. */
const CHOOSABLE: RowRole[] = ['contribution', 'other-income', 'item', 'reserve', 'excluded'];
const PREVIEW_ROWS = 100;

/** Fyll prognoser: horizon and a method per row, a preview of every cell, then one write. */
export function ForecastView() {
  const { config, read, reload, run, apply, busy } = usePane();
  const t = useStrings();
  const styles = useStyles();
  const [horizonText, setHorizonText] = useTabState('forecast.horizon', '');
  const [methods, setMethods] = useTabState<Record<string, ForecastMethodId>>('forecast.methods', {});
  const horizonRaw = horizonText === '' ? config.forecast.horizon : Number(horizonText);
  const horizonValid = Number.isInteger(horizonRaw) && horizonRaw >= 1 && horizonRaw <= 10;

  const runConfig: Config = useMemo(
    () => ({ ...config, forecast: { ...config.forecast, methods: { ...config.forecast.methods, ...methods } } }),
    [config, methods],
  );
  // The forecast is pure and fast: the preview is exactly what Fyll will write.
  const preview = useMemo((): { result?: ForecastResult; error?: string } => {
    if (!read || !horizonValid) return {};
    try {
      // End years decided in a "Beslutade insatser" table on a sheet the host read count too.
      const sheet = parseBudgetSheet(read.snapshot, runConfig);
      const config = withInsatsEndYears(runConfig, read.sheets, sheet);
      return { result: forecast(read.snapshot, config, { horizon: horizonRaw, existingSheets: read.sheetNames, sheet }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [read, runConfig, horizonRaw, horizonValid]);

  const rows = preview.result?.sheet.rows.filter((r) => CHOOSABLE.includes(r.role)) ?? [];
  const announced = (label: string) => Object.keys(config.forecast.announced).some((k) => k.toLowerCase() === label.replace(/\*/g, '').trim().toLowerCase());
  const setMethod = (label: string, value: string) =>
    setMethods((m) => {
      const next = { ...m };
      if (value === '') delete next[label];
      else next[label] = value as ForecastMethodId;
      return next;
    });
  const filled = preview.result?.filled ?? [];
  const leftOut = preview.result?.leftOut ?? [];
  const onFill = () => run(t.forecast.label, async () => void (await apply(preview.result!.plan, t.forecast.label)));

  return (
    <div>
      <Body1 as="p" block>{t.forecast.intro}</Body1>
      <Button appearance={read ? 'secondary' : 'primary'} onClick={() => run(t.readSheet, async () => void (await reload()))} disabled={busy}>
        {t.readSheet}
      </Button>
      {read && (
        <div className={styles.form}>
          <Field label={t.forecast.horizon} hint={t.forecast.horizonHint} validationMessage={horizonValid ? undefined : t.forecast.horizonHint}>
            <Input type="number" min={1} max={10} value={horizonText === '' ? String(config.forecast.horizon) : horizonText} onChange={(_, d) => setHorizonText(d.value)} />
          </Field>
          {preview.error && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{t.errors.forecast}</MessageBarTitle>
                {preview.error}
              </MessageBarBody>
            </MessageBar>
          )}
          {rows.length > 0 && (
            <fieldset className={styles.fieldset}>
              <legend>{t.forecast.methods}</legend>
              <div className={styles.methods}>
                {rows.map((r) => (
                  <Field key={r.row} label={r.label} orientation="horizontal">
                    <Select value={methods[r.label] ?? ''} onChange={(_, d) => setMethod(r.label, d.value)}>
                      <option value="">{t.forecast.auto}</option>
                      {forecastMethodIds
                        .filter((id) => id !== 'announced' || announced(r.label))
                        .map((id) => (
                          <option key={id} value={id}>{t.forecast.methodNames[id]}</option>
                        ))}
                    </Select>
                  </Field>
                ))}
              </div>
            </fieldset>
          )}
          {preview.result && (
            <>
              <Subtitle2 as="h2">{filled.length ? t.forecast.preview(filled.length) : leftOut.length ? t.forecast.nothingFilled : t.forecast.nothingToFill}</Subtitle2>
              {leftOut.length > 0 && (
                // Blanks the forecast leaves (a typed total that adds up without them): say which, and why.
                <div>
                  <Body1 as="p" block>{t.forecast.leftOut(leftOut.length)}</Body1>
                  <ul>
                    {leftOut.map((l) => (
                      <li key={`${l.cell ?? ''}${l.year}`}><Body1>{l.cell ? `${l.cell} (${l.year})` : l.year}: {l.reason}</Body1></li>
                    ))}
                  </ul>
                </div>
              )}
              {filled.length > 0 && (
                <Table size="extra-small" aria-label={t.forecast.preview(filled.length)}>
                  <TableHeader>
                    <TableRow>
                      {(['cell', 'row', 'year', 'method', 'value'] as const).map((c) => <TableHeaderCell key={c}>{t.forecast.columns[c]}</TableHeaderCell>)}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {filled.slice(0, PREVIEW_ROWS).map((f) => (
                      <TableRow key={f.cell}>
                        <TableCell>{f.cell}</TableCell>
                        <TableCell>{f.row}</TableCell>
                        <TableCell>{f.year}</TableCell>
                        <TableCell title={f.assumption}>{t.forecast.methodNames[f.method as ForecastMethodId] ?? f.assumption}</TableCell>
                        <TableCell>{formatKronor(f.value)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {filled.length > PREVIEW_ROWS && <Body1>{t.forecast.more(filled.length - PREVIEW_ROWS)}</Body1>}
              <Button appearance="primary" onClick={onFill} disabled={busy || filled.length === 0}>
                {t.forecast.fill(filled.length)}
              </Button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
