import type { Config } from '../domain/config';
import type { Finding } from '../domain/findings';
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

/** A finding as the JSON prints it: with its group, and marked when the user has set it aside. */
function findingJson(f: Finding, dismissed: Set<Finding>): ValidateJson['findings'][number] {
  return { ...f, group: groupKey(f), ...(dismissed.has(f) ? { dismissed: true as const } : {}) };
}

/** The JSON's fields in their printed order, the findings as validate gave them, and which of them the user has set aside. */
function jsonSource(file: string, snapshot: SheetSnapshot, result: Validation, config: Config) {
  const origin = parseA1(snapshot.topLeft);
  const parts = {
    file,
    sheet: snapshot.sheetName,
    budgetYear: result.sheet.budgetYear,
    years: result.sheet.years.map((y) => ({ year: y.year, column: columnLetter(origin.col + y.col), kind: y.kind })),
    findings: result.findings,
    equity: equityJson(result.equity),
  };
  return { parts, dismissed: new Set(splitDismissed(result.findings, config).dismissed) };
}

/**
 * The documented JSON of one checked workbook; typed by the schema, not parsed at run time (a
 * large sheet has thousands of findings; the tests check the printed JSON against
 * validateJsonSchema). Dismissed findings stay in it, marked.
 */
export function validateJsonOf(file: string, snapshot: SheetSnapshot, result: Validation, config: Config): ValidateJson {
  const { parts, dismissed } = jsonSource(file, snapshot, result, config);
  return { ...parts, findings: parts.findings.map((f) => findingJson(f, dismissed)) };
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
  if (args.values.json) {
    const { parts, dismissed } = jsonSource(args.file, snapshot, result, config);
    // Each finding gets its group as it prints: 50 000 decorated copies at once were 20 MB more.
    printJson(parts, 'findings', out, (f) => findingJson(f, dismissed));
  } else {
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
