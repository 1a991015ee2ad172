import { applyPlanToSnapshot } from '../domain/apply';
import { computeEquity } from '../domain/equity';
import { forecast, type ForecastResult } from '../domain/forecast/forecast';
import { ForecastError } from '../domain/forecast/errors';
import { formatKronor } from '../domain/format';
import { parseBudgetSheet } from '../domain/parse';
import { applyPlanToWorkbook } from '../workbook/apply';
import { InputError } from '../workbook/errors';
import type { ParsedArgs } from './args';
import { openForWriting } from './context';
import { withInsatsEndYears } from '../domain/insats-end-years';
import { outputPath, writeOutput } from './output';
import { equityTable } from './report';
import { wrap } from './text';
import { equityJson, forecastJsonSchema } from './schemas';

function horizonArg(raw: string | boolean | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(String(raw)) || n < 1 || n > 10) {
    throw new InputError(`--years ska vara ett heltal 1–10 (antal prognosår efter budgetåret), inte "${raw}"`);
  }
  return n;
}

export async function runForecast(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const horizon = horizonArg(args.values.years);
  const { workbook, snapshots, snapshot, sheet, config: given } = await openForWriting(args);
  // End years decided in a "Beslutade insatser" table count; the configuration file wins.
  const config = withInsatsEndYears(given, snapshots, sheet);
  let result: ForecastResult;
  try {
    result = forecast(snapshot, config, { horizon, existingSheets: workbook.worksheets.map((w) => w.name), sheet });
  } catch (e) {
    if (e instanceof ForecastError) throw new InputError(`${args.file}: ${e.message}; inget skrevs`);
    throw e;
  }
  const after = applyPlanToSnapshot(snapshot, result.plan[0]);
  // Read by the structure found in the input: the new figures do not change which rows a total covers.
  const equity = computeEquity(parseBudgetSheet(after, config, sheet), config);
  const target = outputPath(args.file, args.values.output as string | undefined, 'prognos', { force: args.values.force === true });
  applyPlanToWorkbook(workbook, result.plan);
  await writeOutput(target, new Uint8Array(await workbook.xlsx.writeBuffer()));
  if (args.values.json) {
    const json = forecastJsonSchema.parse({
      output: target,
      sheet: snapshot.sheetName,
      budgetYear: result.sheet.budgetYear,
      addedYears: result.addedYears,
      filled: result.filled,
      leftOut: result.leftOut,
      equity: equityJson(equity),
    });
    out(JSON.stringify(json, null, 2));
    return 0;
  }
  const lines = [
    ...wrap(`Prognos för ${result.targetYears.join(', ')} i bladet "${snapshot.sheetName}" (budgetår ${result.sheet.budgetYear}).`, ''),
    ...(result.addedYears.length ? wrap(`Nya kolumner: ${result.addedYears.map((y) => `Prognos ${y}`).join(', ')}.`, '') : ['']),
    ...wrap(`${result.filled.length} celler ifyllda (gulmarkerade, med anteckning); antagandena står i bladet "${result.plan[1]?.sheet ?? '–'}".`, ''),
    '',
    ...result.filled.flatMap((f) => wrap(`${f.row} ${f.year}: ${formatKronor(f.value)} ${f.formula ?? ''} (${f.assumption})`, `  ${f.cell.padEnd(6)} `)),
    ...result.leftOut.flatMap((l) => wrap(`${l.cell ? `${l.cell} (${l.year})` : l.year} lämnades tom: ${l.reason}.`, '  ')),
    '',
    'Eget kapital efter prognosen:',
    ...equityTable(equity),
    '',
    ...wrap(`Skrev ${target}; indatafilen är orörd.`, ''),
  ];
  out(lines.filter((l, i) => l !== '' || i > 0).join('\n'));
  return 0;
}
