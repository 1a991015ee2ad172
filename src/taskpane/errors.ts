import { ConfigError } from '../domain/config';
import { ForecastError } from '../domain/forecast/errors';
import { NoBudgetTableError } from '../domain/parse';
import { TableError } from '../domain/tables';
import { HostError } from '../host/types';
import type { Strings } from './strings';

/** An error as the pane shows it: what happened, and what the person can do about it. */
export interface ShownError {
  title: string;
  body: string;
  hint?: string;
}

export function describeError(error: unknown, t: Strings): ShownError {
  const body = error instanceof Error ? error.message : String(error);
  if (error instanceof NoBudgetTableError) {
    // The title already says it; the body keeps only the reasons, capitalised.
    const reasons = body.replace(/^ingen budgettabell hittades:?\s*/i, '');
    return { title: t.errors.noBudget, body: reasons.charAt(0).toUpperCase() + reasons.slice(1), hint: t.errors.noBudgetHint };
  }
  if (error instanceof ForecastError) return { title: t.errors.forecast, body };
  if (error instanceof TableError) return { title: t.errors.tables, body };
  if (error instanceof ConfigError) return { title: t.errors.config, body, hint: t.errors.configHint };
  if (error instanceof HostError) {
    // The host's messages already say what to do; the hint repeats it in English when needed.
    if (error.code === 'protected') return { title: t.errors.title, body, hint: t.errors.protectedHint };
    if (error.code === 'no-selection') return { title: t.errors.title, body, hint: t.errors.noSelection };
    return { title: t.errors.title, body };
  }
  return { title: t.errors.title, body, hint: t.errors.retryHint };
}
