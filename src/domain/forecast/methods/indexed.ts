import type { ForecastMethod } from './types';
import { roundKronor } from './types';

/** The year before times (1 + the yearly index), rounded to whole kronor; the rate is a live cell. */
export const indexed: ForecastMethod = {
  id: 'indexed',
  name: 'indexuppräkning',
  fill({ previous, year, config, rateRef }) {
    if (!previous) return null;
    const rate = config.forecast.indexRate;
    const value = roundKronor(previous.value * (1 + rate));
    const assumption = `${year - 1} uppräknat med ${formatPercent(rate)} per år`;
    return previous.ref
      ? { value, formula: `=ROUND(${previous.ref}*(1+${rateRef}),0)`, assumption }
      : { value, assumption };
  },
};

// One formatter for all cells: building one per call is slow on large sheets.
const PERCENT = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

// A plan has one index rate: format it once, not once per filled cell (Intl is slow per call).
let last: { rate: number; text: string } | null = null;

export function formatPercent(rate: number): string {
  if (last?.rate !== rate) last = { rate, text: `${PERCENT.format(rate * 100)} %` };
  return last.text;
}
