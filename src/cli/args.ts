import { parseArgs } from 'node:util';
import { InputError } from '../workbook/errors';
import type { LoadOptions } from '../workbook/load';

export interface ParsedArgs {
  command: string;
  file: string;
  values: Record<string, string | boolean | undefined>;
  /** File limits for this run (--max-mb). */
  load: LoadOptions;
}

const OPTIONS = {
  sheet: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  years: { type: 'string' },
  only: { type: 'string' },
  year: { type: 'string' },
  place: { type: 'string' },
  'max-mb': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const USAGE = `Användning:
  finsam-budget validate FIL.xlsx [--sheet NAMN] [--config FIL.json] [--json]
  finsam-budget forecast FIL.xlsx [-o UT.xlsx] [--years N] [--config FIL.json] [--json]
  finsam-budget equity FIL.xlsx [--sheet NAMN] [--config FIL.json] [--json]
  finsam-budget tables FIL.xlsx [-o UT.xlsx] [--only budget,equity,financial-goals,goals,insatser] [--year ÅÅÅÅ] [--place sheet|below] [--json]
  finsam-budget structure FIL.xlsx [--sheet NAMN] [--config FIL.json] [--json]

Utan --sheet letar verktyget själv upp bladet med budgettabellen.
--max-mb N (alla kommandon): läs filer på högst N MB (standard 50); större filer och
zip-bomber (som packas upp till mer än 100 MB eller 2 × N MB) vägras innan de läses.
Slutkod: 0 utan fel, 1 om något fel hittades, 2 om indata inte kan användas.`;

export function parseCommandLine(argv: string[]): ParsedArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError(`${swedishArgError(e as Error & { code?: string })}; se finsam-budget --help`);
  }
  if (parsed.values.help || parsed.positionals.length === 0) return 'help';
  const [command, file, ...rest] = parsed.positionals;
  if (!file) throw new InputError(`ange en arbetsbok: finsam-budget ${command} FIL.xlsx`);
  if (rest.length) throw new InputError(`okända argument: ${rest.join(' ')}`);
  return { command, file, values: parsed.values, load: { maxBytes: maxBytesArg(parsed.values['max-mb']) } };
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
