import { parseArgs } from 'node:util';
import { InputError } from '../workbook/errors';
import type { LoadOptions } from '../workbook/load';

export interface ParsedArgs {
  command: string;
  file: string;
  /** Every file or folder named (the first is `file`); more than one only for the commands that take many. */
  files: string[];
  values: Record<string, string | boolean | undefined>;
  /** File limits for this run (--max-mb). */
  load: LoadOptions;
}

const OPTIONS = {
  sheet: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  years: { type: 'string' },
  only: { type: 'string' },
  year: { type: 'string' },
  place: { type: 'string' },
  compare: { type: 'string' },
  'max-mb': { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** How many files a command takes; the others take one. */
const FILES_TAKEN: Record<string, number> = { validate: Infinity, equity: Infinity, report: Infinity, compare: 2 };

export const USAGE = `Användning:
  finsam-budget validate FIL.xlsx|MAPP ... [--sheet NAMN] [--config FIL.json]
    [--json] [-v]
  finsam-budget fix FIL.xlsx [-o UT.xlsx [--force]] [--sheet NAMN]
    [--config FIL.json] [--json]
  finsam-budget forecast FIL.xlsx [-o UT.xlsx [--force]] [--years N]
    [--config FIL.json] [--json]
  finsam-budget equity FIL.xlsx|MAPP ... [--sheet NAMN] [--config FIL.json]
    [--json]
  finsam-budget tables FIL.xlsx [-o UT.xlsx [--force]]
    [--only budget,equity,financial-goals,goals,insatser] [--year ÅÅÅÅ]
    [--place sheet|below] [--json]
  finsam-budget compare FÖRRA.xlsx DENNA.xlsx [--config FIL.json] [--json]
  finsam-budget report FIL.xlsx|MAPP ... [-o RAPPORT.html|RAPPORT.pdf]
    [--compare FÖRRA.xlsx] [--sheet NAMN] [--config FIL.json] [--json]
  finsam-budget structure FIL.xlsx [--sheet NAMN] [--config FIL.json] [--json]
  finsam-budget rules [--json]
  finsam-budget help | --help        den här texten
  finsam-budget version | --version  verktygets version

fix skriver bara åtgärder som inte ändrar något värde, och listar förslagen.
-v (--verbose) visar reglernas id; rules förklarar varje regel.
structure visar hur verktyget läste bladet: rubrikrad, årskolumner, radernas
roller, vilka rader varje summa täcker och varför.

Utan --sheet letar verktyget själv upp bladet med budgettabellen.
-o skriver aldrig över indatafilen och en befintlig fil bara med --force.
validate, equity och report tar flera filer eller en mapp (dess .xlsx-filer):
en sammanställning per fil, med --json en lista; slutkoden är den sämsta av
filernas (2 om någon fil inte kunde läsas).
--max-mb N (alla kommandon): läs filer på högst N MB (standard 50); större
filer och zip-bomber (som packas upp till mer än 100 MB eller 2 × N MB) vägras
innan de läses.
Slutkod: 0 utan fel, 1 om något fel hittades (ignorerade fel räknas inte),
2 om indata inte kan användas.`;

export function parseCommandLine(argv: string[]): ParsedArgs | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError(`${swedishArgError(e as Error & { code?: string })}; se finsam-budget --help`);
  }
  const [command, ...files] = parsed.positionals;
  const file = files[0];
  if (parsed.values.version || command === 'version') return 'version';
  if (parsed.values.help || command === undefined || command === 'help') return 'help';
  // Only `rules` needs no workbook: it explains the rules.
  if (!file && command === 'rules') return { command, file: '', files, values: parsed.values, load: {} };
  if (!file) throw new InputError(`ange en arbetsbok: finsam-budget ${command} FIL.xlsx`);
  const rest = files.slice(FILES_TAKEN[command] ?? 1);
  if (rest.length) throw new InputError(`okända argument: ${rest.join(' ')}`);
  return { command, file, files, values: parsed.values, load: { maxBytes: maxBytesArg(parsed.values['max-mb']) } };
}

/** --max-mb N as a byte limit for the file host, or undefined for the default (50 MB). */
export function maxBytesArg(raw: string | boolean | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(String(raw).replace(',', '.'));
  if (!/^\d+([.,]\d+)?$/.test(String(raw)) || !(n > 0) || n > 2048) {
    throw new InputError(`--max-mb ska vara ett tal större än 0 och högst 2048 (megabyte), inte "${raw}"`);
  }
  return Math.round(n * 1024 * 1024);
}

/** node:util parseArgs speaks English; a person running the tool reads one Swedish line. */
function swedishArgError(e: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `okänd flagga ${option ? `"${option}"` : ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // "--years -1": the value starts with a dash, so it reads as another flag.
      if (/ambiguous/.test(e.message)) {
        return `flaggan ${option ? `"${option}"` : ''} saknar värde eller har ett värde som börjar med "-"; skriv i så fall ${option ?? '--flagga'}=VÄRDE`.replace('  ', ' ');
      }
      return /argument missing/.test(e.message)
        ? `flaggan ${option ? `"${option}"` : ''} saknar värde`.replace('  ', ' ')
        : `flaggan ${option ? `"${option}"` : ''} tar inget värde`.replace('  ', ' ');
    default:
      return `ogiltiga argument (${e.message.replace(/\. To specify.*$/s, '')})`;
  }
}
