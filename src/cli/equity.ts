import { formatKronor } from '../domain/format';
import { validate } from '../domain/validate';
import type { ParsedArgs } from './args';
import { openBudget } from './context';
import { equityTable, findingsText } from './report';
import { equityReportJsonSchema } from './schemas';

const BREACHES = new Set(['equity-over-cap', 'equity-below-floor']);

/** The equity development per year and its breaches of cap and floor. */
export async function runEquity(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const { snapshot, sheet, config } = await openBudget(args);
  const result = validate(snapshot, config, undefined, sheet);
  const breaches = result.findings.filter((f) => BREACHES.has(f.rule));
  const chainBreaks = result.findings.filter((f) => f.rule === 'equity-carry-forward');
  if (args.values.json) {
    const json = equityReportJsonSchema.parse({
      file: args.file,
      sheet: snapshot.sheetName,
      budgetYear: result.sheet.budgetYear,
      equity: result.equity,
      breaches,
      chainBreaks,
    });
    out(JSON.stringify(json, null, 2));
    return 0;
  }
  out(
    [
      `Eget kapital i bladet "${snapshot.sheetName}" (budgetår ${result.sheet.budgetYear ?? 'saknas'}).`,
      result.sheet.convention === 'result'
        ? 'Utgående = ingående eget kapital + intäkter totalt − kostnader totalt (årets resultat).'
        : 'Utgående = intäkter totalt (inklusive ingående eget kapital) − kostnader totalt.',
      `Tak: ${config.equity.capTiers.map((t) => `${t.rate * 100} %${t.upTo ? ` upp till ${t.upTo / 1e6} mnkr` : ' därutöver'}`).join(', ')} av årets medlemsbidrag. Golv: ${formatKronor(config.equity.floor)}.`,
      '',
      ...equityTable(result.equity, true),
      ...(chainBreaks.length
        ? ['', 'Kedjan bryts: ingående eget kapital ett år är inte utgående året före.', ...findingsText(chainBreaks).slice(1)]
        : ['', 'Kedjan håller: varje års ingående eget kapital är utgående året före.']),
      ...(breaches.length ? findingsText(breaches) : ['', 'Eget kapital håller sig inom tak och golv alla år från budgetåret.']),
    ].join('\n'),
  );
  return 0;
}
