import { makeStyles, tokens } from '@fluentui/react-components';
import type { EquityYear } from '../../domain/equity';
import { formatKronor } from '../../domain/format';
import { useStrings } from '../strings';

// In forced colours (Windows high contrast) the palette tokens are not mapped: draw in the
// system's text and highlight colours instead, so labels and markers stay visible.
const useStyles = makeStyles({
  chart: {
    '@media (forced-colors: active)': {
      '& text': { fill: 'CanvasText' },
      '& rect': { fill: 'Highlight' },
      '& line, & path': { stroke: 'CanvasText' },
    },
  },
  key: { display: 'flex', flexWrap: 'wrap', gap: '12px', fontSize: '12px', '@media (forced-colors: active)': { '& span': { color: 'CanvasText' } } },
});

const W = 320;
const H = 180;
const PAD = { left: 44, right: 8, top: 12, bottom: 28 };

/**
 * Closing equity per year (bars) against the cap (a stepped line: it follows each year's
 * contributions) and the floor (dashed). Hand-drawn SVG: a chart library would outweigh the pane.
 * Colour is never the only cue: bars over the cap or under the floor carry a text label too.
 */
export function EquityChart({ years }: { years: EquityYear[] }) {
  const t = useStrings();
  const styles = useStyles();
  if (years.length === 0) return null;
  const values = years.flatMap((y) => [y.closing, y.cap, y.floor]);
  const max = Math.max(0, ...values) * 1.1 || 1;
  const min = Math.min(0, ...values);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  const slot = plotW / years.length;
  const x = (i: number) => PAD.left + slot * i;
  const barW = Math.max(6, slot * 0.5);
  const capPath = years.map((e, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(e.cap)} L${x(i) + slot},${y(e.cap)}`).join(' ');
  const ticks = niceTicks(min, max);
  const summary = years.map((e) => `${e.year}: ${formatKronor(e.closing)} (${t.equity.status[e.status]})`).join('; ');
  const colour = (e: EquityYear) =>
    e.status === 'over-cap' ? tokens.colorPaletteDarkOrangeBackground3 : e.status === 'below-floor' ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground;

  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.chart} viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t.equity.chartLabel(summary)}>
        {ticks.map((v) => (
          <g key={`tick-${v}`}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke={tokens.colorNeutralStroke2} />
            <text x={PAD.left - 4} y={y(v) + 4} fontSize="10" textAnchor="end" fill={tokens.colorNeutralForeground2}>{axisLabel(v)}</text>
          </g>
        ))}
        {years.map((e, i) => (
          <g key={e.year}>
            <rect data-testid={`bar-${e.year}`} x={x(i) + (slot - barW) / 2} width={barW} y={Math.min(y(e.closing), y(0))} height={Math.abs(y(e.closing) - y(0))} fill={colour(e)}>
              <title>{`${e.year}: ${formatKronor(e.closing)}; ${t.equity.cap.toLowerCase()} ${formatKronor(e.cap)}; ${t.equity.status[e.status]}`}</title>
            </rect>
            {e.status !== 'ok' && (
              <text x={x(i) + slot / 2} y={y(Math.max(e.closing, 0)) - 3} fontSize="10" textAnchor="middle" fill={tokens.colorNeutralForeground1}>!</text>
            )}
            <text x={x(i) + slot / 2} y={H - 10} fontSize="10" textAnchor="middle" fill={tokens.colorNeutralForeground1}>{e.year}</text>
          </g>
        ))}
        <path d={capPath} fill="none" stroke={tokens.colorPaletteDarkOrangeBorderActive} strokeWidth="2" data-testid="cap-line" />
        <line x1={PAD.left} x2={W - PAD.right} y1={y(years[0].floor)} y2={y(years[0].floor)} stroke={tokens.colorPaletteRedBorderActive} strokeWidth="2" strokeDasharray="5 3" data-testid="floor-line" />
      </svg>
      <figcaption className={styles.key}>
        <span><span aria-hidden style={{ color: tokens.colorBrandBackground }}>■</span> {t.equity.closing}</span>
        <span><span aria-hidden style={{ color: tokens.colorPaletteDarkOrangeBorderActive }}>━</span> {t.equity.cap}</span>
        <span><span aria-hidden style={{ color: tokens.colorPaletteRedBorderActive }}>┅</span> {t.equity.floor}</span>
      </figcaption>
    </figure>
  );
}

/** Three to six round values across the range, so the axis reads 0, 1 M, 2 M rather than 1 337 421. */
function niceTicks(min: number, max: number): number[] {
  const raw = (max - min) / 4 || 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) out.push(Math.round(v));
  return out;
}

function axisLabel(v: number): string {
  if (Math.abs(v) >= 1_000_000) return `${(v / 1_000_000).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} M`;
  if (Math.abs(v) >= 1_000) return `${Math.round(v / 1_000)} t`;
  return String(v);
}
