/** `finsam-budget report FILE.xlsx [-o RAPPORT.html|.pdf] [--compare LAST.xlsx]`: the control report. */
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { comparePlans } from '../domain/compare';
import { computeEquity } from '../domain/equity';
import { reportModel } from '../domain/report';
import { validate } from '../domain/validate';
import { reportHtml } from '../report/html';
import { InputError } from '../workbook/errors';
import { version } from '../../package.json';
import type { ParsedArgs } from './args';
import { printHtmlToPdf } from './chromium-pdf';
import { loadConfig, openBudget } from './context';
import { outputPath } from './output';

export const reportJsonSchema = z.object({
  output: z.string(),
  format: z.enum(['html', 'pdf']),
  errors: z.number().int(),
  warnings: z.number().int(),
});

export async function runReport(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const target = outputPath(args.file, args.values.output as string | undefined, 'kontrollrapport', ['.html', '.pdf']);
  const config = await loadConfig(args.values.config as string | undefined);
  const { snapshot, sheet } = await openBudget(args, config);
  const validation = validate(snapshot, config, undefined, sheet);
  let comparison;
  const last = args.values.compare as string | undefined;
  if (last) {
    // Last year's plan: its own budget sheet, found as ever (--sheet names this year's).
    const before = await openBudget({ ...args, file: last, files: [last], values: { ...args.values, sheet: undefined } }, config);
    const result = comparePlans(
      { snapshot: before.snapshot, sheet: before.sheet, equity: computeEquity(before.sheet, config) },
      { snapshot, sheet, equity: validation.equity },
    );
    comparison = { oldFile: last, result };
  }
  const model = reportModel({ file: args.file, snapshot, validation, date: new Date().toISOString().slice(0, 10), version, tolerance: config.tolerance, comparison });
  const html = reportHtml(model);
  const format = target.toLowerCase().endsWith('.pdf') ? 'pdf' : 'html';
  if (format === 'pdf') await printHtmlToPdf(html, target);
  else {
    try {
      await fs.writeFile(target, html);
    } catch (e) {
      throw new InputError(`${target}: kan inte skriva rapporten (${(e as Error).message}); inget skrevs`);
    }
  }
  const { errors, warnings } = model.summary;
  if (args.values.json) out(JSON.stringify(reportJsonSchema.parse({ output: target, format, errors, warnings }), null, 2));
  else out(`Skrev kontrollrapporten ${target} (${errors} fel, ${warnings} varningar${comparison ? `, jämförd med ${last}` : ''}).`);
  return errors ? 1 : 0;
}
