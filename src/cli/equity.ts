import type { Config } from '../domain/config';
import { splitDismissed } from '../domain/dismiss';
import { formatKronor, NBSP } from '../domain/format';
import type { SheetSnapshot } from '../domain/snapshot';
import { validate, type Validation } from '../domain/validate';
import type { ParsedArgs } from './args';
import { isBatch, runBatch } from './batch';
import { openBudget } from './context';
import { equityTable, findingsText } from './report';
import { equityReportJsonSchema, type EquityReportJson } from './schemas';
import { wrap } from './text';

const BREACHES = new Set(['equity-over-cap', 'equity-below-floor']);

function equityJsonOf(file: string, snapshot: SheetSnapshot, result: Validation): EquityReportJson {
  return equityReportJsonSchema.parse({
    file,
    sheet: snapshot.sheetName,
    budgetYear: result.sheet.budgetYear,
    equity: result.equity,
    breaches: result.findings.filter((f) => BREACHES.has(f.rule)),
    chainBreaks: result.findings.filter((f) => f.rule === 'equity-carry-forward'),
  });
}

function capLine(config: Config): string {
  const tiers = config.equity.capTiers.map((t) => `${t.rate * 100}${NBSP}%${t.upTo ? ` upp till ${t.upTo / 1e6}${NBSP}mnkr` : ' därutöver'}`);
  return `Tak: ${tiers.join(', ')} av årets medlemsbidrag. Golv: ${formatKronor(config.equity.floor)}.`;
}

/** The equity development per year and its breaches of cap and floor. */
export async function runEquity(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void = () => undefined): Promise<number> {
  if (await isBatch(args)) return runBatch(args, out, err, (file, snapshot, result) => ({ json: equityJsonOf(file, snapshot, result), status: 0 }));
  const { snapshot, sheet, config } = await openBudget(args);
  const result = validate(snapshot, config, undefined, sheet);
  const breaches = result.findings.filter((f) => BREACHES.has(f.rule));
  const chainBreaks = result.findings.filter((f) => f.rule === 'equity-carry-forward');
  if (args.values.json) {
    out(JSON.stringify(equityJsonOf(args.file, snapshot, result), null, 2));
    return 0;
  }
  // Breaches the user has set aside are not printed again (the JSON keeps them all).
  const { active: shownBreaches } = splitDismissed(breaches, config);
  out(
    [
      ...wrap(`Eget kapital i bladet "${snapshot.sheetName}" (budgetår ${result.sheet.budgetYear ?? 'saknas'}).`, ''),
      ...wrap(
        result.sheet.convention === 'result'
          ? 'Utgående = ingående eget kapital + intäkter totalt − kostnader totalt (årets resultat).'
          : 'Utgående = intäkter totalt (inklusive ingående eget kapital) − kostnader totalt.',
        '',
      ),
      ...wrap(capLine(config), ''),
      '',
      ...equityTable(result.equity, true),
      ...(chainBreaks.length
        ? ['', ...wrap('Kedjan bryts: ingående eget kapital ett år är inte utgående året före.', ''), ...findingsText(chainBreaks, !!args.values.verbose).slice(1)]
        : ['', ...wrap('Kedjan håller: varje års ingående eget kapital är utgående året före.', '')]),
      ...(shownBreaches.length
        ? findingsText(shownBreaches, !!args.values.verbose)
        : ['', breaches.length ? `Alla ${breaches.length} år utanför tak eller golv är ignorerade (konfigurationens "dismissed").` : 'Eget kapital håller sig inom tak och golv alla år från budgetåret.']),
    ].join('\n'),
  );
  return 0;
}
