/** `finsam-budget report FILE.xlsx [-o RAPPORT.html|.pdf] [--compare LAST.xlsx]`: the control report. */
import { z } from 'zod';
import { comparePlans } from '../domain/compare';
import type { Config } from '../domain/config';
import { computeEquity } from '../domain/equity';
import { reportModel, type ReportModel } from '../domain/report';
import type { SheetSnapshot } from '../domain/snapshot';
import { validate, type Validation } from '../domain/validate';
import { reportHtml } from '../report/html';
import { InputError } from '../workbook/errors';
import { version } from '../../package.json';
import type { ParsedArgs } from './args';
import { isBatch, runBatch, skippedJsonSchema, unreadableJsonSchema } from './batch';
import { printHtmlToPdf } from './chromium-pdf';
import { loadConfig, openBudget } from './context';
import { outputPath, writeOutput } from './output';

export const reportJsonSchema = z.object({
  file: z.string(),
  output: z.string(),
  format: z.enum(['html', 'pdf']),
  errors: z.number().int(),
  warnings: z.number().int(),
});
type ReportJson = z.infer<typeof reportJsonSchema>;
/** With several workbooks: one array, a report per readable workbook, {file, error} or {file, skipped} for the others. */
export const batchReportJsonSchema = z.array(z.union([reportJsonSchema, unreadableJsonSchema, skippedJsonSchema]));

/** Writes the report of one checked workbook to `target` (.html, or .pdf through Chromium). */
async function writeReport(file: string, snapshot: SheetSnapshot, validation: Validation, config: Config, target: string, comparison?: ReportModel['comparison']): Promise<ReportJson> {
  const model = reportModel({ file, snapshot, validation, date: new Date().toISOString().slice(0, 10), version, config, comparison });
  const html = reportHtml(model);
  const format = target.toLowerCase().endsWith('.pdf') ? 'pdf' : 'html';
  if (format === 'pdf') await printHtmlToPdf(html, target);
  else await writeOutput(target, new TextEncoder().encode(html));
  return { file, output: target, format, errors: model.summary.errors, warnings: model.summary.warnings };
}

export async function runReport(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void = () => undefined): Promise<number> {
  const last = args.values.compare as string | undefined;
  if (await isBatch(args)) {
    // Many workbooks: a report beside each (NAME-kontrollrapport.html), and the summary table.
    if (args.values.output || last) throw new InputError('-o och --compare gäller en arbetsbok; med flera arbetsböcker skrivs en rapport bredvid varje');
    const config = await loadConfig(args.values.config as string | undefined);
    return runBatch(args, out, err, async (file, snapshot, result) => {
      const json = await writeReport(file, snapshot, result, config, outputPath(file, undefined, 'kontrollrapport', { extensions: ['.html'] }));
      return { json, status: json.errors ? 1 : 0 };
    });
  }
  const target = outputPath(args.file, args.values.output as string | undefined, 'kontrollrapport', { force: args.values.force === true, extensions: ['.html', '.pdf'] });
  const config = await loadConfig(args.values.config as string | undefined);
  const { snapshot, sheet } = await openBudget(args, config);
  const validation = validate(snapshot, config, undefined, sheet);
  let comparison: ReportModel['comparison'];
  if (last) {
    // Last year's plan: its own budget sheet, found as ever (--sheet names this year's).
    const before = await openBudget({ ...args, file: last, files: [last], values: { ...args.values, sheet: undefined } }, config);
    const result = comparePlans(
      { snapshot: before.snapshot, sheet: before.sheet, equity: computeEquity(before.sheet, config) },
      { snapshot, sheet, equity: validation.equity },
    );
    comparison = { oldFile: last, result };
  }
  const json = await writeReport(args.file, snapshot, validation, config, target, comparison);
  if (args.values.json) out(JSON.stringify(reportJsonSchema.parse(json), null, 2));
  else out(`Skrev kontrollrapporten ${target} (${json.errors} fel, ${json.warnings} varningar${comparison ? `, jämförd med ${last}` : ''}).`);
  return json.errors ? 1 : 0;
}
