import { z } from 'zod';
import type { Config } from './config';
import type { BudgetSheet } from './model';
import type { SheetSnapshot } from './snapshot';
import type { EquityYear } from './equity';

export const severitySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof severitySchema>;

export const findingSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
  year: z.number().int().optional(),
  message: z.string(),
  expected: z.union([z.number(), z.string()]).optional(),
  actual: z.union([z.number(), z.string()]).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** What a rule sees: the raw snapshot, the parsed sheet, the equity per year and the configuration. */
export interface RuleContext {
  snapshot: SheetSnapshot;
  sheet: BudgetSheet;
  equity: EquityYear[];
  config: Config;
}

/** A finding before the host's sheet name and A1 address are attached. */
export interface RawFinding {
  row: number;
  col: number;
  year?: number;
  message: string;
  expected?: number | string;
  actual?: number | string;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line in Swedish: what the rule checks, for the pane's help and the README. */
  description: string;
  check(context: RuleContext): RawFinding[];
}
