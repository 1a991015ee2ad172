import type { Config } from '../config';
import type { BudgetRow } from '../model';
import type { Locator } from './types';

/** "=a+b+c" over budget-sheet cells of some rows in one column; "0" when there are none. */
export function plusChain(at: Locator, rows: BudgetRow[], col: number): string {
  return rows.length ? rows.map((r) => at.budget(r.row, col)).join('+') : '0';
}

/** The tiered cap as an Excel expression of a contributions cell, mirroring equityCap. */
export function capExpression(contributions: string, config: Config): string {
  let lower = 0;
  const parts: string[] = [];
  for (const tier of config.equity.capTiers) {
    const upper = tier.upTo;
    const part = upper === null ? `MAX(0,${contributions}-${lower})` : `MAX(0,MIN(${contributions},${upper})-${lower})`;
    parts.push(`${part}*${tier.rate}`);
    if (upper === null) break;
    lower = upper;
  }
  return `ROUND(${parts.join('+')},0)`;
}

export const STATUS_TEXT = { ok: 'Inom gränserna', 'over-cap': 'Över taket', 'below-floor': 'Under golvet' } as const;
