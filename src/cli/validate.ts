import { splitDismissed } from '../domain/dismiss';
import { remediesFor } from '../domain/fixes';
import { groupKey } from '../domain/groups';
import { validate } from '../domain/validate';
import { columnLetter, parseA1 } from '../domain/snapshot';
import { openBudget } from './context';
import { equityTable, findingsText, summaryLine } from './report';
import { equityJson, type ValidateJson } from './schemas';
import type { ParsedArgs } from './args';
import { wrap } from './text';

export async function runValidate(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const { snapshot, sheet, config } = await openBudget(args);
  const result = validate(snapshot, config, undefined, sheet);
  const origin = parseA1(snapshot.topLeft);
  // Dismissed findings stay in the JSON, marked; they count neither in the text nor in the exit status.
  const { active, dismissed } = splitDismissed(result.findings, config);
  const set = new Set(dismissed);
  // Typed by the schema; not parsed at run time: a large sheet has thousands of findings, and the
  // tests check the printed JSON against validateJsonSchema.
  const json: ValidateJson = {
    file: args.file,
    sheet: snapshot.sheetName,
    budgetYear: result.sheet.budgetYear,
    years: result.sheet.years.map((y) => ({ year: y.year, column: columnLetter(origin.col + y.col), kind: y.kind })),
    findings: result.findings.map((f) => ({ ...f, group: groupKey(f), ...(set.has(f) ? { dismissed: true as const } : {}) })),
    equity: equityJson(result.equity),
  };
  if (args.values.json) out(JSON.stringify(json, null, 2));
  else {
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
  return active.some((f) => f.severity === 'error') ? 1 : 0;
}
