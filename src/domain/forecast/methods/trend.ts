import { formatKronor } from '../../format';
import type { ForecastMethod } from './types';
import { roundKronor } from './types';

/** A straight line fitted (least squares) through the years the user entered. */
export const trend: ForecastMethod = {
  id: 'trend',
  name: 'linjär trend',
  fill({ known, year }) {
    if (known.length < 2) return null;
    const n = known.length;
    const mx = known.reduce((s, k) => s + k.year, 0) / n;
    const my = known.reduce((s, k) => s + k.value, 0) / n;
    const sxx = known.reduce((s, k) => s + (k.year - mx) ** 2, 0);
    const sxy = known.reduce((s, k) => s + (k.year - mx) * (k.value - my), 0);
    const slope = sxx === 0 ? 0 : sxy / sxx;
    const value = roundKronor(my + slope * (year - mx));
    const span = `${known[0].year}–${known[n - 1].year}`;
    return { value, assumption: `linjär trend över ${span}: ${formatKronor(slope)} per år` };
  },
};
