import { formatKronor, NBSP } from '../domain/format';
import { wrap } from './text';
import { splitDismissed } from '../domain/dismiss';
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
  // Breaches the user has set aside are not printed again (the JSON keeps them all).
  const { active: shownBreaches } = splitDismissed(breaches, config);
  if (args.values.json) {
    const json = equityReportJsonSchema.parse({
      file: args.file,
      sheet: snapshot.sheetName,
      budgetYear: result.sheet.budgetYear,
      equity: result.equity,
      breaches,
    });
    out(JSON.stringify(json, null, 2));
    return 0;
  }
  out(
    [
      ...wrap(`Eget kapital i bladet "${snapshot.sheetName}" (budgetår ${result.sheet.budgetYear ?? 'saknas'}).`, ''),
      ...wrap('Utgående = intäkter totalt (inklusive ingående eget kapital) − kostnader totalt.', ''),
      ...wrap(`Tak: ${config.equity.capTiers.map((t) => `${t.rate * 100}${NBSP}%${t.upTo ? ` upp till ${t.upTo / 1e6}${NBSP}mnkr` : ' därutöver'}`).join(', ')} av årets medlemsbidrag. Golv: ${formatKronor(config.equity.floor)}.`, ''),
      '',
      ...equityTable(result.equity, true),
      ...(shownBreaches.length
        ? findingsText(shownBreaches, !!args.values.verbose)
        : ['', breaches.length ? `Alla ${breaches.length} år utanför tak eller golv är ignorerade (konfigurationens "dismissed").` : 'Eget kapital håller sig inom tak och golv alla år från budgetåret.']),
    ].join('\n'),
  );
  return 0;
}
