import type { Config } from '../domain/config';
import { splitDismissed } from '../domain/dismiss';
import { remediesFor } from '../domain/fixes';
import { groupKey } from '../domain/groups';
import { columnLetter, parseA1, type SheetSnapshot } from '../domain/snapshot';
import { validate, type Validation } from '../domain/validate';
import { isBatch, runBatch } from './batch';
import { openBudget } from './context';
import { printJson } from './json-out';
import { equityTable, findingsText, summaryLine } from './report';
import { equityJson, type ValidateJson } from './schemas';
import type { ParsedArgs } from './args';
import { wrap } from './text';

/**
 * The documented JSON of one checked workbook; typed by the schema, not parsed at run time (a
 * large sheet has thousands of findings; the tests check the printed JSON against
 * validateJsonSchema). Dismissed findings stay in it, marked.
 */
export function validateJsonOf(file: string, snapshot: SheetSnapshot, result: Validation, config: Config): ValidateJson {
  const origin = parseA1(snapshot.topLeft);
  const dismissed = new Set(splitDismissed(result.findings, config).dismissed);
  return {
    file,
    sheet: snapshot.sheetName,
    budgetYear: result.sheet.budgetYear,
    years: result.sheet.years.map((y) => ({ year: y.year, column: columnLetter(origin.col + y.col), kind: y.kind })),
    findings: result.findings.map((f) => ({ ...f, group: groupKey(f), ...(dismissed.has(f) ? { dismissed: true as const } : {}) })),
    equity: equityJson(result.equity),
  };
}

/** 1 when an error the user has not set aside remains; dismissed findings never count. */
export const statusOf = (result: Validation, config: Config) =>
  splitDismissed(result.findings, config).active.some((f) => f.severity === 'error') ? 1 : 0;

export async function runValidate(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void = () => undefined): Promise<number> {
  if (await isBatch(args)) {
    return runBatch(args, out, err, (file, snapshot, result, config) => ({ json: validateJsonOf(file, snapshot, result, config), status: statusOf(result, config) }));
  }
  const { snapshot, sheet, config } = await openBudget(args);
  const result = validate(snapshot, config, undefined, sheet);
  if (args.values.json) printJson(validateJsonOf(args.file, snapshot, result, config), 'findings', out);
  else {
    const { active, dismissed } = splitDismissed(result.findings, config);
    const years = result.sheet.years.map((y) => `${y.header}`).join(', ');
    const safe = [...remediesFor(active, snapshot, config, result.sheet).values()].filter((r) => r.kind === 'fix').length;
    out(
      [
        ...wrap(args.file, 'Arbetsbok: '),
        ...wrap(`Blad: ${snapshot.sheetName}   Budgetår: ${result.sheet.budgetYear ?? 'hittades inte'}`, ''),
        ...wrap(years, 'Kolumner: '),
        ...findingsText(active, !!args.values.verbose),
        '',
        ...wrap(summaryLine(active, dismissed.length), ''),
        ...(safe ? wrap(`${safe} av fynden kan åtgärdas utan att något värde ändras: finsam-budget fix ${args.file}`, '') : []),
        '',
        'Eget kapital per år (utgående = intäkter totalt − kostnader totalt):',
        ...equityTable(result.equity),
      ].join('\n'),
    );
  }
  return statusOf(result, config);
}
