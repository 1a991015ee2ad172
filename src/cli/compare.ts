/** `finsam-budget compare LAST.xlsx THIS.xlsx [--json]`: what changed since last year's plan. */
import { z } from 'zod';
import { comparePlans, comparisonSchema, type Comparison, type RowChange } from '../domain/compare';
import { computeEquity } from '../domain/equity';
import { formatKronor } from '../domain/format';
import type { ParsedArgs } from './args';
import { InputError } from '../workbook/errors';
import { loadConfig, openBudget } from './context';

export const compareJsonSchema = comparisonSchema.extend({ oldFile: z.string(), newFile: z.string() });
export type CompareJson = z.infer<typeof compareJsonSchema>;

const STATUS: Record<string, string> = { ok: 'inom', 'over-cap': 'över taket', 'below-floor': 'under golvet' };

const kr = (v: number | null) => (v === null ? '–' : formatKronor(v));
const signed = (v: number) => (v > 0 ? `+${formatKronor(v)}` : formatKronor(v));

/** One row: its label (and last year's, where renamed), then each year that changed: old → new (difference). */
function rowLines(r: RowChange): string[] {
  const name = r.oldLabel !== undefined ? `${r.label} (förra året "${r.oldLabel}")` : r.label;
  if (r.status === 'new' || r.status === 'removed') {
    const side = r.status === 'new' ? 'new' : 'old';
    const years = r.years.filter((y) => y[side] !== null).map((y) => `${y.year}: ${kr(y[side])}`);
    return [`  ${name} (${r.status === 'new' ? r.newCell : r.oldCell})  ${years.join(', ') || 'inga belopp'}`];
  }
  const years = r.years.filter((y) => y.old !== y.new).map((y) => `${y.year}: ${kr(y.old)} → ${kr(y.new)}${y.diff === null ? '' : ` (${signed(y.diff)})`}`);
  return [`  ${name} (${r.oldCell} → ${r.newCell})`, ...years.map((y) => `      ${y}`)];
}

function section(title: string, rows: RowChange[]): string[] {
  return rows.length ? ['', `${title} (${rows.length})`, ...rows.flatMap(rowLines)] : [];
}

export function compareText(c: CompareJson): string {
  const years = (ys: number[]) => (ys.length ? ys.join(', ') : 'inga');
  const renamed = [...c.rows, ...c.totals].filter((r) => r.oldLabel !== undefined);
  const moved = [...c.rows, ...c.totals].filter((r) => r.moved);
  return [
    `Förra planen: ${c.oldFile} (bladet "${c.old.sheet}", budgetår ${c.old.budgetYear ?? 'saknas'})`,
    `Den här planen: ${c.newFile} (bladet "${c.new.sheet}", budgetår ${c.new.budgetYear ?? 'saknas'})`,
    `År i båda: ${years(c.years.common)}; nya år: ${years(c.years.added)}; år som inte längre finns: ${years(c.years.removed)}.`,
    ...section('Ändrade rader, störst ändring först', c.rows.filter((r) => r.status === 'changed')),
    ...section('Nya rader', c.rows.filter((r) => r.status === 'new')),
    ...section('Borttagna rader', c.rows.filter((r) => r.status === 'removed')),
    ...section('Summor som ändrats', c.totals.filter((r) => r.status !== 'unchanged')),
    ...(c.equity.length
      ? ['', `Utgående eget kapital som ändrats (${c.equity.length})`, ...c.equity.map((e) => `  ${e.year}: ${kr(e.old)} → ${kr(e.new)} (${signed(e.diff)}); ${STATUS[e.oldStatus] ?? e.oldStatus} → ${STATUS[e.newStatus] ?? e.newStatus}`)]
      : ['', 'Utgående eget kapital är oförändrat de år som finns i båda planerna.']),
    ...(renamed.length ? ['', `Rader med nytt namn (${renamed.length})`, ...renamed.map((r) => `  "${r.oldLabel}" → "${r.label}" (${r.oldCell} → ${r.newCell}; ${MATCH[r.match ?? 'label']})`)] : []),
    ...(moved.length ? ['', `Flyttade rader (${moved.length})`, ...moved.map((r) => `  ${r.label} (${r.oldCell} → ${r.newCell})`)] : []),
    '',
    `Sammanfattning: ${c.summary.paired} rader parade, ${c.summary.changed} ändrade, ${c.summary.new} nya, ${c.summary.removed} borttagna, ${c.summary.renamed} med nytt namn, ${c.summary.moved} flyttade.`,
  ].join('\n');
}

const MATCH: Record<string, string> = {
  label: 'samma namn utan hänsyn till accenter, skiljetecken och versaler',
  'similar-label': 'liknande namn',
  structure: 'samma avsnitt och samma belopp ett år',
};

export async function runCompare(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const [oldFile, newFile] = args.files;
  if (!newFile) throw new InputError('compare jämför två arbetsböcker: finsam-budget compare FÖRRA.xlsx DENNA.xlsx');
  const config = await loadConfig(args.values.config as string | undefined);
  const open = async (file: string) => {
    const { snapshot, sheet } = await openBudget({ ...args, file, files: [file] }, config);
    return { snapshot, sheet, equity: computeEquity(sheet, config) };
  };
  const comparison: Comparison = comparePlans(await open(oldFile), await open(newFile));
  const json: CompareJson = { oldFile, newFile, ...comparison };
  out(args.values.json ? JSON.stringify(json, null, 2) : compareText(json));
  return 0;
}
