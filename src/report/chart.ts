/**
 * The equity chart of the control report as inline SVG: closing equity per year as bars, the
 * cap and the floor as lines, a bar over the cap or under the floor in red. No namespace URL
 * (SVG inside HTML needs none), no script, no font file: it prints as drawn.
 */
import type { EquityYear } from '../domain/equity';
import { formatKronor } from '../domain/format';
import { escapeHtml } from './escape';

const W = 640;
const H = 260;
const PAD = { left: 90, right: 16, top: 16, bottom: 44 };


/** A round step for the axis: 1, 2 or 5 times a power of ten, about five steps to the top. */
function step(max: number): number {
  const rough = max / 5;
  const p = 10 ** Math.floor(Math.log10(rough || 1));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= rough) ?? p * 10;
}

export function equityChart(equity: EquityYear[]): string {
  if (!equity.length) return '';
  const top = Math.max(1, ...equity.flatMap((e) => [e.closing, e.cap, e.floor]));
  const bottom = Math.min(0, ...equity.map((e) => e.closing));
  const s = step(top - bottom);
  const hi = Math.ceil(top / s) * s;
  const lo = Math.floor(bottom / s) * s;
  const y = (v: number) => PAD.top + ((hi - v) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const band = (W - PAD.left - PAD.right) / equity.length;
  const x = (i: number) => PAD.left + band * i;
  const grid: string[] = [];
  for (let v = lo; v <= hi + 1e-9; v += s) {
    grid.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e0e0e0"/>`);
    grid.push(`<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="10">${escapeHtml(formatKronor(v))}</text>`);
  }
  const bars = equity.map((e, i) => {
    const bad = e.status !== 'ok';
    const top = y(Math.max(0, e.closing));
    const height = Math.abs(y(e.closing) - y(0));
    return `<rect x="${x(i) + band * 0.2}" y="${top}" width="${band * 0.6}" height="${height}" fill="${bad ? '#c4314b' : '#0f6cbd'}"><title>${e.year}: ${escapeHtml(formatKronor(e.closing))}</title></rect>
<text x="${x(i) + band / 2}" y="${H - PAD.bottom + 16}" text-anchor="middle" font-size="11">${e.year}</text>`;
  });
  const line = (pick: (e: EquityYear) => number, colour: string) =>
    `<polyline fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="6 3" points="${equity.map((e, i) => `${x(i) + band * 0.1},${y(pick(e))} ${x(i) + band * 0.9},${y(pick(e))}`).join(' ')}"/>`;
  const legend = `<g font-size="11"><rect x="${PAD.left}" y="${H - 16}" width="10" height="10" fill="#0f6cbd"/><text x="${PAD.left + 14}" y="${H - 7}">Utgående eget kapital</text>
<line x1="${PAD.left + 170}" x2="${PAD.left + 196}" y1="${H - 11}" y2="${H - 11}" stroke="#8a5300" stroke-width="2" stroke-dasharray="6 3"/><text x="${PAD.left + 200}" y="${H - 7}">Tak</text>
<line x1="${PAD.left + 240}" x2="${PAD.left + 266}" y1="${H - 11}" y2="${H - 11}" stroke="#5b5fc7" stroke-width="2" stroke-dasharray="6 3"/><text x="${PAD.left + 270}" y="${H - 7}">Golv</text></g>`;
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="Utgående eget kapital per år mot tak och golv">
${grid.join('\n')}
${bars.join('\n')}
${line((e) => e.cap, '#8a5300')}
${line((e) => e.floor, '#5b5fc7')}
${legend}
</svg>`;
}
