import type { Block, Payer, RowRole } from './model';

/** Label patterns in the words Swedish budget plans use. Matched on the cleaned, lower-cased label. */
const BLOCK_INCOME = /^intäkter\b/;
const BLOCK_COST = /^kostnader\b(?!\s*:)/;
const CONTRIBUTION_SUBTOTAL = /^(summa|totalt):?\s+(samverkansmedel|medlemsavgift|medlemsbidrag|bidrag|medel från medlemmar|medlemsmedel)/;
const TOTAL_WORD = /^(summa|totalt)\b/;
const OPENING_EQUITY = /eget kapital|sparade medel|ingående balans/;
const STATE = /försäkringskassan|^staten\b|^statlig|arbetsförmedlingen/;
const REGION = /^region\b|landsting/;
const MUNICIPALITY = /kommun/;
const COST_TOTAL = /^((summa|totalt):?\s*kostnader|kostnader\s+totalt|summa|totalt)$/;
const SUBTOTAL = /^(summa|totalt|kostnader:)/;
const RESERVE = /^reserv/;

export function blockStart(label: string): Block | null {
  const l = label.toLowerCase();
  if (BLOCK_INCOME.test(l)) return 'income';
  if (BLOCK_COST.test(l)) return 'cost';
  return null;
}

export function payerOf(label: string): Payer | undefined {
  const l = label.toLowerCase();
  if (STATE.test(l)) return 'state';
  const region = REGION.test(l);
  const municipality = MUNICIPALITY.test(l);
  if (region && municipality) return 'region-and-municipality';
  if (region) return 'region';
  if (municipality) return 'municipality';
  return undefined;
}

/** The role of an income row; null when the row is not part of the table (a note, a blank). */
export function incomeRole(label: string, hasAmounts: boolean): RowRole | null {
  const l = label.toLowerCase();
  if (CONTRIBUTION_SUBTOTAL.test(l)) return 'contribution-subtotal';
  if (TOTAL_WORD.test(l)) return 'income-total';
  if (OPENING_EQUITY.test(l)) return 'opening-equity';
  if (payerOf(label)) return 'contribution';
  return hasAmounts ? 'other-income' : null;
}

export function costRole(label: string, hasAmounts: boolean): RowRole | null {
  const l = label.toLowerCase();
  if (COST_TOTAL.test(l)) return 'cost-total';
  if (SUBTOTAL.test(l)) return 'subtotal';
  if (RESERVE.test(l)) return 'reserve';
  if (!hasAmounts) return label ? 'section-header' : null;
  return 'item';
}
