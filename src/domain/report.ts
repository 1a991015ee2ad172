/**
 * What the control report (kontrollrapport) shows, as data: the plan, the findings grouped by
 * severity and rule, the equity per year, the funding split per year, and the structure the tool
 * read (which rows each total covers). Pure: src/report/html.ts renders it, the command line
 * writes it.
 */
import type { Comparison } from './compare';
import type { EquityYear } from './equity';
import type { Finding, Severity } from './findings';
import { isTotal, type BudgetSheet } from './model';
import { rules } from './rules';
import { snapshotA1, type SheetSnapshot } from './snapshot';
import type { Validation } from './validate';

export interface FindingGroup {
  severity: Severity;
  rule: string;
  /** The rule's Swedish description, as the heading. */
  title: string;
  findings: Finding[];
}

export interface FundingYear {
  year: number;
  /** Försäkringskassan (the state's half). */
  state: number;
  /** Region and municipalities together (the other half). */
  others: number;
  difference: number;
  equal: boolean;
}

export interface StructureLine {
  label: string;
  cell: string;
  /** The labels of the rows the total covers, in sheet order. */
  covers: string[];
}

export interface ReportModel {
  file: string;
  sheet: string;
  budgetYear: number | null;
  /** The day the report was made, YYYY-MM-DD (given: the engine reads no clock). */
  date: string;
  version: string;
  summary: { errors: number; warnings: number };
  groups: FindingGroup[];
  equity: EquityYear[];
  funding: FundingYear[];
  structure: StructureLine[];
  /** Rows left out of every sum (a * with its footnote). */
  excluded: string[];
  /** What changed since last year's plan, when asked for. */
  comparison?: { oldFile: string; result: Comparison };
}

export interface ReportInput {
  file: string;
  snapshot: SheetSnapshot;
  validation: Validation;
  date: string;
  version: string;
  tolerance: number;
  comparison?: { oldFile: string; result: Comparison };
}

/** Findings by severity (errors first), then by rule in the rule table's order. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of ['error', 'warning'] as const) {
    for (const rule of rules) {
      const list = findings.filter((f) => f.severity === severity && f.rule === rule.id);
      if (list.length) groups.push({ severity, rule: rule.id, title: rule.description, findings: list });
    }
    // A finding of a rule the table does not know (a newer rule) still shows, under its id.
    const known = new Set(rules.map((r) => r.id));
    for (const id of [...new Set(findings.filter((f) => f.severity === severity && !known.has(f.rule)).map((f) => f.rule))]) {
      groups.push({ severity, rule: id, title: id, findings: findings.filter((f) => f.rule === id && f.severity === severity) });
    }
  }
  return groups;
}

function funding(sheet: BudgetSheet, tolerance: number): FundingYear[] {
  const contributions = sheet.rows.filter((r) => r.role === 'contribution');
  if (!contributions.some((r) => r.payer === 'state')) return [];
  return sheet.years.map(({ year }) => {
    const sum = (state: boolean) => contributions.filter((r) => (r.payer === 'state') === state).reduce((s, r) => s + (r.amounts.get(year)?.value ?? 0), 0);
    const state = sum(true);
    const others = sum(false);
    return { year, state, others, difference: state - others, equal: Math.abs(state - others) <= tolerance };
  });
}

function structure(snapshot: SheetSnapshot, sheet: BudgetSheet): StructureLine[] {
  return sheet.rows
    .filter((r) => isTotal(r))
    .map((r) => ({
      label: r.label,
      cell: snapshotA1(snapshot, r.row, sheet.labelCol),
      covers: [...(r.components ?? [])].sort((a, b) => a - b).map((c) => sheet.byRow.get(c)?.label ?? snapshotA1(snapshot, c, sheet.labelCol)),
    }));
}

export function reportModel(input: ReportInput): ReportModel {
  const { validation: v, snapshot } = input;
  const errors = v.findings.filter((f) => f.severity === 'error').length;
  return {
    file: input.file,
    sheet: snapshot.sheetName,
    budgetYear: v.sheet.budgetYear,
    date: input.date,
    version: input.version,
    summary: { errors, warnings: v.findings.length - errors },
    groups: groupFindings(v.findings),
    equity: v.equity,
    funding: funding(v.sheet, input.tolerance),
    structure: structure(snapshot, v.sheet),
    excluded: v.sheet.rows.filter((r) => r.role === 'excluded').map((r) => r.label),
    ...(input.comparison ? { comparison: input.comparison } : {}),
  };
}
