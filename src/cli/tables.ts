import { budgetPageSetup } from '../domain/print';
import { buildTables, tableIds, TableError, type TableId, type TablePlacement } from '../domain/tables';
import { applyPlanToWorkbook, tableNamesOf } from '../workbook/apply';
import { InputError } from '../workbook/errors';
import type { ParsedArgs } from './args';
import { openForWriting } from './context';
import { outputPath, writeOutput } from './output';
import { tablesJsonSchema } from './schemas';
import { wrap } from './text';

function onlyArg(raw: string | boolean | undefined): TableId[] | undefined {
  if (typeof raw !== 'string') return undefined;
  const ids = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !(tableIds as readonly string[]).includes(id));
  if (unknown.length || !ids.length) {
    throw new InputError(`--only: okänd tabell ${unknown.map((u) => `"${u}"`).join(', ') || '(ingen angiven)'}; välj bland ${tableIds.join(', ')}`);
  }
  return ids as TableId[];
}

function yearArg(raw: string | boolean | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/.test(String(raw))) throw new InputError(`--year ska vara ett årtal med fyra siffror, inte "${raw}"`);
  return Number(raw);
}

function placeArg(raw: string | boolean | undefined): TablePlacement {
  if (raw === undefined || raw === 'sheet') return { mode: 'new-sheet' };
  if (raw === 'below') return { mode: 'below' };
  throw new InputError(`--place ska vara "sheet" (ett nytt blad per tabell) eller "below" (under budgettabellen), inte "${raw}"`);
}

export async function runTables(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const only = onlyArg(args.values.only);
  const year = yearArg(args.values.year);
  const placement = placeArg(args.values.place);
  const { workbook, snapshots, snapshot, sheet, config } = await openForWriting(args);
  const existing = tableNamesOf(workbook);
  let result;
  try {
    result = buildTables(snapshot, config, {
      only,
      year,
      placement,
      workbook: { sheetNames: workbook.worksheets.map((w) => w.name), tableNames: existing, sheets: snapshots },
      sheet,
    });
  } catch (e) {
    if (e instanceof TableError) throw new InputError(`${args.file}: ${e.message}; inget skrevs`);
    throw e;
  }
  const target = outputPath(args.file, args.values.output as string | undefined, 'tabeller', { force: args.values.force === true });
  applyPlanToWorkbook(workbook, result.plan);
  // The output is a new workbook, made to be printed: its budget sheet prints one page wide too
  // (print titles and a footer the person set up are kept). The input is never touched.
  if (!result.plan.some((p) => p.sheet === snapshot.sheetName)) {
    applyPlanToWorkbook(workbook, [{ sheet: snapshot.sheetName, create: false, edits: [], tables: [], columnWidths: {}, pageSetup: budgetPageSetup(snapshot, sheet) }]);
  }
  await writeOutput(target, new Uint8Array(await workbook.xlsx.writeBuffer()));
  if (args.values.json) {
    out(JSON.stringify(tablesJsonSchema.parse({ output: target, tables: result.tables }), null, 2));
    return 0;
  }
  const lines = result.tables.flatMap((t) => {
    const taken = [
      ...(t.renamedFrom ? [`tabellen ${t.renamedFrom}`] : []),
      ...(t.sheetRenamedFrom ? [`bladet "${t.sheetRenamedFrom}"`] : []),
    ];
    const note = taken.length ? ` (${taken.join(' och ')} fanns redan, så den nya fick ett eget namn och en egen plats; den tidigare är orörd)` : '';
    return wrap(`${t.title}: tabellen ${t.name} på bladet "${t.sheet}", ${t.range}${note}`, '  ', '    ');
  });
  out([`Infogade ${result.tables.length === 1 ? '1 tabell' : `${result.tables.length} tabeller`} från bladet "${snapshot.sheetName}":`, ...lines, '', ...wrap(`Skrev ${target}; indatafilen är orörd.`, '')].join('\n'));
  return 0;
}
