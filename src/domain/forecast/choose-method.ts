import type { Config } from '../config';
import type { BudgetRow, BudgetSheet } from '../model';
import type { SheetSnapshot } from '../snapshot';
import type { ForecastMethodId } from './config';
import { ForecastError } from './errors';
import { lookup, normalise } from './methods/announced';

const PERSONNEL = /lön|personal|arvode|administration|lokal|revision|kansli|förbundschef|ekonomi|it-|försäkring|kontor|resor/;
const ADMIN_SECTION = /administration|kansli|personal|gemensam/;
const INSATS_SECTION = /insats|projekt|utveckling|verksamhet/;

/**
 * The method for a row: the configured one, announced amounts where there are some, otherwise
 * by what the row is: personnel and administration indexed, insatser until their end year,
 * everything else carried flat.
 */
export function chooseMethod(row: BudgetRow, key: string, config: Config): ForecastMethodId {
  const configured = lookup(config.forecast.methods, key);
  if (configured) return configured;
  if (lookup(config.forecast.announced, key)) return 'announced';
  if (row.role !== 'item') return 'flat';
  const section = (row.section ?? '').toLowerCase();
  const label = key.toLowerCase();
  if (ADMIN_SECTION.test(section) || (!INSATS_SECTION.test(section) && PERSONNEL.test(label))) return 'indexed';
  if (INSATS_SECTION.test(section) || lookup(config.forecast.insatsEndYears, key) !== undefined) return 'insats';
  return 'flat';
}

/**
 * Configuration that cannot apply to this sheet: refused before anything is written. A label
 * is known when any row of the label column reads so, with amounts or not (a row left blank
 * in every year is still the row the person means).
 */
export function checkForecastConfig(sheet: BudgetSheet, config: Config, snapshot?: SheetSnapshot): void {
  const labels = new Set(sheet.rows.map((r) => normalise(r.label)));
  for (const line of snapshot?.values ?? []) {
    const v = line[sheet.labelCol];
    if (typeof v === 'string' && v.trim()) labels.add(normalise(v));
  }
  for (const [label, end] of Object.entries(config.forecast.insatsEndYears)) {
    if (end < sheet.budgetYear!) {
      throw new ForecastError(
        `fältet "forecast.insatsEndYears.${label}": slutåret ${end} ligger före budgetåret ${sheet.budgetYear}; ta bort insatsen eller rätta året`,
      );
    }
  }
  for (const [label, method] of Object.entries(config.forecast.methods)) {
    if (method === 'announced' && !lookup(config.forecast.announced, label)) {
      throw new ForecastError(`fältet "forecast.methods.${label}": metoden "announced" kräver belopp i "forecast.announced.${label}"`);
    }
  }
  for (const section of ['methods', 'announced', 'insatsEndYears'] as const) {
    for (const label of Object.keys(config.forecast[section])) {
      if (!labels.has(normalise(label))) {
        throw new ForecastError(`fältet "forecast.${section}.${label}": ingen rad i bladet "${sheet.sheetName}" heter "${label}"`);
      }
    }
  }
}
