import type { Block, Payer, RowRole } from './model';

/** Label patterns in the words Swedish budget plans use. Matched on the cleaned, lower-cased label. */
const BLOCK_INCOME = /^intäkter\b/;
const BLOCK_COST = /^kostnader\b(?!\s*:)/;
const MEMBER_MONEY = '(samverkansmedel|medlemsavgift(er)?|medlemsbidrag|bidrag|medel från medlemmar|medlemsmedel|medlemsinsatser)';
/** Summa, Totalt, S:a, Delsumma, Summering: the words that open a total's label. */
const TOTAL_PREFIX = '(summa|totalt|total|s:a|delsumma|summering)';
const CONTRIBUTION_SUBTOTAL = new RegExp(`^${TOTAL_PREFIX}:?\\s*${MEMBER_MONEY}`);
const TOTAL_WORD = new RegExp(`^${TOTAL_PREFIX}(\\b|:|$)`);
/** "Summa kommuner", "Summa regioner", "Summa medlemmar": a subtotal of members. */
const MEMBERS_SUBTOTAL = new RegExp(`^${TOTAL_PREFIX}:?\\s*(kommuner(na)?|regioner(na)?|medlemmar(na)?|landsting(en)?|staten)\\b`);
const OPENING_EQUITY = /eget kapital|sparade medel|ingående balans/;
const CLOSING_EQUITY = /(utgående eget kapital|eget kapital (vid|per) (årets|periodens) (slut|utgång)|eget kapital,? (vid )?årets slut|eget kapital 31 dec|utgående balans)/;
const RESULT = /^(årets resultat|resultat|beräknat resultat|budgeterat resultat|årets (över|under)skott|(över|under)skott)\b/;
/** Prefixes before a member's name: "Medlemsavgift Uppsala kommun", "Bidrag Region Skåne". */
const MEMBER_PREFIX = /^(medlemsavgift(er)?|medlemsbidrag|bidrag( från)?|avgift( från)?|tilldelning( från)?|från|samverkansmedel)\s*:?\s+/;
const STATE = /försäkringskassan|^staten\b|^statlig|^staten|arbetsförmedlingen|^statens\b/;
const REGION = /^region\b|regionen\b|landsting/;
const MUNICIPALITY = /kommun|\bstad$|\bstad\b|^staden\b/;
const COST_TOTAL = new RegExp(`^(${TOTAL_PREFIX}:?\\s*kostnader|kostnader\\s+totalt|summa|totalt|total)$`);
const SUBTOTAL = new RegExp(`^(${TOTAL_PREFIX}(\\b|:|$)|kostnader:)`);
const RESERVE = /^reserv/;
/** A cheap first look before the equity patterns: most cost rows are neither. */
const MAYBE_EQUITY = /resultat|skott|kapital|balans/;
const OPENING_EXPLICIT = /^(ingående eget kapital|eget kapital (vid|per) (årets|periodens) (början|ingång))/;

export function blockStart(label: string): Block | null {
  const l = label.toLowerCase();
  if (BLOCK_INCOME.test(l)) return 'income';
  if (BLOCK_COST.test(l)) return 'cost';
  return null;
}

export function payerOf(label: string): Payer | undefined {
  const lower = label.toLowerCase();
  const l = lower.replace(MEMBER_PREFIX, '');
  if (STATE.test(l)) return 'state';
  const region = REGION.test(l);
  const municipality = MUNICIPALITY.test(l);
  if (region && municipality) return 'region-and-municipality';
  if (region) return 'region';
  if (municipality) return 'municipality';
  // "Medlemsavgift Norrtälje": a member by a place name alone; the members are the state, regions and municipalities.
  if (l !== lower && /^[a-zåäö]/.test(l) && !OTHER_INCOME.test(l)) return 'municipality';
  return undefined;
}

const OTHER_INCOME = /^(övrig|ränt|annan|andra|extra|projekt|eu|esf)/;

/** Årets resultat, Eget kapital vid årets början/slut: the rows of the result convention. */
export function equityRole(label: string): RowRole | null {
  const l = label.toLowerCase();
  if (CLOSING_EQUITY.test(l)) return 'closing-equity';
  if (RESULT.test(l)) return 'result';
  if (OPENING_EQUITY.test(l)) return 'opening-equity';
  return null;
}

/** The role of an income row; null when the row is not part of the table (a note, a blank). */
export function incomeRole(label: string, hasAmounts: boolean): RowRole | null {
  const l = label.toLowerCase();
  if (CONTRIBUTION_SUBTOTAL.test(l) || MEMBERS_SUBTOTAL.test(l)) return 'contribution-subtotal';
  if (TOTAL_WORD.test(l)) return 'income-total';
  const equity = equityRole(label);
  if (equity === 'opening-equity' || (equity && hasAmounts)) return equity;
  // A heading over the members ("Kommunerna") has no amounts: it is no member.
  if (!hasAmounts) return null;
  if (payerOf(label)) return 'contribution';
  return 'other-income';
}

/** The block's own total by its words ("Summa intäkter", "TOTALT", "TOTALT: Intäkter och kapital"), not a members' subtotal. */
export function isIncomeBlockTotal(label: string): boolean {
  return /^(summa|totalt|total|s:a)\b:?\s*(intäkter\b.*)?$/.test(label.toLowerCase());
}

export function costRole(label: string, hasAmounts: boolean): RowRole | null {
  const l = label.toLowerCase();
  if (COST_TOTAL.test(l)) return 'cost-total';
  if (SUBTOTAL.test(l)) return 'subtotal';
  if (RESERVE.test(l)) return 'reserve';
  // Årets resultat and the equity rows under a cost total the labels do not name as one.
  const equity = hasAmounts && MAYBE_EQUITY.test(l) ? equityRole(label) : null;
  if (equity === 'result' || equity === 'closing-equity' || (equity === 'opening-equity' && OPENING_EXPLICIT.test(l))) return equity;
  if (!hasAmounts) return label ? 'section-header' : null;
  return 'item';
}
