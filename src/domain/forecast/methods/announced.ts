import { formatKronor } from '../../format';
import type { ForecastMethod } from './types';

/** An amount announced for the year (the state's allocation, say), as configured. */
export const announced: ForecastMethod = {
  id: 'announced',
  name: 'beslutat belopp',
  fill({ key, year, config }) {
    const amounts = lookup(config.forecast.announced, key);
    const value = amounts?.[String(year)];
    if (value === undefined) return null;
    return { value, assumption: `beslutat eller aviserat belopp för ${year}: ${formatKronor(value)}` };
  },
};

/** Configuration is keyed by label as a person types it: match without case or extra spaces. */
export function lookup<T>(record: Record<string, T>, key: string): T | undefined {
  const wanted = normalise(key);
  const hit = Object.keys(record).find((k) => normalise(k) === wanted);
  return hit === undefined ? undefined : record[hit];
}

// Labels repeat across years and look-ups; keep them normalised (bounded, for a long-lived pane).
const normalised = new Map<string, string>();

export function normalise(label: string): string {
  let out = normalised.get(label);
  if (out === undefined) {
    if (normalised.size > 100_000) normalised.clear();
    out = label.replace(/[*\s\u00a0]+/g, ' ').trim().toLowerCase();
    normalised.set(label, out);
  }
  return out;
}
