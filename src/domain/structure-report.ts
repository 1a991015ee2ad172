import { z } from 'zod';
import type { Config } from './config';
import { sheetColumn } from './formulas';
import { isTotal, type BudgetRow, type BudgetSheet } from './model';
import { correctedValue } from './structure';
import { parseA1, snapshotA1, type SheetSnapshot } from './snapshot';

/** What the tool read from a sheet, as `finsam-budget structure --json` prints it and the pane shows it. */
export const structureSchema = z.object({
  sheet: z.string(),
  headerRows: z.array(z.number().int()),
  labelColumn: z.string(),
  budgetYear: z.number().int().nullable(),
  unit: z.object({ name: z.enum(['kr', 'tkr']), scale: z.number(), source: z.string() }),
  years: z.array(z.object({ year: z.number().int(), column: z.string(), kind: z.enum(['outcome', 'budget', 'prognosis', 'year']), header: z.string() })),
  rows: z.array(z.object({ row: z.number().int(), label: z.string(), block: z.enum(['income', 'cost']), role: z.string(), section: z.string().optional() })),
  totals: z.array(
    z.object({
      row: z.number().int(),
      label: z.string(),
      covers: z.array(z.number().int()),
      minus: z.array(z.number().int()).optional(),
      decidedBy: z.enum(['formula', 'arithmetic', 'label', 'config']),
      reason: z.string(),
      uncertain: z.boolean(),
    }),
  ),
  members: z.array(z.object({ row: z.number().int(), label: z.string(), payer: z.string() })),
  equity: z.object({ convention: z.enum(['income-includes-equity', 'result']), description: z.string() }),
  skipped: z.array(z.object({ what: z.enum(['column', 'row', 'table']), cell: z.string(), text: z.string(), reason: z.string() })),
  yearProblems: z.array(z.string()),
});
export type StructureReport = z.infer<typeof structureSchema>;

const CONVENTIONS = {
  'income-includes-equity': 'intäkterna totalt innehåller ingående eget kapital; utgående eget kapital = intäkter totalt − kostnader totalt',
  result: 'årets resultat = intäkter − kostnader; eget kapital vid årets slut = vid årets början + årets resultat; början nästa år = slutet detta år',
} as const;

const PAYERS: Record<string, string> = {
  state: 'staten (Försäkringskassan)',
  region: 'regionen',
  municipality: 'kommun',
  'region-and-municipality': 'region och kommun',
};

/** The structure the parser read, in sheet row numbers and column letters. */
export function describeStructure(snapshot: SheetSnapshot, sheet: BudgetSheet, config: Config): StructureReport {
  const origin = parseA1(snapshot.topLeft).row;
  const sheetRow = (r: number) => origin + r + 1;
  return {
    sheet: sheet.sheetName,
    headerRows: [...sheet.headerRows].sort((a, b) => a - b).map(sheetRow),
    labelColumn: sheetColumn(snapshot, sheet.labelCol),
    budgetYear: sheet.budgetYear,
    unit: sheet.unit,
    years: sheet.years.map((y) => ({ year: y.year, column: sheetColumn(snapshot, y.col), kind: y.kind, header: y.header })),
    rows: sheet.rows.map((r) => ({ row: sheetRow(r.row), label: r.label, block: r.block, role: r.role, ...(r.section ? { section: r.section } : {}) })),
    totals: sheet.rows.filter((r) => isTotal(r) && r.components).map((r) => ({
      row: sheetRow(r.row),
      label: r.label,
      covers: r.components!.map(sheetRow),
      ...(r.minus?.length ? { minus: r.minus.map(sheetRow) } : {}),
      decidedBy: r.decidedBy ?? 'label',
      reason: reasonFor(sheet, r, config),
      uncertain: Boolean(r.uncertain),
    })),
    members: sheet.rows.filter((r) => r.role === 'contribution').map((r) => ({ row: sheetRow(r.row), label: r.label, payer: r.payer ?? 'okänd medlem' })),
    equity: { convention: sheet.convention, description: CONVENTIONS[sheet.convention] },
    skipped: sheet.skipped.map((s) => ({
      what: s.what,
      cell: s.col >= 0 ? snapshotA1(snapshot, s.row, s.col) : snapshotA1(snapshot, s.row, sheet.labelCol),
      text: s.text,
      reason: s.reason,
    })),
    yearProblems: sheet.yearProblems,
  };
}

function reasonFor(sheet: BudgetSheet, row: BudgetRow, config: Config): string {
  if (row.uncertain) return `osäker: ${row.uncertain}`;
  switch (row.decidedBy) {
    case 'formula':
      return 'formeln i summacellen anger raderna';
    case 'config':
      return 'angivet i konfigurationen (structure.totals)';
    case 'arithmetic':
      return `raderna ovanför summerar till beloppet (${agreement(sheet, row, config)}); rubrikerna ensamma hade angett andra rader`;
    default:
      return `rubrikerna anger raderna (${agreement(sheet, row, config)})`;
  }
}

/** "stämmer 4 av 5 år" for a typed total. */
function agreement(sheet: BudgetSheet, row: BudgetRow, config: Config): string {
  let years = 0;
  let agree = 0;
  for (const y of sheet.years) {
    const shown = row.amounts.get(y.year)?.value;
    if (shown === null || shown === undefined) continue;
    years++;
    const parts = [...row.components!.map((c) => [c, 1] as const), ...(row.minus ?? []).map((c) => [c, -1] as const)];
    const sum = parts.reduce((s, [c, sign]) => s + sign * correctedValue(sheet, sheet.byRow.get(c)!, y.year, config.tolerance), 0);
    if (Math.abs(sum - shown) <= config.tolerance) agree++;
  }
  return years ? `stämmer ${agree} av ${years} år` : 'summan är tom';
}

const ROLE_NAMES: Record<string, string> = {
  contribution: 'medlemsbidrag',
  'contribution-subtotal': 'summa medlemsbidrag',
  'other-income': 'övrig intäkt',
  'opening-equity': 'ingående eget kapital',
  'income-total': 'intäkter totalt',
  'section-header': 'rubrik',
  item: 'kostnad',
  subtotal: 'delsumma',
  reserve: 'reserv',
  'cost-total': 'kostnader totalt',
  result: 'årets resultat',
  'closing-equity': 'utgående eget kapital',
  excluded: 'utanför summorna',
};

export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role;
}

export function payerName(payer: string): string {
  return PAYERS[payer] ?? payer;
}

const HOW: Record<string, string> = { formula: 'formel', arithmetic: 'aritmetik', label: 'rubriker', config: 'konfiguration' };

/** The report as lines a person reads (the CLI's text output). */
export function structureText(r: StructureReport): string[] {
  const lines = [
    `Så läste verktyget bladet "${r.sheet}"`,
    `Rubrikrad: ${r.headerRows.join(', ')}   Radrubriker i kolumn ${r.labelColumn}   Budgetår: ${r.budgetYear ?? 'hittades inte'}`,
    `Enhet: ${r.unit.name} (${r.unit.source})`,
    `Årskolumner: ${r.years.map((y) => `${y.column} ${y.header} (${y.kind})`).join(', ')}`,
    ...r.yearProblems.map((p) => `  Problem med årskolumnerna: ${p}`),
    '',
    'Rader:',
    ...r.rows.map((x) => `  ${String(x.row).padStart(4)}  ${x.label.padEnd(40)} ${roleName(x.role)}`),
    '',
    'Summor och vilka rader de omfattar:',
    ...r.totals.map((t) => `  ${String(t.row).padStart(4)}  ${t.label}: rad ${t.covers.join(', ')}${t.minus ? ` minus rad ${t.minus.join(', ')}` : ''}  [${HOW[t.decidedBy]}] ${t.reason}`),
    '',
    'Medlemmar:',
    ...(r.members.length ? r.members.map((m) => `  ${String(m.row).padStart(4)}  ${m.label}: ${payerName(m.payer)}`) : ['  inga medlemsbidrag hittades']),
    '',
    `Eget kapital: ${r.equity.description}.`,
  ];
  if (r.skipped.length) lines.push('', 'Hoppade över:', ...r.skipped.map((s) => `  ${s.cell}  "${s.text}": ${s.reason}`));
  return lines;
}
