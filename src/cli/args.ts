import { parseArgs } from 'node:util';
import { InputError } from '../workbook/errors';

export interface ParsedArgs {
  command: string;
  file: string;
  values: Record<string, string | boolean | undefined>;
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
  help: { type: 'boolean', short: 'h' },
} as const;

export const USAGE = `Användning:
  finsam-budget validate FIL.xlsx [--sheet NAMN] [--config FIL.json] [--json]
  finsam-budget forecast FIL.xlsx [-o UT.xlsx] [--years N] [--config FIL.json] [--json]
  finsam-budget equity FIL.xlsx [--sheet NAMN] [--config FIL.json] [--json]
  finsam-budget tables FIL.xlsx [-o UT.xlsx] [--only budget,equity,financial-goals,goals,insatser] [--year ÅÅÅÅ] [--place sheet|below] [--json]

Utan --sheet letar verktyget själv upp bladet med budgettabellen.
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
  return { command, file, values: parsed.values };
}

/** node:util parseArgs speaks English; a person running the tool reads one Swedish line. */
function swedishArgError(e: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `okänd flagga ${option ? `"${option}"` : ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(e.message)
        ? `flaggan ${option ? `"${option}"` : ''} saknar värde`.replace('  ', ' ')
        : `flaggan ${option ? `"${option}"` : ''} tar inget värde`.replace('  ', ' ');
    default:
      return `ogiltiga argument (${e.message.replace(/\. To specify.*$/s, '')})`;
  }
}
