import { formatKronor } from '../domain/format';
import type { SheetSnapshot } from '../domain/snapshot';
import { validate, type Validation } from '../domain/validate';
import { isBatch, runBatch } from './batch';
import type { ParsedArgs } from './args';
import { openBudget } from './context';
import { equityTable, findingsText } from './report';
import { equityReportJsonSchema, type EquityReportJson } from './schemas';

const BREACHES = new Set(['equity-over-cap', 'equity-below-floor']);

function equityJsonOf(file: string, snapshot: SheetSnapshot, result: Validation): EquityReportJson {
  return equityReportJsonSchema.parse({
    file,
    sheet: snapshot.sheetName,
    budgetYear: result.sheet.budgetYear,
    equity: result.equity,
    breaches: result.findings.filter((f) => BREACHES.has(f.rule)),
  });
}

/** The equity development per year and its breaches of cap and floor. */
export async function runEquity(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void = () => undefined): Promise<number> {
  if (await isBatch(args)) return runBatch(args, out, err, (file, snapshot, result) => ({ json: equityJsonOf(file, snapshot, result), status: 0 }));
  const { snapshot, sheet, config } = await openBudget(args);
  const result = validate(snapshot, config, undefined, sheet);
  const breaches = result.findings.filter((f) => BREACHES.has(f.rule));
  if (args.values.json) {
    out(JSON.stringify(equityJsonOf(args.file, snapshot, result), null, 2));
    return 0;
  }
  out(
    [
      `Eget kapital i bladet "${snapshot.sheetName}" (budgetår ${result.sheet.budgetYear ?? 'saknas'}).`,
      'Utgående = intäkter totalt (inklusive ingående eget kapital) − kostnader totalt.',
      `Tak: ${config.equity.capTiers.map((t) => `${t.rate * 100} %${t.upTo ? ` upp till ${t.upTo / 1e6} mnkr` : ' därutöver'}`).join(', ')} av årets medlemsbidrag. Golv: ${formatKronor(config.equity.floor)}.`,
      '',
      ...equityTable(result.equity, true),
      ...(breaches.length ? findingsText(breaches) : ['', 'Eget kapital håller sig inom tak och golv alla år från budgetåret.']),
    ].join('\n'),
  );
  return 0;
}
