import { ConfigError } from '../domain/config';
import { NoBudgetTableError } from '../domain/parse';
import { InputError } from '../workbook/errors';
import { version } from '../../package.json';
import { parseCommandLine, USAGE, type ParsedArgs } from './args';
import { runCompare } from './compare';
import { runEquity } from './equity';
import { runFix } from './fix';
import { runForecast } from './forecast';
import { runReport } from './report-file';
import { runRules } from './rules';
import { runStructure } from './structure';
import { runTables } from './tables';
import { runValidate } from './validate';
import { writeLine } from './stdout';

// The bundle's own writer, for the test that runs it in a child process on a real pipe.
export { writeLine };

type Command = (args: ParsedArgs, out: (s: string) => void, err: (s: string) => void) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: runValidate,
  forecast: runForecast,
  equity: runEquity,
  tables: runTables,
  compare: runCompare,
  report: runReport,
  fix: runFix,
  rules: runRules,
  structure: runStructure,
};

/** Runs one command; returns the exit status. Unusable input is one Swedish line on stderr. */
export async function main(argv: string[], out = writeLine, err = (s: string) => process.stderr.write(s + '\n')): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    if (args === 'help') {
      out(USAGE);
      return 0;
    }
    if (args === 'version') {
      out(`finsam-budget ${version}`);
      return 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new InputError(`okänt kommando "${args.command}"; kända kommandon: ${Object.keys(COMMANDS).join(', ')}; se finsam-budget --help`);
    return await command(args, out, err);
  } catch (e) {
    if (e instanceof InputError || e instanceof ConfigError || e instanceof NoBudgetTableError) {
      err(`finsam-budget: ${e.message}`);
      return 2;
    }
    err(`finsam-budget: oväntat fel: ${(e as Error).message}. Rapportera gärna felet med filen bifogad.`);
    return 3;
  }
}
