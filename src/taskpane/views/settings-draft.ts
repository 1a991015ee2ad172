import type { Config } from '../../domain/config';

/** The settings form's fields as typed: text, so a wrong entry can be shown and named, not lost. */
export interface Draft {
  floor: string;
  tiers: { upTo: string; rate: string }[];
  tolerance: string;
  horizon: string;
  indexRate: string;
  excluded: string;
  insatsEnd: string;
}

const sv = (n: number) => String(n).replace('.', ',');

export function toDraft(config: Config): Draft {
  return {
    floor: sv(config.equity.floor),
    tiers: config.equity.capTiers.map((t) => ({ upTo: t.upTo === null ? '' : sv(t.upTo), rate: sv(t.rate) })),
    tolerance: sv(config.tolerance),
    horizon: String(config.forecast.horizon),
    indexRate: sv(config.forecast.indexRate),
    excluded: config.excludedRows.labels.join('\n'),
    insatsEnd: Object.entries(config.forecast.insatsEndYears).map(([k, v]) => `${k} = ${v}`).join('\n'),
  };
}

/**
 * A number as a Swedish reader types it ("650 000", "0,03"); anything else is passed on as the
 * text it is, so the schema reports the field as "ska vara ett tal" rather than a silent 0.
 */
export function readNumber(text: string): number | string | undefined {
  const bare = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (bare === '') return undefined;
  const n = Number(bare);
  return Number.isFinite(n) ? n : text;
}

/** The draft over the configuration it was made from: fields the form does not show are kept. */
export function fromDraft(draft: Draft, base: Config): unknown {
  const insatsEndYears: Record<string, number | string> = {};
  for (const line of draft.insatsEnd.split('\n')) {
    const at = line.lastIndexOf('=');
    if (at < 0) continue;
    const label = line.slice(0, at).trim();
    const year = readNumber(line.slice(at + 1));
    if (label) insatsEndYears[label] = year ?? '';
  }
  return {
    ...base,
    equity: {
      ...base.equity,
      floor: readNumber(draft.floor),
      capTiers: draft.tiers.map((t) => ({ upTo: t.upTo.trim() === '' ? null : readNumber(t.upTo), rate: readNumber(t.rate) })),
    },
    tolerance: readNumber(draft.tolerance),
    excludedRows: { ...base.excludedRows, labels: draft.excluded.split('\n').map((s) => s.trim()).filter(Boolean) },
    forecast: { ...base.forecast, horizon: readNumber(draft.horizon), indexRate: readNumber(draft.indexRate), insatsEndYears },
  };
}
