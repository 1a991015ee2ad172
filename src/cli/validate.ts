import { validate } from '../domain/validate';
import { columnLetter, parseA1 } from '../domain/snapshot';
import { openBudget } from './context';
import { printJson } from './json-out';
import { equityTable, findingsText, summaryLine } from './report';
import { equityJson, type ValidateJson } from './schemas';
import type { ParsedArgs } from './args';

export async function runValidate(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const { snapshot, sheet, config } = await openBudget(args);
  const result = validate(snapshot, config, undefined, sheet);
  const origin = parseA1(snapshot.topLeft);
  // Typed by the schema; not parsed at run time: a large sheet has thousands of findings, and the
  // tests check the printed JSON against validateJsonSchema.
  const json: ValidateJson = {
    file: args.file,
    sheet: snapshot.sheetName,
    budgetYear: result.sheet.budgetYear,
    years: result.sheet.years.map((y) => ({ year: y.year, column: columnLetter(origin.col + y.col), kind: y.kind })),
    findings: result.findings,
    equity: equityJson(result.equity),
  };
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
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
