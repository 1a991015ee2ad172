/**
 * What the control report (kontrollrapport) shows, as data: the plan, the findings grouped as
 * the pane and the command line group them (src/domain/groups.ts), the ones the user set aside
 * with their reasons, the equity per year, the funding split per year, and the structure the tool
 * read (which rows each total covers). Pure: src/report/html.ts renders it, the command line
 * writes it.
 */
import type { Comparison } from './compare';
import type { Config } from './config';
import { dismissalReason, splitDismissed } from './dismiss';
import type { EquityYear } from './equity';
import { groupFindings, groupTitle, type FindingGroup } from './groups';
import { isTotal, type BudgetSheet } from './model';
import { snapshotA1, type SheetSnapshot } from './snapshot';
import type { Validation } from './validate';

/** A group of findings with its Swedish heading ("20 summor är inskrivna som tal (…)"). */
export type ReportGroup = FindingGroup & { title: string };

/** A finding the user marked "ignorera", and why. */
export interface IgnoredFinding {
  cell: string;
  rule: string;
  message: string;
  reason?: string;
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
  summary: { errors: number; warnings: number; ignored: number };
  groups: ReportGroup[];
  ignored: IgnoredFinding[];
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
  /** The tolerance of the funding split, and the findings the user set aside. */
  config: Config;
  comparison?: { oldFile: string; result: Comparison };
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
  const { validation: v, snapshot, config } = input;
  const { active, dismissed } = splitDismissed(v.findings, config);
  const errors = active.filter((f) => f.severity === 'error').length;
  return {
    file: input.file,
    sheet: snapshot.sheetName,
    budgetYear: v.sheet.budgetYear,
    date: input.date,
    version: input.version,
    summary: { errors, warnings: active.length - errors, ignored: dismissed.length },
    groups: groupFindings(active).map((g) => ({ ...g, title: groupTitle(g, 'sv') })),
    ignored: dismissed.map((f) => ({ cell: f.cell, rule: f.rule, message: f.message, ...withReason(dismissalReason(f, config)) })),
    equity: v.equity,
    funding: funding(v.sheet, config.tolerance),
    structure: structure(snapshot, v.sheet),
    excluded: v.sheet.rows.filter((r) => r.role === 'excluded').map((r) => r.label),
    ...(input.comparison ? { comparison: input.comparison } : {}),
  };
}

const withReason = (reason: string | undefined) => (reason ? { reason } : {});
