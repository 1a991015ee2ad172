import { applyPlanToSnapshot } from '../domain/apply';
import { splitDismissed } from '../domain/dismiss';
import { planOf, remediesFor, type Remedy } from '../domain/fixes';
import type { Finding } from '../domain/findings';
import { describeRemedy } from '../domain/remedy-text';
import { validate } from '../domain/validate';
import { applyPlanToWorkbook } from '../workbook/apply';
import type { ParsedArgs } from './args';
import { openBudget, writableWorkbook } from './context';
import { outputPath, writeOutput } from './output';
import { summaryLine } from './report';
import { fixJsonSchema } from './schemas';
import { wrap } from './text';

/**
 * `fix`: applies the fixes that change no value (ESLint's --fix) to a copy of the workbook and
 * lists the suggestions it left, each with both numbers and its effect on equity. A suggestion
 * changes a decided figure, so only a person applies it (in the pane, after a confirmation).
 */
export async function runFix(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const opened = await openBudget(args);
  const { snapshot, sheet, config } = opened;
  const result = validate(snapshot, config, undefined, sheet);
  const { active } = splitDismissed(result.findings, config);
  const remedies = [...remediesFor(active, snapshot, config, result.sheet)];
  const fixes = remedies.filter(([, r]) => r.kind === 'fix');
  const suggestions = remedies.filter(([, r]) => r.kind === 'suggestion');
  const plan = planOf(snapshot.sheetName, fixes.map(([, r]) => r));
  // What the sheet will say afterwards: the same engine on the fixed snapshot.
  const after = splitDismissed(validate(applyPlanToSnapshot(snapshot, plan[0]), config).findings, config).active;
  let target: string | null = null;
  if (fixes.length) {
    target = outputPath(args.file, args.values.output as string | undefined, 'åtgärdad', { force: args.values.force === true });
    const workbook = await writableWorkbook(opened, args);
    applyPlanToWorkbook(workbook, plan);
    await writeOutput(target, new Uint8Array(await workbook.xlsx.writeBuffer()));
  }
  const entry = ([f, r]: [Finding, Remedy]) => ({ cell: f.cell, rule: f.rule, text: describeRemedy(r, 'sv'), edit: r.edit, ...(r.equity ? { equity: r.equity } : {}) });
  if (args.values.json) {
    out(JSON.stringify(fixJsonSchema.parse({ output: target, sheet: snapshot.sheetName, fixed: fixes.map(entry), suggestions: suggestions.map(entry) }), null, 2));
    return 0;
  }
  const list = (items: [Finding, Remedy][]) => items.flatMap(([f, r]) => wrap(describeRemedy(r, 'sv'), `  ${f.cell.padEnd(6)}`));
  out(
    [
      ...wrap(`Bladet "${snapshot.sheetName}": ${fixes.length} åtgärder ändrar inget värde och är gjorda.`, ''),
      ...list(fixes),
      ...(suggestions.length
        ? ['', ...wrap(`${suggestions.length} förslag ändrar ett värde och är inte gjorda (välj dem i Excel, i fönstret Validera, eller ändra cellen själv):`, ''), ...list(suggestions)]
        : []),
      '',
      ...wrap(`Efter åtgärderna: ${summaryLine(after).replace(/^Sammanfattning: /, '')}`, ''),
      ...(target ? wrap(`Skrev ${target}; indatafilen är orörd.`, '') : ['Inget att skriva; ingen fil skapades.']),
    ].join('\n'),
  );
  return 0;
}
