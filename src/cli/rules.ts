import { rules } from '../domain/rules';
import { ruleDocs } from '../domain/rules/docs';
import type { ParsedArgs } from './args';
import { rulesJsonSchema } from './schemas';
import { wrap } from './text';

const SEVERITY = { error: 'fel', warning: 'varning' } as const;

/** `rules`: every rule in Swedish: what it checks, why it matters, and where it comes from. */
export async function runRules(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const list = rules.map((r) => ({ id: r.id, severity: r.severity, name: r.name.sv, ...ruleDocs[r.id] }));
  if (args.values.json) {
    out(JSON.stringify(rulesJsonSchema.parse(list), null, 2));
    return 0;
  }
  const lines = ['Reglerna som finsam-budget validate kontrollerar:'];
  for (const r of list) {
    lines.push('', ...wrap(`${r.name} (${SEVERITY[r.severity]}, ${r.id})`, ''));
    lines.push(...wrap(r.what, '  Vad:    ', ' '.repeat(10)));
    lines.push(...wrap(r.why, '  Varför: ', ' '.repeat(10)));
    lines.push(...wrap(r.source, '  Källa:  ', ' '.repeat(10)));
  }
  out(lines.join('\n'));
  return 0;
}
