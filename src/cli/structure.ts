import { describeStructure, structureSchema, structureText } from '../domain/structure-report';
import type { ParsedArgs } from './args';
import { openBudget } from './context';

/** `structure`: the table as the tool read it, every decision with its reason. */
export async function runStructure(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const { snapshot, sheet, config } = await openBudget(args);
  const report = describeStructure(snapshot, sheet, config);
  if (args.values.json) out(JSON.stringify(structureSchema.parse(report), null, 2));
  else out(structureText(report).join('\n'));
  return 0;
}
