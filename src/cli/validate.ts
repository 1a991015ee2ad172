import { validate, type Validation } from '../domain/validate';
import { isBatch, runBatch } from './batch';
import { columnLetter, parseA1, type SheetSnapshot } from '../domain/snapshot';
import { openBudget } from './context';
import { printJson } from './json-out';
import { equityTable, findingsText, summaryLine } from './report';
import { equityJson, type ValidateJson } from './schemas';
import type { ParsedArgs } from './args';

/** The documented JSON of one checked workbook; typed by the schema, not parsed at run time (a large sheet has thousands of findings). */
export function validateJsonOf(file: string, snapshot: SheetSnapshot, result: Validation): ValidateJson {
  const origin = parseA1(snapshot.topLeft);
  return {
    file,
    sheet: snapshot.sheetName,
    budgetYear: result.sheet.budgetYear,
    years: result.sheet.years.map((y) => ({ year: y.year, column: columnLetter(origin.col + y.col), kind: y.kind })),
    findings: result.findings,
    equity: equityJson(result.equity),
  };
}

const statusOf = (result: Validation) => (result.findings.some((f) => f.severity === 'error') ? 1 : 0);

export async function runValidate(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void = () => undefined): Promise<number> {
  if (await isBatch(args)) {
    return runBatch(args, out, err, (file, snapshot, result) => ({ json: validateJsonOf(file, snapshot, result), status: statusOf(result) }));
  }
  const { snapshot, sheet, config } = await openBudget(args);
  const result = validate(snapshot, config, undefined, sheet);
  const json = validateJsonOf(args.file, snapshot, result);
  if (args.values.json) printJson(json, 'findings', out);
  else {
    const years = result.sheet.years.map((y) => `${y.header}`).join(', ');
    out(
      [
        `Arbetsbok: ${args.file}`,
        `Blad: ${snapshot.sheetName}   Budgetår: ${result.sheet.budgetYear ?? 'hittades inte'}   Kolumner: ${years}`,
        ...findingsText(result.findings),
        '',
        summaryLine(result.findings),
        '',
        'Eget kapital per år (utgående = intäkter totalt − kostnader totalt):',
        ...equityTable(result.equity),
      ].join('\n'),
    );
  }
  return statusOf(result);
}
